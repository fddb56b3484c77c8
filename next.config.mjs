import os from 'node:os';
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
  // `npm test` type-checks (npm run typecheck) before it builds; Next repeating it costs every build about 5 s.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next starts (cores - 1) workers to pre-render pages: one on a 2-core machine. Use every core.
    cpus: Math.max(1, os.availableParallelism()),
    // Builds that matter (CI, deploys) start from a clean checkout, where writing Turbopack's
    // cache to .next/cache costs about 4 s and saves nothing. `next dev` keeps its own cache.
    turbopackFileSystemCacheForBuild: false,
    // Page workers as threads of one process rather than processes of their own: the same speed,
    // about a quarter less memory at 5,000 entries (BENCHMARKS.md).
    workerThreads: true,
  },
  reactStrictMode: true,
};

export default withMDX(nextConfig);
