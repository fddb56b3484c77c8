import { collections, kinds, type Doc, type Kind } from '../collections';
import type { Problem } from '../errors';
import { slugPattern } from '../schema/fields';
import { slugFor } from '../slug';
import { parseFrontmatter } from './frontmatter';
import { contentRoot, readSources, type SourceFile } from './read';
import { processWide } from './shared';

export { contentRoot, type SourceFile } from './read';

type Position = { line: number; column: number };

/** One content file after its frontmatter was read: the page, if the frontmatter is valid, and its problems. */
export interface Loaded {
  source: SourceFile;
  /** Undefined when the frontmatter has errors; the file still exists for links to it. */
  doc?: Doc;
  at: (path: (string | number)[]) => Position;
  problems: Problem[];
}

/**
 * Files to validated pages, with positions: every kind, drafts included.
 * It reads the folder each time; a file's result is reused only while its text is the same.
 */
export function loadSources(root = contentRoot()): Loaded[] {
  return kinds.flatMap((kind) =>
    readSources(kind, root).map((source) => {
      // A file is validated again only when its text changed (a save under `next dev`).
      const known = loadedFiles.get(source.file);
      if (known?.source.text === source.text && known.source.kind === source.kind) return known;
      const loaded = loadOne(source);
      loadedFiles.set(source.file, loaded);
      return loaded;
    }),
  );
}

const loadedFiles = processWide('loaded files', () => new Map<string, Loaded>());

function loadOne(source: SourceFile): Loaded {
  const { kind, slug, file, text } = source;
  const { schema, template } = collections[kind];
  const frontmatter = parseFrontmatter(file, text, schema, template);
  const problems = [...frontmatter.problems];
  if (!slugPattern.test(slug)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      rule: 'slug',
      message: `the file name must be the page's address: lowercase words joined by hyphens, like ${slugFor(slug)}.mdx`,
      severity: 'error',
    });
  }
  const doc = frontmatter.data
    ? ({ ...frontmatter.data, kind, slug, file } as Doc<Kind>)
    : undefined;
  return { source, doc, at: frontmatter.at, problems };
}
