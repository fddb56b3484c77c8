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
  /** Seconds each step of the build took, in order, from the build's own progress lines. */
  phases: [string, number][];
}

/**
 * The build's steps from what it prints: each step ends with a line like
 * "Content check passed (7.9 s)", the seconds since the build started; Next
 * says how long compiling took ("Compiled successfully in 16.8s"), which
 * splits its step in two. Older trees print the same lines, so both sides of
 * a comparison are cut the same way.
 */
export function phasesOf(stdout: string): [string, number][] {
  const phases: [string, number][] = [];
  let last = 0;
  let compile: number | undefined;
  for (const line of stdout.split('\n')) {
    const compiled = line.match(/Compiled successfully in ([\d.]+)(m?s)/);
    if (compiled) compile = Number(compiled[1]) / (compiled[2] === 'ms' ? 1000 : 1);
    const lap = line.match(/^(.+?)(?::.*)? \(([\d.]+) s\)$/);
    if (!lap) continue;
    const at = Number(lap[2]);
    const name = lap[1].trim();
    if (/^Next export/.test(name) && compile !== undefined) {
      phases.push(
        ['Next: compile', compile],
        ['Next: render pages and export', at - last - compile],
      );
    } else
      phases.push([
        /^Site written/.test(name) ? 'Move into out/' : name.replace(/ (done|passed)$/, ''),
        at - last,
      ]);
    last = at;
  }
  return phases;
}

export async function timeBuild(projectDir: string): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn(path.join(projectDir, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
    cwd: projectDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
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
  return {
    seconds: (performance.now() - started) / 1000,
    peakBytes,
    pages,
    phases: phasesOf(stdout),
  };
}
