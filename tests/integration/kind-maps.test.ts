import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../../scripts/lib/scratch-project';

/*
 * A kind of page is one definition: add a kind to collections.ts and the type checker names
 * every map that does not know it yet, the ones docs/adding-a-kind.md lists. Tried on a
 * scratch copy with a made-up kind.
 */
const project = scratchProject('glossary-kind-maps');
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('a new kind of page', () => {
  it('is a type error in every map that forgets it', () => {
    const file = path.join(project, 'src/lib/content/collections.ts');
    const text = fs.readFileSync(file, 'utf8');
    // A "checklist" kind, declared like a guide: folder, schema, index, template, outline.
    const added = text.replace(
      '} as const satisfies Record<string, Collection>;',
      `  checklist: {
    folder: 'checklists',
    noun: 'checklist',
    plural: 'checklists',
    eyebrow: 'Checklist',
    schema: guideSchema,
    index: '/checklists',
    indexTitle: 'Checklists',
    crumb: 'Checklists',
    lead: 'Lists to work through before you sign.',
    api: 'checklists',
    nav: 'Checklists',
    backlinks: 'explainers',
    invite: 'Before you sign',
    template: 'content/_template-guide.mdx',
    outline: [{ tag: 'BottomLine' }],
  },
} as const satisfies Record<string, Collection>;`,
    );
    expect(added).not.toBe(text);
    fs.writeFileSync(file, added);
    fs.writeFileSync(
      path.join(project, 'tsconfig.check.json'),
      JSON.stringify({ extends: './tsconfig.json', include: ['src/**/*.ts', 'src/**/*.tsx'] }),
    );
    const tsc = spawnSync(
      path.join(project, 'node_modules', '.bin', 'tsc'),
      ['--noEmit', '-p', 'tsconfig.check.json'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(tsc.status).not.toBe(0);
    const files = new Set(
      [...tsc.stdout.matchAll(/^(src\/[^(]+)\(\d+,\d+\): error/gm)].map((m) => m[1]),
    );
    // Each map of kinds fails, in the files the guide for adding a kind lists (the places that
    // read those maps may fail too, and are mended by the same entries).
    const maps = [
      'src/components/site/kinds.tsx',
      'src/lib/content/kinds.ts',
      'src/lib/structured-data.ts',
    ];
    expect([...files]).toEqual(expect.arrayContaining(maps));
    const guide = fs.readFileSync('docs/adding-a-kind.md', 'utf8');
    for (const f of maps) expect(guide).toContain(f);
  });
});
