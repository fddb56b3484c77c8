import createMDX from '@next/mdx';
import { rehypePlugins, remarkPlugins } from './src/lib/content/mdx/plugins.mjs';

// Content pages are MDX modules compiled by @next/mdx; the plugins (the code guard first) are in one list.
const withMDX = createMDX({ options: { remarkPlugins, rehypePlugins } });

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // With `output: 'export'` a distDir other than .next is where the site is exported: `npm run build`
  // exports into a work folder and moves it to out/ only when every step has passed.
  ...(process.env.SITE_EXPORT_DIR ? { distDir: process.env.SITE_EXPORT_DIR } : {}),
  // Entry URLs have no trailing slash (/glossary/independent-marketing-organization
  // keeps the address it already has); pages export as <path>.html.
  trailingSlash: false,
  // Content lives in content/ and is imported by the routes, never routed by file name.
  pageExtensions: ['ts', 'tsx'],
  // A static export has no image server, so images are served as they are.
  images: { unoptimized: true },
  poweredByHeader: false,
  // The content layer's libraries (the check's parser, its rules, YAML and schema) are loaded by
  // Node from node_modules rather than bundled: Turbopack no longer compiles a few hundred small
  // modules before the first page under `next dev` (about 1.7 s of 10 on this machine).
  serverExternalPackages: [
    '@dagrejs/dagre',
    '@sindresorhus/slugify',
    'feed',
    'flesch-kincaid',
    'github-slugger',
    'gray-matter',
    'mdast-util-mdx-jsx',
    'mdast-util-to-string',
    'mini-svg-data-uri',
    'remark-frontmatter',
    'remark-gfm',
    'remark-mdx',
    'remark-parse',
    'syllable',
    'unified',
    'unist-util-visit',
    'unist-util-visit-parents',
    'yaml',
    'zod',
  ],
  // `npm test` type-checks (npm run typecheck) before it builds; Next repeating it costs every build about 5 s.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // One worker pre-renders the pages. A second (one per core here) rendered 1,000 entries 6 s
    // sooner but raised the build's peak memory from about 1.55 GB to 1.9 GB, over the owner's
    // 1.6 GB budget (BENCHMARKS.md).
    cpus: 1,
    // Under `next dev`, a page's MDX body is compiled when that page is first rendered, not every
    // body in content/ with the first page (the one import in bodies.ts names them all): the first
    // page after `npm run dev` went from about 10 s to 7 s here. Builds compile every page anyway.
    turbopackLazyDynamicImportsSSR: true,
    // Builds that matter (CI, deploys) start from a clean checkout, where writing Turbopack's
    // cache to .next/cache costs time and saves nothing. Measured on 2026-12-06 with it on: a
    // repeated build of this site compiled in 6 s instead of about 20 s, and wrote the same 260
    // pages byte for byte, so it is stable; it stays off because clean builds are the ones we run.
    // `next dev` keeps its own cache.
    turbopackFileSystemCacheForBuild: false,
    // Page workers as threads of one process rather than processes of their own: the same speed,
    // about a quarter less memory at 5,000 entries (BENCHMARKS.md).
    workerThreads: true,
  },
  reactStrictMode: true,
};

export default withMDX(nextConfig);
