import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../../scripts/lib/scratch-project';

/*
 * What `npm run build` and the compile promise, tried on a scratch copy of
 * the project the way an editor or a CI job would meet them.
 */
const project = scratchProject('glossary-guarantees', { content: true });
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

const bin = (name: string) => path.join(project, 'node_modules', '.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const oldSite = '<!doctype html><title>the last good site</title>';

function resetOut() {
  fs.rmSync(path.join(project, 'out'), { recursive: true, force: true });
  fs.mkdirSync(path.join(project, 'out'));
  fs.writeFileSync(path.join(project, 'out', 'index.html'), oldSite);
}

describe('npm run build', () => {
  it('killed part-way, leaves the last whole site in out/ untouched', async () => {
    resetOut();
    // Its own process group, so the kill reaches Next and the check as well, as a stopped CI job's would.
    const child = spawn(bin('tsx'), ['scripts/build.ts'], {
      cwd: project,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const watch = (data: Buffer) => {
        // Next has started writing the new site: the moment a non-atomic build would have broken out/.
        if (/Collecting page data|Generating static pages/.test(String(data))) resolve();
      };
      child.stdout.on('data', watch);
      child.stderr.on('data', watch);
      child.on('close', () => reject(new Error('the build ended before it could be interrupted')));
    });
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    expect(fs.readdirSync(path.join(project, 'out'))).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(project, 'out', 'index.html'), 'utf8')).toBe(oldSite);
  });

  it('accepts an entry saved with a byte-order mark, and replaces out/ only when the whole site is built', () => {
    resetOut();
    const file = path.join(project, 'content', 'glossary', 'premium.mdx');
    fs.writeFileSync(file, `\uFEFF${fs.readFileSync(file, 'utf8')}`);
    const result = spawnSync(bin('tsx'), ['scripts/build.ts'], {
      cwd: project,
      env,
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const page = fs.readFileSync(path.join(project, 'out', 'glossary', 'premium.html'), 'utf8');
    expect(page).toContain('<h1');
    expect(page).toMatch(/<h2[^>]* id="what-is-a-premium"/);
    expect(fs.readFileSync(path.join(project, 'out', 'index.html'), 'utf8')).not.toBe(oldSite);
    expect(fs.existsSync(path.join(project, '.build'))).toBe(false);
  });
});

describe('a bare `next build`, with the content check skipped', () => {
  it('refuses an entry with code in it, naming path:line:col, and runs none of it', () => {
    const file = path.join(project, 'content', 'glossary', 'annuity.mdx');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(
      file,
      text.replace(
        '\n## ',
        '\nYour computer runs {process.platform}. {globalThis.ran = alert(1)}\n\n## ',
      ),
    );
    try {
      const result = spawnSync(bin('next'), ['build'], { cwd: project, env, encoding: 'utf8' });
      const output = result.stdout + result.stderr;
      expect(result.status).not.toBe(0);
      expect(output).toMatch(
        /content\/glossary\/annuity\.mdx:\d+:\d+ {2}mdx-code {2}\{ \} marks code/,
      );
      expect(output).not.toContain(`runs ${process.platform}`);
    } finally {
      fs.writeFileSync(file, text);
    }
  });
});

describe('npm run new-term', () => {
  it('transliterates a name into the file name before dropping characters', () => {
    const result = spawnSync(bin('tsx'), ['scripts/new-term.ts', 'Ünïcødé Tërm'], {
      cwd: project,
      env,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const created = path.join(project, 'content', 'glossary', 'unicode-term.mdx');
    expect(fs.existsSync(created)).toBe(true);
    expect(fs.readFileSync(created, 'utf8')).toContain('title: Ünïcødé Tërm');
    fs.rmSync(created);
  });
});
