import type { Metadata } from 'next';
import Link from 'next/link';
import { TrustPage } from '@/components/site/TrustPage';
import { maxGrade } from '@/lib/content/readability';

const lead = 'How we research, write, check and update every entry, and how we fix mistakes.';

export const metadata: Metadata = { title: 'Editorial policy', description: lead, alternates: { canonical: '/editorial-policy' } };

export default function EditorialPolicyPage() {
  return (
    <TrustPage title="Editorial policy" path="/editorial-policy" lead={lead}>
      <h2>Sources</h2>
      <p>
        Every fact in an entry must come from a source listed at the end of that entry, and every entry lists at least one primary source: a
        regulator, an official program site or the text of a law or model regulation. When we cannot confirm a fact, we leave it out.
      </p>
      <h2>Figures and dates</h2>
      <p>
        Dollar amounts, percentages, ages and time limits name the year or the rule they come from, because they change. Where rules vary by
        state, we say so. Each entry shows the date its facts were last updated.
      </p>
      <h2>Plain language</h2>
      <p>
        We write for readers who do not work in insurance. Definitions are one or two sentences, jargon is explained the first time it
        appears, and every entry is checked automatically to read at grade {maxGrade} or below on the Flesch–Kincaid scale. Every sentence
        is our own; we never copy another site&apos;s wording.
      </p>
      <h2>Fair and balanced</h2>
      <p>
        Entries explain costs and risks as well as benefits, suggest questions to ask before you buy, and never recommend a company or
        product. No insurer, agent or marketing organization pays for, reviews or approves what we write.
      </p>
      <h2>Writing, checking and reviewing</h2>
      <p>
        The Editorial Team researches and drafts each entry; we may use software, including AI writing tools, to help draft and check text.
        Before an entry is published, a second editor checks each fact against the listed sources, and automated checks confirm that its
        sources, links, dates and structure are in order. An entry names a reviewer only when a named person has reviewed it.
      </p>
      <h2>Updates</h2>
      <p>
        We review entries when the rules or yearly figures they describe change, such as when Medicare publishes the next year&apos;s
        amounts, and when readers tell us something is out of date. The &ldquo;Updated&rdquo; date changes whenever a fact changes, not for
        small wording fixes.
      </p>
      <h2>Corrections</h2>
      <p>
        If you find a mistake, please <Link href="/contact">tell us</Link>. We check every report against primary sources, correct the entry
        if it is wrong and update its date.
      </p>
    </TrustPage>
  );
}
