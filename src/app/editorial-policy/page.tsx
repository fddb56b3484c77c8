import type { Metadata } from 'next';
import Link from 'next/link';
import { H2, P } from '@/components/prose';
import { TrustPage } from '@/components/site/TrustPage';
import { maxGrade } from '@/lib/content/rules/readability';

const lead = 'How we research, write, check and update every entry, and how we fix mistakes.';

export const metadata: Metadata = {
  title: 'Editorial policy',
  description: lead,
  alternates: { canonical: '/editorial-policy' },
};

export default function EditorialPolicyPage() {
  return (
    <TrustPage title="Editorial policy" path="/editorial-policy" lead={lead}>
      <H2>Sources</H2>
      <P>
        Every amount, time limit and rule on a page is followed by a small number that links to the
        source that says it, in the list at the end of the page; each source links back to the
        sentences that rely on it. Figures and rules are sourced to primary sources only: a
        regulator, an official program site, or the official text of a law or regulation. Trade
        press and company sites are labelled as industry sources and are used only for how the trade
        uses a word. We cite official codes, not unofficial copies of them. When we cannot confirm a
        fact, we leave it out.
      </P>
      <H2 id="fact-checking">Fact-checking</H2>
      <P>
        &ldquo;Fact-checked&rdquo; on a page gives the month the Editorial Team last read every
        claim on it against the source it cites, and corrected or cut what the source did not
        support. Our build refuses a fact-checked page in which a figure or a rule cites no source,
        or cites only an industry source. A page that changed after its last fact-check says
        &ldquo;Updated since its last fact-check&rdquo; until it is checked again. A page not yet
        checked this way says so in its byline.
      </P>
      <H2>Figures and dates</H2>
      <P>
        Dollar amounts, percentages, ages and time limits name the year or the rule they come from,
        because they change. We keep each of them once, in our{' '}
        <Link href="/figures">table of key figures</Link>, with its source, the day we last checked
        it and when the next value is due; every page shows them from that table, so a new value
        changes everywhere at once. Yearly amounts keep their earlier years beside the current one.
        When next year&rsquo;s amounts usually come out, pages that show this year&rsquo;s say so,
        with a link to the official page, until we add the new ones. Where rules vary by state, we
        say so. Each page shows the date its facts were last updated and the date its figures were
        last checked.
      </P>
      <H2>Plain language</H2>
      <P>
        We write for readers who do not work in insurance. Definitions are one or two sentences,
        jargon is explained the first time it appears, and every entry is checked automatically to
        read at grade {maxGrade} or below on the Flesch–Kincaid scale. Every sentence is our own; we
        never copy another site&apos;s wording.
      </P>
      <H2>Fair and balanced</H2>
      <P>
        Entries explain costs and risks as well as benefits, suggest questions to ask before you
        buy, and never recommend a company or product. No insurer, agent or marketing organization
        pays for, reviews or approves what we write.
      </P>
      <H2>Writing, checking and reviewing</H2>
      <P>
        The Editorial Team researches and drafts each entry; we may use software, including AI
        writing tools, to help draft and check text. Before an entry is published, a second editor
        checks each fact against the listed sources, and automated checks confirm that its sources,
        links, dates and structure are in order. An entry names a reviewer only when a named person
        has reviewed it.
      </P>
      <H2>Updates</H2>
      <P>
        We review entries when the rules or yearly figures they describe change, such as when
        Medicare publishes the next year&apos;s amounts, and when readers tell us something is out
        of date. The &ldquo;Updated&rdquo; date changes whenever a fact changes, not for small
        wording fixes. Each page lists what changed for readers, and when, under
        &ldquo;History&rdquo;: new or corrected facts and figures and new sections, not spelling,
        wording or layout. The latest changes across the site are on the{' '}
        <Link href="/changes">recent changes</Link> page and in our feed.
      </P>
      <H2>Corrections</H2>
      <P>
        If you find a mistake, please <Link href="/contact">tell us</Link>. We check every report
        against primary sources, correct the page if it is wrong, update its date and say what we
        corrected in its History.
      </P>
    </TrustPage>
  );
}
