// @ts-check
/**
 * A rehype plugin for <Comparison caption="…">: the writer's Markdown table
 * inside it becomes a full data table. The caption goes into the table as
 * its <caption>, header cells get scope="col", and the first cell of each
 * body row becomes its row header (<th scope="row">), so a screen reader
 * names the row with every cell it reads.
 */
import { visit } from 'unist-util-visit';

/** @typedef {import('hast').Element} Element */

export default function rehypeComparisonTable() {
  /** @param {import('hast').Root} tree */
  return (tree) => {
    visit(
      tree,
      /** @param {any} node */ (node) => {
        if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Comparison') return;
        const caption = node.attributes.find(
          /** @param {any} a */ (a) => a.name === 'caption',
        )?.value;
        visit(
          node,
          'element',
          /** @param {Element} table */ (table) => {
            if (table.tagName !== 'table') return;
            if (typeof caption === 'string') {
              table.children.unshift({
                type: 'element',
                tagName: 'caption',
                properties: {},
                children: [{ type: 'text', value: caption }],
              });
            }
            // How many options the table sets side by side, so the page can give three room to scroll.
            const head = table.children.find(
              /** @returns {c is Element} */ (c) => c.type === 'element' && c.tagName === 'thead',
            );
            const firstRow = head?.children.find(
              /** @returns {c is Element} */ (c) => c.type === 'element',
            );
            table.properties.dataOptions = firstRow
              ? firstRow.children.filter((c) => c.type === 'element').length - 1
              : 0;
            for (const section of table.children) {
              if (section.type !== 'element') continue;
              for (const row of section.children) {
                if (row.type !== 'element' || row.tagName !== 'tr') continue;
                const cells = row.children.filter(
                  /** @returns {c is Element} */ (c) => c.type === 'element',
                );
                if (section.tagName === 'thead')
                  cells.forEach((cell) => (cell.properties.scope = 'col'));
                else if (cells[0])
                  Object.assign(cells[0], {
                    tagName: 'th',
                    properties: { ...cells[0].properties, scope: 'row' },
                  });
              }
            }
          },
        );
      },
    );
  };
}
