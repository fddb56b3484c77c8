import type { Metadata } from 'next';
import Link from 'next/link';
import { H2, P } from '@/components/prose';
import { EntryList } from '@/components/site/EntryList';
import { ExplainerList } from '@/components/site/ExplainerList';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { TopicGrid } from '@/components/site/TopicGrid';
import { collections, explainerKinds } from '@/lib/content/collections';
import { getDocs, getEntries, getEntry } from '@/lib/content/store';
import { icons } from '@/lib/icon';
import { site } from '@/lib/site';

export const metadata: Metadata = { icons: icons.address };

export default function HomePage() {
  const count = getEntries().length;
  const start = [
    'independent-marketing-organization',
    'annuity',
    'term-life-insurance',
    'medicare-advantage',
  ].flatMap((slug) => getEntry(slug) ?? []);
  return (
    <>
      <PageTitle>{site.tagline}</PageTitle>
      <Lead>
        {site.name} is a free glossary of the words you meet when you buy life insurance, an annuity
        or a Medicare plan. Each entry explains one term in plain English, says what to ask before
        you buy and lists the regulators&apos; sources it relies on.
      </Lead>
      <P>
        Entries are written and kept up to date by our Editorial Team.{' '}
        <Link href="/glossary">Browse all {count} terms from A to Z</Link>.
      </P>
      {explainerKinds.map((kind) => {
        const docs = getDocs(kind);
        if (!docs.length) return null;
        const { index, invite, lead } = collections[kind];
        // The first kind (guides) is where most readers start: its pages are listed here in full.
        return kind === explainerKinds[0] ? (
          <section key={kind} aria-labelledby={`home-${kind}`}>
            <H2 id={`home-${kind}`}>{invite}</H2>
            <ExplainerList explainers={docs} describe="audience" />
          </section>
        ) : (
          <section key={kind} aria-labelledby={`home-${kind}`}>
            <H2 id={`home-${kind}`}>{invite}</H2>
            <P>
              {lead} <Link href={index}>See all {docs.length}</Link>.
            </P>
          </section>
        );
      })}
      <H2>Browse by topic</H2>
      <TopicGrid />
      {start.length ? (
        <>
          <H2>Good places to start in the glossary</H2>
          <EntryList entries={start} />
        </>
      ) : null}
    </>
  );
}
