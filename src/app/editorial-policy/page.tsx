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
        Every fact in an entry must come from a source listed at the end of that entry, and every
        entry lists at least one primary source: a regulator, an official program site or the text
        of a law or model regulation. When we cannot confirm a fact, we leave it out.
      </P>
      <H2>Figures and dates</H2>
      <P>
        Dollar amounts, percentages, ages and time limits name the year or the rule they come from,
        because they change. We keep each of them once, in our{' '}
        <Link href="/figures">table of key figures</Link>, with its source, the day we last checked
        it and when the next value is due; every page shows them from that table, so a new value
        changes everywhere at once. From January 1 our checks flag any figure whose year has ended,
        and we replace it within a month. Where rules vary by state, we say so. Each page shows the
        date its facts were last updated and the date its figures were last checked.
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
