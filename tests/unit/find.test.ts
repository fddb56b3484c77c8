import { describe, expect, it } from 'vitest';
import { correct, rank, type Hit } from '@/client/find';
import { nameWords } from '@/lib/content/search-words';

const words = nameWords([
  { title: 'Surrender Charge', aliases: ['Surrender fee'] },
  { title: 'Surrender Period' },
  { title: 'Fiduciary' },
  { title: 'Medicare Supplement Insurance (Medigap)', aliases: ['Medigap'] },
  { title: 'Annuity' },
]);

const hit = (title: string, aliases = '', mentions = 0): Hit => ({
  url: `/glossary/${title}`,
  title,
  description: '',
  aliases,
  mentions,
  kind: '',
});

describe('search typo correction', () => {
  it('corrects one slip in a word against the words of entry names', () => {
    expect(correct('surender', words)).toBe('surrender');
    expect(correct('surender charge', words)).toBe('surrender charge');
    expect(correct('medigp', words)).toBe('medigap');
  });

  it('allows two slips only in long words', () => {
    expect(correct('fidcuiary', words)).toBe('fiduciary');
    expect(correct('anuty', words)).toBe('anuty');
  });

  it('leaves known words, prefixes and short words alone', () => {
    expect(correct('annu', words)).toBe('annu');
    expect(correct('imo', words)).toBe('imo');
    expect(correct('medicaid', words)).toBe('medicaid');
  });
});

/** The titles of the first `n` results for a query. */
const top = (hits: ReturnType<typeof hit>[], query: string, n: number) =>
  rank(hits, query)
    .slice(0, n)
    .map((h) => h.title);

describe('search ranking', () => {
  it('puts an exact name or abbreviation first, then titles that start with the query', () => {
    const hits = [
      hit('Brokerage General Agency (BGA)'),
      hit('Field Marketing Organization (FMO)'),
      hit('Fixed Annuity'),
      hit('Annuity'),
    ];
    expect(rank(hits, 'fmo')[0].title).toBe('Field Marketing Organization (FMO)');
    expect(top(hits, 'annu', 2)).toEqual(['Annuity', 'Fixed Annuity']);
  });

  it('ranks title matches above alias matches, and breaks ties by how many entries mention each', () => {
    const hits = [
      hit('Medicare Open Enrollment Period', 'Annual Enrollment Period'),
      hit('Surrender Period', '', 7),
      hit('Surrender Charge', '', 13),
      hit('Annuity'),
    ];
    expect(rank(hits, 'annu')[0].title).toBe('Annuity');
    expect(top(hits, 'surrender', 2)).toEqual(['Surrender Charge', 'Surrender Period']);
  });
});
