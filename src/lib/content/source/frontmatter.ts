import matter from 'gray-matter';
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../errors';
import { keyNode, nodeAt } from './yaml';
import type { Rule } from '../rules/names';

/**
 * Splits a content file into frontmatter and body (gray-matter) and parses
 * the YAML with `yaml`, which keeps positions so every problem can point at
 * a line and column. The YAML 1.2 core schema leaves `2026-05-17` a string,
 * quoted or not, so a date can never shift by a time zone.
 */
export interface Frontmatter<T> {
  data?: T;
  problems: Problem[];
  /** Where the value at a path sits, for checks that run after the schema. */
  at: (path: (string | number)[]) => { line: number; column: number };
}

const start = { line: 1, column: 1 };

export function parseFrontmatter<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  template: string,
): Frontmatter<z.infer<S>> {
  if (!/^---\r?\n/.test(text)) {
    return {
      problems: [
        problem(
          file,
          start,
          'frontmatter',
          'the file must start with a --- line and the YAML frontmatter',
        ),
      ],
      at: () => start,
    };
  }

  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  const parsed = matter(text, {
    engines: {
      yaml: (yamlText: string) => {
        doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
        return doc.errors.length ? {} : (doc.toJS() ?? {});
      },
    },
  });
  // gray-matter's `matter` is the text between the fences; line 1 is the opening fence.
  const firstLine = 2 - (parsed.matter.startsWith('\n') ? 1 : 0);
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const toPosition = (node: Node | undefined) => (node?.range ? position(node.range[0]) : start);
  const at = (path: (string | number)[]) => toPosition(doc && nodeAt(doc, path));
  const keyAt = (path: (string | number)[]) =>
    toPosition(doc && (keyNode(doc, path) ?? nodeAt(doc, path)));

  const yamlErrors = (doc?.errors ?? []).map((error) =>
    problem(
      file,
      position(error.pos[0]),
      'yaml',
      `${error.message.split('\n')[0]} (check indentation, colons and quotes)`,
    ),
  );
  if (yamlErrors.length) return { problems: yamlErrors, at };

  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, problems: [], at };

  const problems = result.error.issues.flatMap((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problem(
          file,
          keyAt([...path, key]),
          'schema',
          `${[...path, key].join('.')}: unknown key (check the spelling; the allowed keys are in ${template})`,
        ),
      );
    }
    const exists = path.length > 0 && doc!.hasIn(path);
    const message =
      exists || issue.code !== 'invalid_type' || issue.message.startsWith('is required')
        ? issue.message
        : `is required (${issue.message})`;
    return [problem(file, at(path), 'schema', `${path.join('.') || 'frontmatter'}: ${message}`)];
  });
  return { problems, at };
}

function problem(
  file: string,
  { line, column }: { line: number; column: number },
  rule: Rule,
  message: string,
): Problem {
  return { file, line, column, rule, message, severity: 'error' };
}
