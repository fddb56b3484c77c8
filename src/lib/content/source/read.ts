import fs from 'node:fs';
import path from 'node:path';
import { collections, type Kind } from '../collections';

/** One content file as read from disk: nothing checked yet. */
export interface SourceFile {
  kind: Kind;
  /** The file name without .mdx: the page's address. */
  slug: string;
  /** Path relative to the project root, as editors see it in messages. */
  file: string;
  text: string;
}

/**
 * Where content lives: content/ in the project, or CONTENT_ROOT (tests and
 * fixtures point it at a folder with the same layout: glossary/, guides/...).
 */
export function contentRoot(): string {
  return process.env.CONTENT_ROOT
    ? path.resolve(process.env.CONTENT_ROOT)
    : path.join(process.cwd(), 'content');
}

/** Every .mdx file of one kind, in file-name order. Files starting with _ (like a template) are never pages. */
export function readSources(kind: Kind, root = contentRoot()): SourceFile[] {
  const dir = path.join(root, collections[kind].folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const absolute = path.join(dir, name);
      return {
        kind,
        slug: name.replace(/\.mdx$/, ''),
        file: path.relative(process.cwd(), absolute) || absolute,
        // Windows Notepad starts UTF-8 files with a byte-order mark; it is not part of the text.
        text: fs.readFileSync(absolute, 'utf8').replace(/^\uFEFF/, ''),
      };
    });
}
