import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../errors';
import { contentRoot } from './read';
import { keyNode, nodeAt } from './yaml';
import { figureFileSchema, figureSchema, type Announcement, type Figure } from '../schema/figure';

/** The figures of every file in content/figures/, with where each value sits for messages. */
export interface LoadedFigures {
  figures: Figure[];
  /** Ids of figures whose entries have errors: they exist, so pages that show them are not blamed too. */
  broken: Set<string>;
  problems: Problem[];
  /** Where a figure's field is, by figure id and field path. */
  at: (id: string, path: (string | number)[]) => { file: string; line: number; column: number };
}

export function loadFigures(
  root = contentRoot(),
  today = new Date().toISOString().slice(0, 10),
): LoadedFigures {
  const thisYear = Number(today.slice(0, 4));
  const dir = path.join(root, 'figures');
  const figures: Figure[] = [];
  const problems: Problem[] = [];
  const places = new Map<
    string,
    (path: (string | number)[]) => { file: string; line: number; column: number }
  >();
  const broken = new Set<string>();
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort()
    : [];
  for (const name of names) {
    const absolute = path.join(dir, name);
    const file = path.relative(process.cwd(), absolute) || absolute;
    const text = fs.readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const place = (node: Node | undefined) => {
      const { line, col } = node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
      return { file, line, column: col };
    };
    const at = (p: (string | number)[]) => place(nodeAt(doc, p));
    for (const error of doc.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      problems.push({
        file,
        line,
        column: col,
        rule: 'yaml',
        message: `${error.message.split('\n')[0]} (check indentation, colons and quotes)`,
        severity: 'error',
      });
    }
    if (doc.errors.length) continue;
    // The file's own fields first, then each figure on its own: one broken figure is reported
    // once, and the others, and pages that show it, are not blamed for it.
    const data = doc.toJS() ?? {};
    const header = figureFileSchema.safeParse(data);
    const report = (issues: z.core.$ZodIssue[], prefix: (string | number)[], label = '') => {
      for (const issue of issues) {
        const p = [
          ...prefix,
          ...issue.path.filter((x): x is string | number => typeof x !== 'symbol'),
        ];
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
        for (const key of keys) {
          const where = key ? [...p, key] : p;
          const { line, column } = key
            ? place(keyNode(doc, where) ?? nodeAt(doc, where))
            : at(where);
          const field = where.slice(prefix.length).join('.') || 'figure';
          const message = key
            ? 'unknown key (check the spelling; the keys are listed in CONTRIBUTING.md)'
            : issue.message;
          problems.push({
            file,
            line,
            column,
            rule: 'figures',
            message: `${label}${field}: ${message}`,
            severity: 'error',
          });
        }
      }
    };
    if (!header.success) {
      report(header.error.issues, []);
      continue;
    }
    const { program, topics, announcements } = header.data;
    header.data.figures.forEach((item, i) => {
      const id = (item as { id?: unknown })?.id;
      const label = typeof id === 'string' ? `${id}: ` : `figures.${i}: `;
      if (typeof id === 'string' && places.has(id)) {
        problems.push({
          ...at(['figures', i, 'id']),
          rule: 'figures',
          message: `"${id}" is already defined in ${places.get(id)!([]).file}; every figure is defined once`,
          severity: 'error',
        });
        return;
      }
      if (typeof id === 'string') places.set(id, (p) => at(['figures', i, ...p]));
      const parsed = figureSchema.safeParse(item);
      const shapeProblems = parsed.success
        ? yearProblems(parsed.data, announcements, thisYear)
        : [];
      if (!parsed.success || shapeProblems.length) {
        if (!parsed.success) report(parsed.error.issues, ['figures', i], label);
        for (const { path: p, message } of shapeProblems)
          problems.push({
            ...at(['figures', i, ...p]),
            rule: 'figures',
            message: `${label}${message}`,
            severity: 'error',
          });
        if (typeof id === 'string') broken.add(id);
        return;
      }
      figures.push(normalise(parsed.data, { program, topics, file, announcements }));
    });
  }
  return {
    figures,
    broken,
    problems,
    at: (id, p) =>
      places.get(id)?.(p) ?? { file: path.join('content', 'figures'), line: 1, column: 1 },
  };
}

type ParsedFigure = z.infer<typeof figureSchema>;

/**
 * What the schema cannot see alone: a year given twice, a year too far ahead to have
 * a published value, values out of order, and a schedule the file does not define.
 */
function yearProblems(
  figure: ParsedFigure,
  announcements: Record<string, Announcement>,
  thisYear: number,
): { path: (string | number)[]; message: string }[] {
  const found: { path: (string | number)[]; message: string }[] = [];
  if (figure.announced && !announcements[figure.announced])
    found.push({
      path: ['announced'],
      message: `announced: there is no schedule "${figure.announced}" under announcements at the top of this file`,
    });
  const seen = new Set<number>();
  (figure.values ?? []).forEach((v, i) => {
    if (seen.has(v.year))
      found.push({
        path: ['values', i, 'year'],
        message: `values.${i}.year: ${v.year} is given twice; keep one value per year`,
      });
    seen.add(v.year);
    // Next year's amounts are published in the fall; a later year cannot have an official value yet.
    if (v.year > thisYear + 1)
      found.push({
        path: ['values', i, 'year'],
        message: `values.${i}.year: ${v.year} is later than next year (${thisYear + 1}); add a year's value only from its official notice`,
      });
    const previous = figure.values![i - 1];
    if (previous && previous.year < v.year)
      found.push({
        path: ['values', i, 'year'],
        message: `values.${i}.year: list the newest year first (${v.year} comes before ${previous.year})`,
      });
  });
  return found;
}

function normalise(
  figure: ParsedFigure,
  where: {
    program: string;
    topics: Figure['topics'];
    file: string;
    announcements: Record<string, Announcement>;
  },
): Figure {
  const { id, label, unit } = figure;
  const base = { id, label, unit, program: where.program, topics: where.topics, file: where.file };
  if (figure.values) {
    const announcement = where.announcements[figure.announced!];
    return {
      ...base,
      values: figure.values,
      announcement,
      nextUpdate: `${announcement.publisher} usually announces next year's value ${announcement.when}.`,
    };
  }
  return {
    ...base,
    values: [
      {
        value: figure.value!,
        effective: figure.effective!,
        source: figure.source!,
        checked: figure.checked!,
      },
    ],
    nextUpdate: figure.nextUpdate!,
  };
}
