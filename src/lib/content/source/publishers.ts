import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors';
import { contentRoot } from './read';
import { readYaml } from './yaml';
import { publishersFileSchema, type Publisher } from '../schema/publisher';

export const publishersFile = 'publishers.yaml';

/**
 * content/publishers.yaml: who publishes each source and what kind it is, with its
 * problems at their lines. A content folder without its own list (a test fixture) is
 * classified by the site's.
 */
export function loadPublishers(root = contentRoot()): {
  publishers: Publisher[];
  problems: Problem[];
} {
  const own = path.join(root, publishersFile);
  const absolute = fs.existsSync(own) ? own : path.join(process.cwd(), 'content', publishersFile);
  const file = path.relative(process.cwd(), absolute) || absolute;
  if (!fs.existsSync(absolute))
    return {
      publishers: [],
      problems: [
        {
          file,
          line: 1,
          column: 1,
          rule: 'sources',
          message: 'the list of publishers is missing; every source is classified by it',
          severity: 'error',
        },
      ],
    };
  const { data, at: where, syntax } = readYaml(absolute, file);
  if (data === undefined)
    return {
      publishers: [],
      problems: syntax.map((e) => ({ ...e, rule: 'yaml', severity: 'error' })),
    };
  const parsed = publishersFileSchema.safeParse(data);
  if (!parsed.success)
    return {
      publishers: [],
      problems: parsed.error.issues.map((issue) => {
        const p = issue.path.filter((x): x is string | number => typeof x !== 'symbol');
        return {
          ...where(p),
          rule: 'sources',
          message: `${p.join('.')}: ${issue.message}`,
          severity: 'error',
        };
      }),
    };
  return { publishers: parsed.data.publishers, problems: [] };
}
