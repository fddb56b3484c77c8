import os from 'node:os';
import createMDX from '@next/mdx';

const withMDX = createMDX({
  options: {
    // Turbopack needs plugins named by string (serialisable), not imported functions.
    remarkPlugins: [
      ['remark-frontmatter', ['yaml']],
      ['remark-gfm'],
      [new URL('./src/lib/mdx/remark-block-tags.mjs', import.meta.url).pathname],
    ],
    rehypePlugins: [['rehype-slug']],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Entry URLs have no trailing slash (/glossary/independent-marketing-organization
  // keeps the address it already has); pages export as <path>.html.
  trailingSlash: false,
  // Only route files are pages; entries are MDX imported by the [slug] route.
  pageExtensions: ['ts', 'tsx'],
  // A static export has no image server, so images are served as they are.
  images: { unoptimized: true },
  poweredByHeader: false,
  // Next starts (cores - 1) workers to pre-render pages: one on a 2-core machine. Use every core.
  experimental: { cpus: Math.max(1, os.availableParallelism()) },
  reactStrictMode: true,
};

export default withMDX(nextConfig);
