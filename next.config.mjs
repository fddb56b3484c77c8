import os from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Entry URLs have no trailing slash (/glossary/independent-marketing-organization
  // keeps the address it already has); pages export as <path>.html.
  trailingSlash: false,
  // Entries are not modules: the [slug] route renders each from its parsed MDX (src/lib/content/render.tsx).
  pageExtensions: ['ts', 'tsx'],
  // A static export has no image server, so images are served as they are.
  images: { unoptimized: true },
  poweredByHeader: false,
  // `npm test` type-checks (npm run typecheck) before it builds; Next repeating it costs every build about 5 s.
  typescript: { ignoreBuildErrors: true },
  // Next starts (cores - 1) workers to pre-render pages: one on a 2-core machine. Use every core.
  experimental: {
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

export default nextConfig;
