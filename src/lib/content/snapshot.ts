import fs from 'node:fs';
import type { CheckReport } from './check';
import type { Term } from './load';

/**
 * The checked content of one build, written by `npm run build` after the
 * content check and read by Next's page workers instead of loading and
 * validating every file again in each of them. Only the build script sets
 * GLOSSARY_SNAPSHOT, and it writes the file fresh each time, so a snapshot
 * can never be stale; `next dev` and tests read the files themselves.
 */
export interface Snapshot {
  /** Published entries, in A–Z order. */
  terms: Term[];
  /** For each entry, the entries its body links to, in order of first mention. */
  links: Record<string, string[]>;
}

export const snapshotVariable = 'GLOSSARY_SNAPSHOT';

/** What the live site shows from a passing check: published entries only. */
export function publishedSnapshot({ terms, links }: Pick<CheckReport, 'terms' | 'links'>): Snapshot {
  const published = terms.filter((t) => t.status !== 'draft');
  return { terms: published, links: Object.fromEntries(published.map((t) => [t.slug, links[t.slug] ?? []])) };
}

export function writeSnapshot(file: string, snapshot: Snapshot): void {
  fs.writeFileSync(file, JSON.stringify(snapshot));
}

let read: Snapshot | undefined;

/** The build's snapshot, or undefined when the files are to be read directly. */
export function buildSnapshot(): Snapshot | undefined {
  const file = process.env[snapshotVariable];
  if (!file) return undefined;
  read ??= JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  return read;
}
