import type { Metadata } from 'next';
import { H2 } from '@/components/prose';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { EntryList } from '@/components/site/EntryList';
import { JsonLd } from '@/components/site/JsonLd';
import { LetterBar } from '@/components/site/LetterBar';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { groupByLetter, letterId } from '@/lib/content/alphabet';
import { getEntries } from '@/lib/content/store';
import { glossaryGraph } from '@/lib/structured-data';

export const metadata: Metadata = {
  title: 'Glossary A–Z',
  description:
    'Every insurance, annuity and Medicare term we explain, from A to Z, each with a plain-English definition.',
  alternates: { canonical: '/glossary' },
};

export default function GlossaryIndexPage() {
  const entries = getEntries();
  const groups = groupByLetter(entries);
  return (
    <>
      <JsonLd data={glossaryGraph(entries)} />
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Glossary', href: '/glossary' },
        ]}
      />
      <PageTitle>Glossary A–Z</PageTitle>
      <Lead>Every term we explain, with its definition. Choose a term to read the full entry.</Lead>
      <LetterBar present={new Set(groups.keys())} />
      {[...groups].map(([letter, group]) => (
        <section key={letter} aria-labelledby={letterId(letter)}>
          <H2 id={letterId(letter)}>{letter === '#' ? '0–9' : letter}</H2>
          <EntryList entries={group} />
        </section>
      ))}
    </>
  );
}
