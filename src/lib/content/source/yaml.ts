import fs from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';

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

/** A YAML data file read with positions: its data, where a path sits, and its syntax errors. */
export function readYaml(absolute: string, file: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(absolute, 'utf8').replace(/^\uFEFF/, ''), {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const at = (path: (string | number)[]) => {
    const node = nodeAt(doc, path);
    const { line, col } = node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
    return { file, line, column: col };
  };
  const syntax = doc.errors.map((e) => {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    return { file, line, column: col, message: e.message.split('\n')[0] };
  });
  return { data: syntax.length ? undefined : (doc.toJS() as unknown), at, syntax };
}
