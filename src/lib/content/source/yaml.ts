import { isMap, isScalar, type Document, type Node } from 'yaml';

/* Finding the parts of a parsed YAML document that a message should point at. */

/** The node at a path; a missing path falls back to its nearest parent. */
export function nodeAt(doc: Document, path: (string | number)[]): Node | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth ? doc.getIn(path.slice(0, depth), true) : doc.contents;
    if (node && (node as Node).range) return node as Node;
  }
  return undefined;
}

/** A key's own name, so an unknown key points at itself. */
export function keyNode(doc: Document, path: (string | number)[]): Node | undefined {
  const parent = nodeAt(doc, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
  return pair && isScalar(pair.key) ? pair.key : undefined;
}
