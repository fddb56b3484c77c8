/**
 * `tsx scripts/share-images.ts <dir>`: draws every published page's share
 * card into <dir>. The build runs it in its own process from the start, so
 * the cards are drawn while the content is checked and the site compiled.
 */
import os from 'node:os';
import sharp from 'sharp';
import { loadSources } from '../src/lib/content/source';
import { drawShareImages } from '../src/lib/share/draw';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: tsx scripts/share-images.ts <dir>');
// The content check runs beside this and the build waits on it, not on the cards: it comes
// first for the CPU. One compressing thread (niced too, as it starts after this) is enough.
os.setPriority(10);
sharp.concurrency(1);
// Every card is drawn once; sharp's cache would only hold on to memory.
sharp.cache(false);
// Pages whose frontmatter is broken are left out; the content check stops the build over them anyway.
const docs = loadSources().flatMap((l) => (l.doc && l.doc.status === 'published' ? [l.doc] : []));
console.log(`Share images: ${await drawShareImages(docs, outDir)} drawn`);
