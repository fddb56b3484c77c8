/**
 * `npm run build`: content check, Next static export, post-export.
 * Content is checked before anything is written; if any step fails, out/ is
 * removed so a broken or half-built site can never be mistaken for a good one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { checkContent } from '../src/lib/content/check';
import { formatProblem, sortProblems } from '../src/lib/content/errors';
import { bundleEnhancements, bundleLoader } from './client';
import { indexForSearch } from './search-index';
import { postExport } from './postexport';
import { headerRules, headersFile, serveConfig } from '../src/lib/security-headers';

const outDir = 'out';
const started = performance.now();
const lap = (what: string) => console.log(`${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

function fail(message: string): never {
  fs.rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\nNo site was written to ${outDir}/.`);
  process.exit(1);
}

const { problems } = checkContent();
const errors = sortProblems(problems).filter((p) => p.severity === 'error');
if (errors.length) {
  for (const p of errors) console.error(formatProblem(p));
  fail(`${errors.length} content problem${errors.length === 1 ? '' : 's'} (run npm run check:content for details).`);
}

lap('Content check passed');
fs.rmSync(outDir, { recursive: true, force: true });
const next = spawnSync('npx', ['next', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
if (next.status !== 0) fail('next build did not finish.');
lap('Next export done');

try {
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
