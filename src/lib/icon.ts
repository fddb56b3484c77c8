import fs from 'node:fs';
import path from 'node:path';
import svgToDataUri from 'mini-svg-data-uri';
import type { Metadata } from 'next';

const svg = fs.readFileSync(path.join(process.cwd(), 'public', 'icon.svg'), 'utf8');

/**
 * The site's icon, public/icon.svg. Search engines take a site's icon from its home page, so the
 * home page links its address. Every other page writes the same picture into the page: a browser
 * asks for a linked icon while the page is still arriving, and on a slow phone connection that
 * request shares the first second with the page itself (Lighthouse's simulated phone counted one
 * more round trip for it on every long page). Spaces are escaped too (the srcset form): an href
 * may not hold one.
 */
export const icons = {
  address: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
  inline: {
    icon: { url: svgToDataUri.toSrcset(svg), type: 'image/svg+xml' },
  },
} satisfies Record<string, Metadata['icons']>;
