import { fleschKincaid } from 'flesch-kincaid';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { syllable } from 'syllable';
import { visit } from 'unist-util-visit';

/** The highest Flesch–Kincaid grade an entry body may have. */
export const maxGrade = 10;

/**
 * Flesch–Kincaid grade of the prose a reader reads: paragraphs and list
 * items. Headings and table cells are labels and fragments, not sentences;
 * counting them would flatter the grade, so they are left out.
 */
export function readingGrade(tree: Root): number {
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph') {
      blocks.push(toString(node));
      return 'skip';
    }
    if (node.type === 'heading' || node.type === 'table' || node.type === 'code') return 'skip';
    return undefined;
  });
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const block of blocks) {
    const words = block.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    if (!words.length) continue;
    // A block is at least one sentence, even when it ends without a full stop (a list item).
    sentence += Math.max(1, (block.match(/[.!?]+(?=\s|$)/g) ?? []).length);
    word += words.length;
    syllables += words.reduce((sum, w) => sum + syllable(w), 0);
  }
  if (!word) return 0;
  return Math.round(fleschKincaid({ sentence, word, syllable: syllables }) * 10) / 10;
}
