/**
 * A scratch copy of the project in a temporary folder, for builds that must
 * not touch this checkout: the benchmark's synthetic glossaries and the
 * integration tests. Content is copied only where asked.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const copied = [
  'src',
  'scripts',
  'public',
  'package.json',
  'tsconfig.json',
  'next.config.mjs',
  'postcss.config.mjs',
];

export function scratchProject(
  name: string,
  { root = process.cwd(), content = false } = {},
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  for (const item of copied) {
    if (fs.existsSync(path.join(root, item)))
      fs.cpSync(path.join(root, item), path.join(dir, item), { recursive: true });
  }
  fs.mkdirSync(path.join(dir, 'content'));
  for (const item of fs.readdirSync(path.join(root, 'content'))) {
    // Templates and site data (publishers, figures, the help directory) always; pages only when asked.
    const from = path.join(root, 'content', item);
    const pages =
      fs.statSync(from).isDirectory() && fs.readdirSync(from).some((f) => f.endsWith('.mdx'));
    if (content || !pages)
      fs.cpSync(path.join(root, 'content', item), path.join(dir, 'content', item), {
        recursive: true,
      });
  }
  // Hard links (cp -al): a real copy of node_modules would be slow, and Turbopack will not follow a symlink out of the project.
  const linked = spawnSync('cp', [
    '-al',
    path.join(root, 'node_modules'),
    path.join(dir, 'node_modules'),
  ]);
  if (linked.status !== 0) throw new Error(`could not link node_modules: ${linked.stderr}`);
  return dir;
}
