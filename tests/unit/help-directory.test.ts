import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/errors';
import { loadHelp } from '@/lib/content/source/help';
import { loadPublishers } from '@/lib/content/source/publishers';

const root = (name: string) => path.join('tests', 'fixtures', 'help', name);
const { publishers } = loadPublishers();
const problems = (name: string) => loadHelp(root(name), publishers).problems.map(formatProblem);

describe('the help directory', () => {
  it('reads a state whose every value has its official https source', () => {
    const { states, problems: found } = loadHelp(root('good'), publishers);
    expect(found).toEqual([]);
    expect(states.map((s) => s.insurance?.phone?.value)).toEqual(['1-800-252-3439']);
  });

  it('refuses a value with no source, at its line', () => {
    expect(problems('missing-source')).toEqual([
      expect.stringMatching(
        /missing-source\/help\/states\/tx\.yaml:5:5 {2}help {2}insurance\.name\.source: /,
      ),
    ]);
  });

  it('refuses an address that is not https', () => {
    expect(problems('not-https').join('\n')).toMatch(
      /not-https\/help\/states\/tx\.yaml:6:13 {2}help {2}insurance\.name\.source: must start with https:\/\//,
    );
  });

  it('refuses a source that is not an official site', () => {
    expect(problems('not-official')).toEqual([
      expect.stringMatching(
        /not-official\/help\/states\/tx\.yaml:10:13 {2}help {2}insurance\.phone\.source: www\.insurance-directory\.example\.com is not an official site/,
      ),
    ]);
  });

  it('refuses a malformed phone number', () => {
    expect(problems('bad-phone')).toEqual([
      expect.stringMatching(
        /bad-phone\/help\/states\/tx\.yaml:9:12 {2}help {2}insurance\.phone\.value: expected a US phone number like 1-800-927-4357/,
      ),
    ]);
  });

  it('refuses a state given twice', () => {
    expect(problems('duplicate-state').join('\n')).toMatch(
      /duplicate-state\/help\/states\/tx2\.yaml:1:8 {2}help {2}state: TX is already in .*tx\.yaml; each state has one file/,
    );
  });
});
