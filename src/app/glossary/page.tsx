import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { LetterBar } from '@/components/site/LetterBar';
import { TermList } from '@/components/site/TermList';
import { groupByLetter, letterId } from '@/lib/content/alphabet';
import { getTerms } from '@/lib/content/load';
import { JsonLd } from '@/components/site/JsonLd';
import { glossaryGraph } from '@/lib/structured-data';

export const metadata: Metadata = {
  title: 'Glossary A–Z',
  description: 'Every insurance, annuity and Medicare term we explain, from A to Z, each with a plain-English definition.',
  alternates: { canonical: '/glossary' },
};

export default function GlossaryIndexPage() {
  const terms = getTerms();
  const groups = groupByLetter(terms);
  return (
    <div className="page">
      <JsonLd data={glossaryGraph(terms)} />
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Glossary', href: '/glossary' },
        ]}
      />
      <h1>Glossary A–Z</h1>
      <p className="lead">Every term we explain, with its definition. Choose a term to read the full entry.</p>
      <LetterBar present={new Set(groups.keys())} />
      {[...groups].map(([letter, terms]) => (
        <section key={letter} aria-labelledby={letterId(letter)} className="letter-group">
          <h2 id={letterId(letter)}>{letter === '#' ? '0–9' : letter}</h2>
          <TermList terms={terms} />
        </section>
      ))}
    </div>
  );
}
