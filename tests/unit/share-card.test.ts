import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/content/collections';
import { wrapText } from '@/lib/share/card';
import { drawShareImages } from '@/lib/share/draw';

// Every character 10 px wide: enough to test where lines break.
const fixedWidth = { measureText: (text: string) => ({ width: text.length * 10 }) } as Parameters<
  typeof wrapText
>[0];

describe('share cards', () => {
  it('wrap words into lines that fit, never splitting a word', () => {
    const lines = wrapText(
      fixedWidth,
      'A company that helps independent agents get contracts',
      200,
    );
    expect(lines.join(' ')).toBe('A company that helps independent agents get contracts');
    for (const line of lines) expect(line.length * 10).toBeLessThanOrEqual(200);
    expect(wrapText(fixedWidth, 'Supercalifragilistic word', 100)).toEqual([
      'Supercalifragilistic',
      'word',
    ]);
  });

  it('are written as 1200×630 PNGs at /og/<slug>.png, long titles included', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
    const terms = [
      {
        kind: 'entry',
        slug: 'annuity',
        title: 'Annuity',
        description: 'A contract with an insurance company that can pay you income.',
      },
      {
        kind: 'entry',
        slug: 'long',
        title: 'A Very Long Insurance Term '.repeat(8),
        abbreviation: 'LONG',
        description: 'x '.repeat(80).trim(),
      },
    ] as Entry[];
    expect(await drawShareImages(terms, dir)).toBe(2);
    for (const { slug } of terms) {
      const png = fs.readFileSync(path.join(dir, 'og', `${slug}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    fs.rmSync(dir, { recursive: true });
  });
});
