/**
 * `npm run bench -- --baseline <git ref>`: the same synthetic corpus built
 * with this tree and with the code at <ref> (checked out in a temporary git
 * worktree with its own `npm ci`), alternating, so both meet the same
 * machine load. On a noisy 2-core machine only such ratios mean something.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Baseline {
  ref: string;
  root: string;
  remove: () => void;
}

export function checkoutBaseline(ref: string): Baseline {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-baseline-')), 'tree');
  const run = (command: string, args: string[], cwd: string) => {
    // HUSKY=0: the baseline's install must not touch this checkout's git hooks.
    const result = spawnSync(command, args, {
      cwd,
      stdio: 'inherit',
      env: { ...process.env, HUSKY: '0' },
    });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
  };
  run('git', ['worktree', 'add', '--detach', root, ref], process.cwd());
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], root);
  return {
    ref,
    root,
    remove: () => {
      spawnSync('git', ['worktree', 'remove', '--force', root]);
      fs.rmSync(path.dirname(root), { recursive: true, force: true });
    },
  };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
