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

  it('refuses a page to read first that is missing or a draft, at its line in problems.yaml', () => {
    const site = {
      pages: new Set(['/glossary/free-look-period', '/glossary/twisting']),
      drafts: new Set(['/glossary/twisting']),
    };
    const found = loadHelp(root('read-first'), publishers, site);
    expect(found.helpProblems.map((p) => p.read)).toEqual([
      ['/glossary/free-look-period', '/glossary/twisting', '/glossary/polcy-replacement'],
    ]);
    expect(found.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /read-first\/help\/problems\.yaml:6:7 {2}help {2}\/glossary\/twisting is a draft; publish it, or remove it from "I think I was sold the wrong product"/,
      ),
      expect.stringMatching(
        /read-first\/help\/problems\.yaml:7:7 {2}help {2}\/glossary\/polcy-replacement is not a page; give the address of a published page/,
      ),
    ]);
  });
});
