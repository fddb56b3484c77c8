import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const buildScript = path.join(root, 'scripts', 'build.ts');
const badDir = path.join(root, 'tests', 'fixtures', 'bad');
// A passed review date only warns; every other fixture must stop the build.
const cases = fs.readdirSync(badDir).filter((name) => name !== 'review-due');

async function build(contentRoot: string) {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-build-'));
  // A site left from an earlier build must not survive a failed one.
  fs.mkdirSync(path.join(cwd, 'out'));
  fs.writeFileSync(path.join(cwd, 'out', 'index.html'), '<!doctype html><title>old</title>');
  try {
    await promisify(execFile)(tsx, [buildScript], {
      cwd,
      env: { ...process.env, CONTENT_ROOT: contentRoot },
    });
    return { failed: false, output: '', outLeft: fs.existsSync(path.join(cwd, 'out')) };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return {
      failed: true,
      output: e.stdout + e.stderr,
      outLeft: fs.existsSync(path.join(cwd, 'out')),
    };
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

describe('npm run build over bad content', () => {
  it.concurrent.each(cases)(
    'fails on tests/fixtures/bad/%s before writing out/, naming the file and place',
    async (name) => {
      const result = await build(path.join(badDir, name));
      expect(result.failed).toBe(true);
      expect(result.output).toMatch(
        new RegExp(
          `tests/fixtures/bad/${name}/(glossary|guides|compare|figures)/[^:]+\\.(mdx|yaml):\\d+:\\d+  `,
        ),
      );
      expect(result.output).not.toContain('Creating an optimized production build');
      expect(result.outLeft).toBe(false);
    },
    60_000,
  );
});
