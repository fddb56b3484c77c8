/**
 * `npm run check:html`: the Nu HTML Checker (vnu.jar, on Java) over every
 * page in out/. Any error fails; it prints file:line.col and the message.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const outDir = process.argv[2] ?? 'out';
if (!fs.existsSync(outDir)) {
  console.error(`${outDir}/ does not exist: run npm run build first.`);
  process.exit(1);
}
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const result = spawnSync(
  'java',
  ['-jar', vnu, '--errors-only', '--format', 'gnu', '--skip-non-html', outDir],
  { encoding: 'utf8' },
);
if (result.error) {
  console.error(
    `Could not run Java for the HTML checker (${result.error.message}). Install it: apt-get install -y default-jre-headless`,
  );
  process.exit(1);
}
const errors = (result.stdout + result.stderr).trim();
const pages = fs
  .readdirSync(outDir, { recursive: true })
  .filter((f) => String(f).endsWith('.html')).length;
if (result.status !== 0 || errors) {
  console.error(errors.replaceAll(`"file:${process.cwd()}/`, '"'));
  console.error(`\nThe HTML checker found errors in ${outDir}/.`);
  process.exit(1);
}
console.log(`HTML check: ${pages} pages, 0 errors.`);
