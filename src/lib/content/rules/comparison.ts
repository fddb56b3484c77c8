import type { Root, Table } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ComparisonPage } from '../collections';
import type { Problem } from '../errors';
import type { Loaded } from '../source';

/** A comparison's `compares` names entries that exist, and are live if the comparison is. */
export function checkCompares(
  pages: (Loaded & { doc: ComparisonPage })[],
  all: Loaded[],
): Problem[] {
  const entries = new Map(
    all.filter((l) => l.source.kind === 'entry').map((l) => [l.source.slug, l]),
  );
  const problems: Problem[] = [];
  for (const { doc, at } of pages) {
    doc.compares.forEach((slug, i) => {
      const report = (message: string) =>
        problems.push({
          file: doc.file,
          ...at(['compares', i]),
          rule: 'links',
          message,
          severity: 'error',
        });
      const entry = entries.get(slug);
      if (!entry)
        report(
          `compares: there is no entry "${slug}" (expected a file content/glossary/${slug}.mdx)`,
        );
      else if (entry.doc?.status === 'draft' && doc.status !== 'draft')
        report(`compares: "${slug}" is a draft, so it is not on the live site yet`);
    });
    if (new Set(doc.compares).size !== doc.compares.length) {
      problems.push({
        file: doc.file,
        ...at(['compares']),
        rule: 'schema',
        message: 'compares: each entry is compared once',
        severity: 'error',
      });
    }
  }
  return problems;
}

/** The table in <Comparison> has a column of row labels and one column per entry compared. */
export function checkComparisonTable(doc: ComparisonPage, tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'Comparison') return;
    visit(node, 'table', (table: Table) => {
      const columns = table.children[0]?.children.length ?? 0;
      const expected = doc.compares.length + 1;
      if (columns !== expected) {
        const start = table.position?.start ?? { line: 1, column: 1 };
        problems.push({
          file: doc.file,
          line: start.line,
          column: start.column,
          rule: 'structure',
          message: `the table has ${columns} columns; a comparison of ${doc.compares.length} entries has ${expected}: one for the row labels, then one per entry in the order of compares (${doc.compares.join(', ')})`,
          severity: 'error',
        });
      }
    });
  });
  return problems;
}
