import Link from 'next/link';
import type { ComponentType, ReactNode } from 'react';
import { H2 } from '@/components/prose';
import { groupByLetter, letterId } from '@/lib/content/alphabet';
import {
  collections,
  docPath,
  type Doc,
  type ExplainerKind,
  type Kind,
} from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import type { PageData } from '@/lib/content/kinds';
import { topics, topicSlugs } from '@/lib/content/topics';
import { glossaryGraph } from '@/lib/structured-data';
import { EntryArticle } from './EntryArticle';
import { EntryList } from './EntryList';
import { ExplainerArticle } from './ExplainerArticle';
import { ExplainerList } from './ExplainerList';
import { JsonLd } from './JsonLd';
import { LetterBar } from './LetterBar';

/*
 * What differs by kind of page in how it is shown. Each map names every kind, so a new
 * kind that one of them forgets is a type error (docs/adding-a-kind.md).
 */

type ArticleProps<K extends Kind> = { doc: Doc<K>; data: PageData<K>; children: ReactNode };

/** The page of one content file. */
const articles = {
  entry: EntryArticle,
  guide: ExplainerArticle,
  comparison: ExplainerArticle,
  pitch: ExplainerArticle,
} satisfies { [K in Kind]: ComponentType<ArticleProps<K>> };

export function DocArticle<K extends Kind>(props: ArticleProps<K>) {
  const Article = articles[props.doc.kind] as ComponentType<ArticleProps<K>>;
  return <Article {...props} />;
}

type IntroProps<K extends ExplainerKind> = { doc: Doc<K>; data: PageData<K> };

/** What an explainer says about itself under its title. */
const intros = {
  guide: ({ doc }: IntroProps<'guide'>) => (
    <dl className="mt-4 grid gap-x-4 gap-y-1 rounded-lg bg-panel p-4 sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">Who it is for</dt>
      <dd>{doc.audience}</dd>
      <dt className="font-semibold">The decision</dt>
      <dd>{doc.decision}</dd>
    </dl>
  ),
  comparison: ({ data }: IntroProps<'comparison'>) => (
    <p className="mt-4">
      Compares:{' '}
      {data.compared.map((entry, i) => (
        <span key={entry.slug}>
          {i ? (i === data.compared.length - 1 ? ' and ' : ', ') : null}
          <Link href={docPath('entry', entry.slug)}>{displayTitle(entry)}</Link>
        </span>
      ))}
    </p>
  ),
  pitch: ({ doc }: IntroProps<'pitch'>) => (
    <div className="mt-4 rounded-lg bg-panel p-4">
      <p className="font-semibold">Also heard as</p>
      <ul className="mt-1 list-disc pl-6">
        {doc.heard.map((phrase) => (
          <li key={phrase}>&ldquo;{phrase}&rdquo;</li>
        ))}
      </ul>
    </div>
  ),
} satisfies { [K in ExplainerKind]: ComponentType<IntroProps<K>> };

export function ExplainerIntro<K extends ExplainerKind>(props: IntroProps<K>) {
  const Intro = intros[props.doc.kind] as ComponentType<IntroProps<K>>;
  return <Intro {...props} />;
}

/** The line under an explainer's title in a list: whom a guide is for, what the others cover. */
export const listSummary = {
  guide: (doc: Doc<'guide'>) => doc.audience,
  comparison: (doc: Doc<'comparison'>) => doc.description,
  pitch: (doc: Doc<'pitch'>) => doc.description,
} satisfies { [K in ExplainerKind]: (doc: Doc<K>) => string };

/** The body of a kind's index page (/glossary, /guides ...), under its title and lead. */
const indexes = {
  entry: ({ docs }: { docs: Doc<'entry'>[] }) => {
    const groups = groupByLetter(docs);
    return (
      <>
        <JsonLd data={glossaryGraph(docs)} />
        <LetterBar present={new Set(groups.keys())} />
        {[...groups].map(([letter, group]) => (
          <section key={letter} aria-labelledby={letterId(letter)}>
            <H2 id={letterId(letter)}>{letter === '#' ? '0–9' : letter}</H2>
            <EntryList entries={group} />
          </section>
        ))}
      </>
    );
  },
  guide: ({ docs }: { docs: Doc<'guide'>[] }) => <ExplainerIndex docs={docs} />,
  comparison: ({ docs }: { docs: Doc<'comparison'>[] }) => <ExplainerIndex docs={docs} />,
  pitch: ({ docs }: { docs: Doc<'pitch'>[] }) => <PitchIndex docs={docs} />,
} satisfies { [K in Kind]: ComponentType<{ docs: Doc<K>[] }> };

export function KindIndex<K extends Kind>({ kind, docs }: { kind: K; docs: Doc<K>[] }) {
  const Index = indexes[kind] as ComponentType<{ docs: Doc<K>[] }>;
  return <Index docs={docs} />;
}

function ExplainerIndex({ docs }: { docs: Doc<ExplainerKind>[] }) {
  return <ExplainerList explainers={docs} describe="audience" />;
}

/** Links to the other explainers' index pages (those with pages), at the foot of an index. */
export function MoreWaysIn({ kind, live }: { kind: Kind; live: Kind[] }) {
  const others = live.filter((k): k is ExplainerKind => k !== kind && k !== 'entry');
  return (
    <>
      {others.length ? (
        <p className="mt-8">
          More ways in:{' '}
          {others.map((k, i) => (
            <span key={k}>
              {i ? ', ' : null}
              <Link href={collections[k].index}>{collections[k].indexTitle.toLowerCase()}</Link>
            </span>
          ))}
          .
        </p>
      ) : null}
    </>
  );
}

/** The decoder's index: pitches grouped by the product they are about, each with its phrase. */
function PitchIndex({ docs }: { docs: Doc<'pitch'>[] }) {
  return (
    <>
      {topicSlugs.map((topic) => {
        const group = docs.filter((d) => d.topics[0] === topic);
        if (!group.length) return null;
        return (
          <section key={topic} aria-labelledby={`pitches-${topic}`}>
            <H2 id={`pitches-${topic}`}>{topics[topic].title}</H2>
            <ExplainerList explainers={group} />
          </section>
        );
      })}
    </>
  );
}
