import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { rehypePlugins, remarkPlugins } from '@/lib/content/mdx/plugins.mjs';
import { useMDXComponents } from '@/mdx-components';

type PluginList = [string, unknown?][];

/** The plugins as @next/mdx's loader resolves them: by package name or by absolute path. */
async function resolve(list: PluginList) {
  return Promise.all(
    list.map(async ([name, options]) => {
      const plugin = await import(path.isAbsolute(name) ? pathToFileURL(name).href : name);
      return [plugin.default, options] as [never, unknown];
    }),
  );
}

/**
 * A content file compiled the way `next build` compiles it (the same MDX
 * compiler, plugins and registry) and evaluated to its component.
 */
export async function compileContent(text: string, file = 'content/glossary/example.mdx') {
  const { default: Content } = await evaluate(
    { value: text, path: path.resolve(file) },
    {
      ...runtime,
      remarkPlugins: await resolve(remarkPlugins),
      rehypePlugins: await resolve(rehypePlugins),
      useMDXComponents,
    },
  );
  return Content;
}
