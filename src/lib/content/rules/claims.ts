import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/**
 * What makes a block a claim that needs a source: a figure, an amount, a percentage, a
 * length of time, an age, a date, or a legal or regulatory rule. Questions and words in
 * quotation marks (what a seller says) are not claims. Inside an <Example> the numbers are
 * made up, so only figures from the table and rules count there. One list, which
 * CONTRIBUTING.md explains and the fixtures prove.
 */
const numberWords =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|thirty|sixty|ninety';
export const claimPatterns: { what: string; pattern: RegExp; inExamples: boolean }[] = [
  { what: 'an amount', pattern: /\$\s?\d[\d,]*(?:\.\d+)?/, inExamples: false },
  { what: 'a percentage', pattern: /\b\d+(?:\.\d+)?\s?(?:%|percent\b)/i, inExamples: false },
  {
    what: 'a length of time',
    pattern: new RegExp(
      `\\b(?:\\d+|${numberWords})[ -](?:calendar |business |full )?(?:hours?|days?|weeks?|months?|years?)\\b`,
      'i',
    ),
    inExamples: false,
  },
  { what: 'an age', pattern: /\bage (?:of )?\d+|\b\d+ years? old\b/i, inExamples: false },
  {
    what: 'a date',
    pattern:
      /\b(?:19|20)\d{2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/,
    inExamples: false,
  },
  {
    what: 'a rule',
    pattern:
      /\b(?:must|may not|cannot|can't|required|requires?|laws?|legal|illegal|legally|rules?|regulations?|regulated|statutes?|prohibit\w*|forbid\w*|banned)\b/i,
    inExamples: true,
  },
];

/** The first thing in a block that makes it a claim, in words for a message ("a rule (\"must\")"), or undefined. */
export function claimIn(node: Node, { hypothetical = false } = {}): string | undefined {
  let figure = false;
  visit(node, (inner) => {
    if (
      (inner.type === 'mdxJsxTextElement' || inner.type === 'mdxJsxFlowElement') &&
      (inner as { name?: string }).name === 'Figure'
    )
      figure = true;
  });
  if (figure) return 'a figure';
  const text = toString(node)
    // What a seller says, quoted, is not our claim.
    .replace(/"[^"]*"|“[^”]*”/g, ' ')
    .trim();
  if (!text || text.endsWith('?')) return undefined;
  for (const { what, pattern, inExamples } of claimPatterns) {
    if (hypothetical && !inExamples) continue;
    const m = text.match(pattern);
    if (m) return `${what} ("${m[0]}")`;
  }
  return undefined;
}
