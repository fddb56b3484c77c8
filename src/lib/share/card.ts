import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { collections, type Doc } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import { site } from '@/lib/site';

export const cardSize = { width: 1200, height: 630 } as const;

const margin = 72;
const textWidth = cardSize.width - 2 * margin;
const font = 'Atkinson Hyperlegible';
const colour = {
  bar: '#1d4ed8',
  brand: '#1e40af',
  title: '#0f172a',
  description: '#334155',
  tagline: '#475569',
  background: '#ffffff',
};

// Made by the Braille Institute for readers with low vision; SIL Open Font License.
const { resolve } = createRequire(import.meta.url);
let fontsLoaded = false;
let canvas: Canvas | undefined;
function loadFonts() {
  if (fontsLoaded) return;
  for (const weight of [400, 700])
    GlobalFonts.registerFromPath(
      resolve(
        `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`,
      ),
      font,
    );
  fontsLoaded = true;
}

/** Splits text into lines no wider than `width` in the context's current font, breaking between words. */
export function wrapText(
  ctx: Pick<SKRSContext2D, 'measureText'>,
  text: string,
  width: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(tried).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = tried;
    }
  }
  return line ? [...lines, line] : lines;
}

/** The largest title size that fits in three lines; at the smallest, later lines end in an ellipsis. */
function fitTitle(ctx: SKRSContext2D, title: string) {
  for (const size of [72, 60, 52, 44]) {
    ctx.font = `bold ${size}px "${font}"`;
    const lines = wrapText(ctx, title, textWidth);
    if (lines.length <= 3) return { size, lines };
    if (size === 44) {
      let last = lines[2];
      while (ctx.measureText(`${last}…`).width > textWidth && last.includes(' '))
        last = last.slice(0, last.lastIndexOf(' '));
      return { size, lines: [...lines.slice(0, 2), `${last}…`] };
    }
  }
  throw new Error('unreachable');
}

/**
 * The share card for one entry, as raw RGBA pixels: what a link preview
 * shows. Drawn with Skia (through @napi-rs/canvas) rather than laid out as
 * SVG, which made each card about three times slower to draw.
 */
export function drawCard(
  doc: Pick<Doc, 'kind' | 'title' | 'description'> & { abbreviation?: string },
): Buffer {
  loadFonts();
  // One canvas for every card: each is painted over in full, and a canvas per card
  // would leave megabytes of pixels per card for the garbage collector to find.
  canvas ??= createCanvas(cardSize.width, cardSize.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = colour.background;
  ctx.fillRect(0, 0, cardSize.width, cardSize.height);
  ctx.fillStyle = colour.bar;
  ctx.fillRect(0, 0, cardSize.width, 24);
  ctx.textBaseline = 'top';

  ctx.fillStyle = colour.brand;
  ctx.font = `bold 30px "${font}"`;
  ctx.fillText(`${site.name} · ${collections[doc.kind].eyebrow}`, margin, margin);
  ctx.fillStyle = colour.tagline;
  ctx.font = `26px "${font}"`;
  const taglineTop = cardSize.height - margin - 26;
  ctx.fillText(site.tagline, margin, taglineTop);

  // Title and definition sit together, centred between the brand line and the tagline.
  const title = fitTitle(ctx, displayTitle(doc));
  const titleLine = Math.round(title.size * 1.1);
  ctx.font = `34px "${font}"`;
  const description = wrapText(ctx, doc.description, textWidth);
  const descriptionLine = 46;
  const blockHeight = title.lines.length * titleLine + 28 + description.length * descriptionLine;
  const top = margin + 36;
  let y = Math.round(top + (taglineTop - top - blockHeight) / 2);

  ctx.fillStyle = colour.title;
  ctx.font = `bold ${title.size}px "${font}"`;
  for (const line of title.lines) {
    ctx.fillText(line, margin, y);
    y += titleLine;
  }
  y += 28;
  ctx.fillStyle = colour.description;
  ctx.font = `34px "${font}"`;
  for (const line of description) {
    ctx.fillText(line, margin, y);
    y += descriptionLine;
  }
  return canvas.data();
}
