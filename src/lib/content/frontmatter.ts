import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './errors';
import { frontmatterSchema, type Frontmatter } from './schema';

/**
 * Splits an entry into frontmatter and body (gray-matter) and parses the YAML
 * with `yaml`, which keeps positions so every problem can point at a line and
 * column. The YAML 1.2 core schema leaves `2026-05-17` a string, quoted or
 * not, so a date can never shift by a time zone.
 */
export interface Parsed {
  data?: Frontmatter;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  problems: Problem[];
  /** Where each top-level key sits, for checks that run after the schema. */
  position: (path: (string | number)[]) => { line: number; column: number };
}

export function parseEntry(file: string, source: string): Parsed {
  const problems: Problem[] = [];
  const lineCounter = new LineCounter();
  let doc: Document | undefined;

  if (!/^---\r?\n/.test(source)) {
    return {
      body: source,
      bodyLine: 1,
      problems: [problem(file, 1, 1, 'frontmatter', 'the file must start with a --- line and the YAML frontmatter')],
      position: () => ({ line: 1, column: 1 }),
    };
  }

  const parsed = matter(source, {
    engines: {
      yaml: (text: string) => {
        doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
        return doc.errors.length ? {} : (doc.toJS() ?? {});
      },
    },
  });
  // gray-matter's `matter` is the text between the fences; line 1 is the opening fence.
  const yamlStartLine = 2 - (parsed.matter.startsWith('\n') ? 1 : 0);
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + yamlStartLine - 1, column: col };
  };
  const bodyLine = source.slice(0, source.length - parsed.content.length).split('\n').length;

  const toPosition = (node: Node | undefined) => (node?.range ? position(node.range[0]) : { line: 1, column: 1 });
  const locate: Locator = {
    value: (path) => toPosition(doc && nodeAt(doc, path)),
    key: (path) => toPosition(doc && (keyNode(doc, path) ?? nodeAt(doc, path))),
  };
  const at = locate.value;

  for (const error of doc?.errors ?? []) {
    const { line, column } = position(error.pos[0]);
    problems.push(problem(file, line, column, 'yaml', `${error.message.split('\n')[0]} (check indentation, colons and quotes)`));
  }
  if (problems.length) return { body: parsed.content, bodyLine, problems, position: at };

  const result = frontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...describe(file, issue, doc!, locate));
    return { body: parsed.content, bodyLine, problems, position: at };
  }
  return { data: result.data, body: parsed.content, bodyLine, problems, position: at };
}

interface Locator {
  /** Position of the value at a path; missing paths fall back to their parent. */
  value: (path: (string | number)[]) => { line: number; column: number };
  /** Position of a key's name, so an unknown key points at itself. */
  key: (path: (string | number)[]) => { line: number; column: number };
}

function describe(file: string, issue: z.core.$ZodIssue, doc: Document, locate: Locator): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const { line, column } = locate.key([...path, key]);
      return problem(
        file,
        line,
        column,
        'schema',
        `${[...path, key].join('.')}: unknown key (check the spelling; the allowed keys are in content/_template.mdx)`,
      );
    });
  }
  const name = path.join('.') || 'frontmatter';
  const exists = path.length > 0 && doc.hasIn(path);
  const { line, column } = locate.value(path);
  const message = exists || issue.code !== 'invalid_type' ? issue.message : missingMessage(issue.message);
  return [problem(file, line, column, 'schema', `${name}: ${message}`)];
}

function missingMessage(message: string): string {
  return message.startsWith('is required') ? message : `is required (${message})`;
}

function nodeAt(doc: Document, path: (string | number)[]): Node | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth ? doc.getIn(path.slice(0, depth), true) : doc.contents;
    if (node && (node as Node).range) return node as Node;
  }
  return undefined;
}

function keyNode(doc: Document, path: (string | number)[]): Node | undefined {
  const parent = nodeAt(doc, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

function problem(file: string, line: number, column: number, rule: string, message: string): Problem {
  return { file, line, column, rule, message, severity: 'error' };
}
