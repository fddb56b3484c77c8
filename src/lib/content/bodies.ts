import type { MDXContent } from 'mdx/types';
import { collections, type Doc } from './collections';

/**
 * A page's body: its MDX file, compiled by @next/mdx when the site is built
 * (the code guard refuses anything in it that would run). One import for
 * every kind of page, so Turbopack compiles content/<folder>/<slug>.mdx for
 * all of them, and a kind with no pages yet does not break the build.
 */
export async function loadBody(doc: Pick<Doc, 'kind' | 'slug'>): Promise<MDXContent> {
  const { folder } = collections[doc.kind];
  const compiled = await import(`../../../content/${folder}/${doc.slug}.mdx`);
  return compiled.default;
}
