/**
 * Every rule the content check can report, by the name editors see in
 * `path:line:col  rule  message`. A closed list: CONTRIBUTING.md explains
 * each one, and a unit test keeps its table and this list the same.
 */
export const ruleNames = [
  'yaml',
  'frontmatter',
  'schema',
  'slug',
  'unique',
  'links',
  'mdx-code',
  'mdx-component',
  'mdx-props',
  'mdx-syntax',
  'structure',
  'template',
  'readability',
  'review-due',
  'figures',
  'stale-figure',
  'citations',
  'sources',
  'help',
] as const;

export type Rule = (typeof ruleNames)[number];
