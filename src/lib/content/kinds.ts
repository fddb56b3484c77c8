import type { PageCitations } from './citations';
import type { Doc, Entry, Kind } from './collections';
import { oversightOf } from './oversight';
import type { Figure } from './schema/figure';
import type { National, RegulatorKind } from './schema/help';
import {
  citationsOf,
  entriesLinkedFrom,
  explainersOf,
  figuresOf,
  getEntry,
  getNational,
  linksTo,
} from './store';

/**
 * What differs by kind of page in the data a page is built from: the extra pages it
 * shows and its fields in the open data.
 * Each map names every kind (`satisfies` a record of all kinds), so a new kind that one
 * forgets is a type error, not a page that silently lacks a part.
 */
const extras = {
  entry: (entry: Entry) => ({
    related: entry.related.flatMap((s) => getEntry(s) ?? []),
    mentions: linksTo(entry).filter((d): d is Entry => d.kind === 'entry'),
    explainers: explainersOf(entry),
  }),
  guide: () => ({}),
  comparison: (doc: Doc<'comparison'>) => ({
    compared: doc.compares.flatMap((s) => getEntry(s) ?? []),
  }),
  pitch: () => ({}),
} satisfies { [K in Kind]: (doc: Doc<K>) => object };

/** A page's own fields in /api/glossary.json, besides those every page has. */
export const apiFields = {
  entry: (e: Entry) => ({
    abbreviation: e.abbreviation ?? null,
    aliases: e.aliases ?? [],
    definition: e.description,
    category: e.category,
  }),
  guide: (g: Doc<'guide'>) => ({
    summary: g.description,
    audience: g.audience,
    decision: g.decision,
  }),
  comparison: (c: Doc<'comparison'>) => ({ summary: c.description, compares: c.compares }),
  pitch: (p: Doc<'pitch'>) => ({ meaning: p.description, heard: p.heard }),
} satisfies { [K in Kind]: (doc: Doc<K>) => object };

/**
 * Everything a page's route binds to it, in one place: the entries its body links to
 * (their previews), the figures it shows, its numbered citations, and its kind's extras.
 */
export type PageData<K extends Kind = Kind> = {
  linked: Entry[];
  figures: Figure[];
  citations: PageCitations;
  /** Who oversees what the page is about, and the national routes to help. */
  help: { oversight: RegulatorKind[]; national?: National };
} & Extras[K];
type Extras = { [K in Kind]: ReturnType<(typeof extras)[K]> };

export function pageData<K extends Kind>(doc: Doc<K>): PageData<K> {
  // TypeScript cannot tie doc.kind to the map's entry for it (a correlated union); the map itself is checked.
  const own = (extras[doc.kind] as unknown as (d: Doc<K>) => Extras[K])(doc);
  return {
    linked: entriesLinkedFrom(doc),
    figures: figuresOf(doc),
    citations: citationsOf(doc),
    help: { oversight: oversightOf(doc), national: getNational() },
    ...own,
  };
}
