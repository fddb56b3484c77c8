/**
 * `npm run build`: the content check and the share images side by side,
 * then the Next static export, then post-export and the search index.
 *
 * The site is built in a work folder and moved to out/ only when every step
 * has passed, so out/ is always a whole site: the last good one if a build
 * is killed part-way, none at all if a build fails (so an old site cannot
 * be mistaken for the new one). Content is checked before Next starts.
 *
 * The check and the images each run in a process of their own: on two
 * cores they run at the same time, and their memory is handed back before
 * Next's page workers need it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bin } from './lib/bin';
import { bundleEnhancements, bundleLoader } from './lib/client';
import { postExport } from './lib/postexport';
import { indexForSearch } from './lib/search-index';
import { snapshotVariable } from '../src/lib/content/store';
import { headerRules, headersFile, serveConfig } from '../src/lib/security-headers';

const outDir = 'out';
// Work files of one build: the checked content, the share images and the site until it is whole.
const workDir = '.build';
const siteDir = path.join(workDir, 'site');
const snapshotFile = path.resolve(workDir, 'content.json');
const imagesDir = path.join(workDir, 'images');
const scripts = path.dirname(fileURLToPath(import.meta.url));
const started = performance.now();
const lap = (what: string) =>
  console.log(`${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
const children = new Map<ChildProcess, Promise<number | null>>();

async function fail(message: string): Promise<never> {
  // Wait for the stopped children: one still drawing share images would write into the folder being removed.
  for (const child of children.keys()) child.kill();
  await Promise.all(children.values());
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(workDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\nNo site was written to ${outDir}/.`);
  process.exit(1);
}

// Ctrl-C or a stopped CI job: leave the last whole site in out/, and no work files.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children.keys()) child.kill();
    fs.rmSync(workDir, { recursive: true, force: true });
    process.exit(130);
  });
}

/** Runs a command with this build's output; resolves to its exit code. */
function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<number | null> {
  const child = spawn(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  const done = new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (code) => {
      children.delete(child);
      resolve(code);
    });
  });
  children.set(child, done);
  return done;
}

fs.rmSync(workDir, { recursive: true, force: true });
fs.mkdirSync(workDir);

const images = run(bin('tsx'), [path.join(scripts, 'share-images.ts'), imagesDir]);
const checked = await run(bin('tsx'), [
  path.join(scripts, 'check-content.ts'),
  '--snapshot',
  snapshotFile,
]);
if (checked !== 0)
  await fail(
    'the content check found problems; each is listed above with its file, line and column.',
  );
lap('Content check passed');

const exported = await run(bin('next'), ['build'], {
  [snapshotVariable]: snapshotFile,
  SITE_EXPORT_DIR: siteDir,
});
if (exported !== 0) await fail('next build did not finish.');
if ((await images) !== 0) await fail('the share images could not be drawn.');
lap('Next export done');

try {
  // A glossary with no published entry has no cards, and no folder for them.
  for (const name of fs.existsSync(imagesDir) ? fs.readdirSync(imagesDir) : []) {
    fs.renameSync(path.join(imagesDir, name), path.join(siteDir, name));
  }
  const loader = await bundleLoader();
  const { pages, removedFiles } = postExport(siteDir, loader.code);
  lap(
    `Post-export: ${pages} pages without framework scripts, ${removedFiles} unused files removed`,
  );
  await bundleEnhancements(siteDir);
  const rules = headerRules([loader.hash]);
  fs.writeFileSync(path.join(siteDir, '_headers'), headersFile(rules));
  fs.writeFileSync('serve.json', `${JSON.stringify(serveConfig(rules), null, 2)}\n`);
  const indexed = await indexForSearch(siteDir);
  lap(`Search index: ${indexed} pages read`);
} catch (error) {
  await fail(`post-export step: ${(error as Error).stack ?? error}`);
}

// The whole site takes the place of the old one in two renames.
const old = `${outDir}.old`;
fs.rmSync(old, { recursive: true, force: true });
if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
fs.renameSync(siteDir, outDir);
fs.rmSync(old, { recursive: true, force: true });
fs.rmSync(workDir, { recursive: true, force: true });
lap(`Site written to ${outDir}/`);
