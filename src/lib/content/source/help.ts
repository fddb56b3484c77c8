import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Problem } from '../errors';
import { publisherOf } from '../publishers';
import { contentRoot } from './read';
import { readYaml } from './yaml';
import {
  helpProblemsSchema,
  nationalSchema,
  stateSchema,
  type HelpProblem,
  type National,
  type StateHelp,
} from '../schema/help';
import { primaryKinds, type Publisher } from '../schema/publisher';

export interface LoadedHelp {
  states: StateHelp[];
  national?: National;
  /** What /help sorts readers by (problems.yaml). */
  helpProblems: HelpProblem[];
  problems: Problem[];
}

/** The site's pages by address, for the pages problems.yaml names: which exist, which are drafts. */
export interface PageList {
  pages: Set<string>;
  drafts: Set<string>;
}

/**
 * content/help/: one file per state (states/<code>.yaml), national.yaml and problems.yaml,
 * validated, with every problem at its line: a missing source, an address that is not https or
 * not on an official site, a malformed phone number, a state given twice or in the wrong file,
 * a page to read first that is not a published page.
 */
export function loadHelp(
  root = contentRoot(),
  publishers: Publisher[] = [],
  site?: PageList,
): LoadedHelp {
  const dir = path.join(root, 'help');
  const problems: Problem[] = [];
  const states: StateHelp[] = [];
  if (!fs.existsSync(dir)) return { states, helpProblems: [], problems };
  const rel = (absolute: string) => path.relative(process.cwd(), absolute) || absolute;
  const official = (url: string) => {
    const kind = publisherOf(url, publishers)?.kind;
    return kind !== undefined && primaryKinds.includes(kind);
  };

  const read = <T>(absolute: string, schema: z.ZodType<T>) => {
    const file = rel(absolute);
    const { data, at, syntax } = readYaml(absolute, file);
    for (const s of syntax)
      problems.push({
        ...s,
        rule: 'yaml',
        message: `${s.message} (check indentation, colons and quotes)`,
        severity: 'error',
      });
    if (data === undefined) return undefined;
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const p = issue.path.filter((x): x is string | number => typeof x !== 'symbol');
        const message =
          issue.code === 'unrecognized_keys'
            ? `unknown key ${issue.keys.join(', ')} (the keys are in CONTRIBUTING.md, "The help directory")`
            : issue.message;
        problems.push({
          ...at(p),
          rule: 'help',
          message: `${p.join('.') || 'file'}: ${message}`,
          severity: 'error',
        });
      }
      return undefined;
    }
    // Every address a reader is sent to, and every source, is on an official site.
    for (const [p, url] of addresses(parsed.data)) {
      if (url.startsWith('https://') && !official(url))
        problems.push({
          ...at(p),
          rule: 'help',
          message: `${p.join('.')}: ${new URL(url).hostname} is not an official site in content/publishers.yaml; use the regulator's own page, or add its host there as regulator if it is official`,
          severity: 'error',
        });
    }
    return { data: parsed.data, at };
  };

  const statesDir = path.join(dir, 'states');
  const seen = new Map<string, string>();
  for (const name of fs.existsSync(statesDir) ? fs.readdirSync(statesDir).sort() : []) {
    if (!/\.ya?ml$/.test(name)) continue;
    const absolute = path.join(statesDir, name);
    const loaded = read(absolute, stateSchema);
    if (!loaded) continue;
    const state = loaded.data;
    const where = loaded.at(['state']);
    if (seen.has(state.state)) {
      problems.push({
        ...where,
        rule: 'help',
        message: `state: ${state.state} is already in ${seen.get(state.state)}; each state has one file`,
        severity: 'error',
      });
      continue;
    }
    if (name.replace(/\.ya?ml$/, '') !== state.state.toLowerCase())
      problems.push({
        ...where,
        rule: 'help',
        message: `state: ${state.state} belongs in ${state.state.toLowerCase()}.yaml`,
        severity: 'error',
      });
    seen.set(state.state, where.file);
    states.push(state);
  }
  const nationalFile = path.join(dir, 'national.yaml');
  const national = fs.existsSync(nationalFile)
    ? read(nationalFile, nationalSchema)?.data
    : undefined;
  const problemsFile = path.join(dir, 'problems.yaml');
  const listed = fs.existsSync(problemsFile) ? read(problemsFile, helpProblemsSchema) : undefined;
  // A page to read first that was renamed or made a draft is caught here, at its line in the list.
  if (site)
    listed?.data.forEach((problem, i) =>
      problem.read.forEach((address, j) => {
        const missing = !site.pages.has(address);
        if (missing || site.drafts.has(address))
          problems.push({
            ...listed.at([i, 'read', j]),
            rule: 'help',
            message: missing
              ? `${address} is not a page; give the address of a published page, like /glossary/free-look-period (was it renamed?), or remove it from "${problem.heading}"`
              : `${address} is a draft; publish it, or remove it from "${problem.heading}" until it is`,
            severity: 'error',
          });
      }),
    );
  return { states, national, helpProblems: listed?.data ?? [], problems };
}

/** Every https address in a value, with its path: values, sources and links alike. */
function addresses(value: unknown, at: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [[at, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => addresses(v, [...at, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => addresses(v, [...at, k]));
  return [];
}
