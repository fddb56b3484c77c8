/**
 * An editor's loop under `npm run dev`, in a scratch copy of the project with the real content:
 * the first page after starting (on a fresh clone, with no Turbopack cache, and on a restart,
 * with the cache the first session wrote while idle), how long a saved edit takes to show on its page (an
 * entry, a guide, a figure), and whether a broken save is reported in the terminal at its
 * path:line:col. Timed by fetching the page, as the browser does on reload.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { scratchProject } from '../scratch-project';
import { freePort } from '../serve-out';

export interface DevRun {
  /** A fresh clone: Turbopack compiles everything. */
  firstPageColdMs: number;
  /** `npm run dev` again in the same folder. */
  firstPageRestartMs: number;
  edits: { what: string; ms: number }[];
  brokenSaveReported: boolean;
}

const entry = 'glossary/independent-marketing-organization';
const guide = 'guides/how-insurance-is-sold';

async function waitFor(url: string, seen: (html: string) => boolean, limitMs = 120_000) {
  const start = performance.now();
  while (performance.now() - start < limitMs) {
    try {
      const response = await fetch(url);
      const html = await response.text();
      if (response.ok && seen(html)) return performance.now() - start;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} did not show the change within ${limitMs / 1000} s`);
}

/** A made-up word no page has, so the page shows it only once the edit is in. */
const marker = (i: number) => `Zqx${'abcdefghij'[i % 10]}${Date.now().toString(36)}`;

/** `next dev` in a folder; resolves once its first page has been served. */
async function startDev(dir: string) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child: ChildProcessWithoutNullStreams = spawn(
    path.join(dir, 'node_modules', '.bin', 'next'),
    ['dev', '--port', String(port), '--hostname', '127.0.0.1'],
    { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, detached: true },
  );
  const server = { base, child, terminal: '', firstPageMs: 0 };
  child.stdout.on('data', (d) => (server.terminal += d));
  child.stderr.on('data', (d) => (server.terminal += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    } catch {
      // already gone
    }
  };
  try {
    await waitFor(`${base}/${entry}`, () => true, 300_000);
  } catch (error) {
    await stop();
    throw new Error(
      `${(error as Error).message}\nThe dev server said:\n${server.terminal.slice(-3000)}`,
    );
  }
  server.firstPageMs = performance.now() - started;
  return { ...server, stop, output: () => server.terminal };
}

/** Waits (up to a minute) until Turbopack's dev cache holds more than a few files' worth. */
async function cacheWritten(dir: string) {
  const cache = path.join(dir, '.next', 'dev', 'cache');
  const size = () =>
    fs.existsSync(cache)
      ? fs
          .readdirSync(cache, { recursive: true, withFileTypes: true })
          .filter((f) => f.isFile())
          .reduce((sum, f) => sum + fs.statSync(path.join(f.parentPath, f.name)).size, 0)
      : 0;
  for (let waited = 0; waited < 60_000 && size() < 1_000_000; waited += 500)
    await new Promise((r) => setTimeout(r, 500));
}

export async function measureDev(editCount = 5): Promise<DevRun> {
  const dir = scratchProject('glossary-dev', { content: true });
  const file = (page: string) => path.join(dir, 'content', `${page}.mdx`);
  // Append a word to the first plain paragraph (not a heading, list, table or tag), as an editor fixes a sentence.
  const edit = (page: string, word: string) => {
    const lines = fs.readFileSync(file(page), 'utf8').split('\n');
    const bodyStart = lines.indexOf('---', 1);
    const i = lines.findIndex((line, n) => n > bodyStart && /^[A-Z][^<|]*[.!?\]]$/.test(line));
    lines[i] += ` ${word}.`;
    fs.writeFileSync(file(page), lines.join('\n'));
  };
  try {
    const dev = await startDev(dir);
    let restart: Awaited<ReturnType<typeof startDev>> | undefined;
    try {
      const edits: DevRun['edits'] = [];
      const timed = async (
        what: string,
        url: string,
        change: (word: string) => void,
        i: number,
      ) => {
        // The editor has the page open already: its first compile is not part of the edit.
        await waitFor(`${dev.base}${url}`, () => true);
        const word = marker(i);
        const t0 = performance.now();
        change(word);
        await waitFor(`${dev.base}${url}`, (html) => html.includes(word));
        edits.push({ what, ms: performance.now() - t0 });
      };
      for (let i = 0; i < editCount; i++)
        await timed('entry', `/${entry}`, (w) => edit(entry, w), i);
      await timed('guide', `/${guide}`, (w) => edit(guide, w), editCount);
      await timed(
        'figure',
        '/figures',
        (w) => {
          const figures = path.join(dir, 'content', 'figures', 'medicare.yaml');
          const text = fs.readFileSync(figures, 'utf8');
          fs.writeFileSync(figures, text.replace(/(\n {4}label: [^\n]*)/, `$1 ${w}`));
        },
        editCount + 1,
      );
      // A save that breaks a rule: the terminal names the file, line and column.
      const before = dev.output().length;
      const saved = fs.readFileSync(file(entry), 'utf8');
      fs.writeFileSync(file(entry), saved.replace(/^updated: .*$/m, 'updated: someday'));
      await fetch(`${dev.base}/${entry}`).catch(() => undefined);
      const reported = () => dev.output().slice(before).includes(`${entry}.mdx:`);
      for (let tries = 0; tries < 100 && !reported(); tries++)
        await new Promise((r) => setTimeout(r, 50));
      const brokenSaveReported = reported();
      fs.writeFileSync(file(entry), saved);
      await waitFor(`${dev.base}/${entry}`, () => true);
      // Turbopack writes its cache to .next/dev/cache while the server is idle, as it is between an
      // editor's saves; stopping the moment the first page is served would leave none to restart with.
      await cacheWritten(dir);
      await dev.stop();
      restart = await startDev(dir);
      return {
        firstPageColdMs: dev.firstPageMs,
        firstPageRestartMs: restart.firstPageMs,
        edits,
        brokenSaveReported,
      };
    } finally {
      await dev.stop();
      await restart?.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}
