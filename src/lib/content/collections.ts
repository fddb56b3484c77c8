import type { z } from 'zod';
import { entrySchema } from './schema/entry';

/**
 * The kinds of page that live in content/, one definition each: the folder
 * its files are in, the schema of their frontmatter, the address of a page,
 * the template new files start from and the writer tags every page of the
 * kind must have. The loader, the check and the store work from this list,
 * so a new kind of page is one more definition here, not a copy of them.
 */
export interface Collection {
  /** The folder under content/ (and the URL segment). */
  folder: string;
  /** What one page of this kind is called, in messages to editors. */
  noun: string;
  plural: string;
  schema: z.ZodType;
  /** The list page for the kind. */
  index: string;
  /** What `npm run new-...` copies. */
  template: string;
  /** Writer tags every page of this kind must contain. */
  requiredTags: string[];
}

export const collections = {
  entry: {
    folder: 'glossary',
    noun: 'entry',
    plural: 'entries',
    schema: entrySchema,
    index: '/glossary',
    template: 'content/_template.mdx',
    requiredTags: ['KeyTakeaways', 'BottomLine'],
  },
} as const satisfies Record<string, Collection>;

export type Kind = keyof typeof collections;
export const kinds = Object.keys(collections) as Kind[];

/** A page of one kind as the site knows it: its frontmatter, validated, plus where it came from. */
export type Doc<K extends Kind = Kind> = K extends Kind
  ? z.infer<(typeof collections)[K]['schema']> & {
      kind: K;
      slug: string;
      /** Path relative to the project root, as editors see it in messages. */
      file: string;
    }
  : never;

export type Entry = Doc<'entry'>;

/** The address of a page: /glossary/<slug> for entries. */
export function docPath(kind: Kind, slug: string): string {
  return `/${collections[kind].folder}/${slug}`;
}

/** The kind and slug a site path points at (a #section allowed), if it is a content page. */
export function parseDocPath(url: string): { kind: Kind; slug: string } | undefined {
  const match = url.match(/^\/([a-z]+)\/([a-z0-9-]+)(?:#.*)?$/);
  const kind = match && kinds.find((k) => collections[k].folder === match[1]);
  return kind ? { kind, slug: match[2] } : undefined;
}
