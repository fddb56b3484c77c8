import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Doc } from '@/lib/content/collections';
import { shareImagePath } from '@/lib/content/routes';
import { cardSize, drawCard } from './card';

/**
 * Draws every page's share card as a 1200×630 PNG under `outDir`, at the
 * address shareImagePath gives. Cards are drawn on this thread while sharp
 * compresses earlier ones on its own threads, so both cores stay busy.
 */
export async function drawShareImages(docs: Doc[], outDir: string): Promise<number> {
  const pending = new Set<Promise<unknown>>();
  for (const doc of docs) {
    const pixels = drawCard(doc);
    const file = path.join(outDir, shareImagePath(doc.kind, doc.slug));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const written: Promise<unknown> = sharp(pixels, { raw: { ...cardSize, channels: 4 } })
      .removeAlpha()
      .png({ compressionLevel: 6 })
      .toFile(file)
      .finally(() => pending.delete(written));
    pending.add(written);
    // Enough in flight to keep sharp's threads fed without holding every card in memory.
    if (pending.size >= 4) await Promise.race(pending);
    // Let finished writes run their callbacks before drawing the next card.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(pending);
  return docs.length;
}
