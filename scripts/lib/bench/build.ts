/**
 * Times `npm run build`'s script over a synthetic corpus and samples the
 * memory of its whole process tree (Next starts worker processes), so
 * "peak memory" is what the machine actually had to hold at once. Memory is
 * the proportional set size (PSS): pages shared between processes are
 * counted once, not once per process as summing RSS would.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function treeMemory(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      total += Number(rollup.match(/^Pss:\s+(\d+)/m)?.[1] ?? 0) * 1024;
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface BuildRun {
  seconds: number;
  peakBytes: number;
  pages: number;
}

export async function timeBuild(projectDir: string): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn(path.join(projectDir, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
    cwd: projectDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  let peakBytes = 0;
  // Twice a second: often enough for a build that runs for minutes, rarely enough not to slow it.
  const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeMemory(child.pid!))), 500);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`build failed in ${projectDir}:\n${stderr}`);
  const pages = fs
    .readdirSync(path.join(projectDir, 'out', 'glossary'))
    .filter((f) => f.endsWith('.html')).length;
  return { seconds: (performance.now() - started) / 1000, peakBytes, pages };
}
