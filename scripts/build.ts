/**
 * `npm run build`: the content check and the share images side by side,
 * then the Next static export, then post-export and the search index.
 * Content is checked before Next runs; if any step fails, out/ is removed so
 * a broken or half-built site can never be mistaken for a good one.
 *
 * The check and the images each run in a process of their own: on two
 * cores they run at the same time, and their memory is handed back before
 * Next's page workers need it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshotVariable } from '../src/lib/content/snapshot';
import { bin } from './bin';
import { bundleEnhancements, bundleLoader } from './client';
import { indexForSearch } from './search-index';
import { postExport } from './postexport';
import { headerRules, headersFile, serveConfig } from '../src/lib/security-headers';

const outDir = 'out';
// Work files of one build: the checked content, and the share images until Next has written out/.
const workDir = '.build';
const snapshotFile = path.resolve(workDir, 'content.json');
const imagesDir = path.join(workDir, 'images');
const scripts = path.dirname(fileURLToPath(import.meta.url));
const started = performance.now();
const lap = (what: string) => console.log(`${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
const children = new Set<ChildProcess>();

function fail(message: string): never {
  for (const child of children) child.kill();
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(workDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\nNo site was written to ${outDir}/.`);
  process.exit(1);
}

/** Runs a command with this build's output; resolves to its exit code. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number | null> {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  children.add(child);
  return new Promise((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (code) => {
      children.delete(child);
      resolve(code);
    });
  });
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.rmSync(workDir, { recursive: true, force: true });
fs.mkdirSync(workDir);

const images = run(bin('tsx'), [path.join(scripts, 'share-images.ts'), imagesDir]);
const checked = await run(bin('tsx'), [path.join(scripts, 'check-content.ts'), '--snapshot', snapshotFile]);
if (checked !== 0) fail('the content check found problems; each is listed above with its file, line and column.');
lap('Content check passed');

const exported = await run(bin('next'), ['build'], { [snapshotVariable]: snapshotFile });
if (exported !== 0) fail('next build did not finish.');
if ((await images) !== 0) fail('the share images could not be drawn.');
lap('Next export done');

try {
  // A glossary with no published entry has no cards, and no folder for them.
  for (const name of fs.existsSync(imagesDir) ? fs.readdirSync(imagesDir) : [])
    fs.renameSync(path.join(imagesDir, name), path.join(outDir, name));
  const loader = await bundleLoader();
  const { pages, removedFiles } = postExport(outDir, loader.code);
  lap(`Post-export: ${pages} pages without framework scripts, ${removedFiles} unused files removed`);
  await bundleEnhancements(outDir);
  const rules = headerRules([loader.hash]);
  fs.writeFileSync(`${outDir}/_headers`, headersFile(rules));
  fs.writeFileSync('serve.json', `${JSON.stringify(serveConfig(rules), null, 2)}\n`);
  const indexed = await indexForSearch(outDir);
  lap(`Search index: ${indexed} pages read`);
} catch (error) {
  fail(`post-export step: ${(error as Error).stack ?? error}`);
}
fs.rmSync(workDir, { recursive: true, force: true });
