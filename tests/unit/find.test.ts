import { describe, expect, it } from 'vitest';
import { rank, type Hit } from '@/client/find';
import { correct, matchNames, nameWords, type NameRow } from '@/client/names';

const row = (title: string, names: string[] = [], mentions = 0, kind = ''): NameRow => [
  `/glossary/${title.toLowerCase().replace(/\W+/g, '-')}`,
  title,
  names,
  kind,
  mentions,
];

const rows: NameRow[] = [
  row('Surrender Charge', ['Surrender fee'], 13),
  row('Surrender Period', [], 7),
  row('Fiduciary'),
  row('Medicare Supplement Insurance (Medigap)', ['Medigap']),
  row('Annuity'),
  row('Fixed Annuity'),
  row('Field Marketing Organization (FMO)', ['FMO']),
  row('Medicare Open Enrollment Period', ['Annual Enrollment Period']),
  row('Errors and Omissions Insurance (E&O)', ['E&O']),
  row('You can’t lose money', ['Your principal is protected'], 0, 'Sales pitch decoded'),
  row('Medigap vs Medicare Advantage', [], 0, 'Comparison'),
];
const words = nameWords(rows);
const titles = (query: string, n = 2) =>
  matchNames(rows, query)
    .hits.slice(0, n)
    .map((h) => h.title);

describe('search typo correction', () => {
  it('corrects one slip in a word against the words of page names', () => {
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

  it('searches the corrected words when no name matches what was typed, and says so', () => {
    const found = matchNames(rows, 'surender');
    expect(found.hits[0].title).toBe('Surrender Charge');
    expect(found.corrected).toBe('surrender');
    expect(matchNames(rows, 'zzzz')).toEqual({ hits: [] });
  });
});

describe('matching names as the reader types', () => {
  it('puts an exact name or abbreviation first, then titles that start with the query', () => {
    expect(titles('fmo', 1)).toEqual(['Field Marketing Organization (FMO)']);
    expect(titles('E&O', 1)).toEqual(['Errors and Omissions Insurance (E&O)']);
    expect(titles('annu')).toEqual(['Annuity', 'Fixed Annuity']);
  });

  it('ranks title matches above other names, and breaks ties by how many pages mention each', () => {
    expect(titles('surrender')).toEqual(['Surrender Charge', 'Surrender Period']);
    const enrollment = matchNames(rows, 'annual enrollment').hits[0];
    expect(enrollment.title).toBe('Medicare Open Enrollment Period');
    expect(enrollment.alsoCalled).toBe('Annual Enrollment Period');
  });

  it('finds a pitch by the words a reader heard, with or without the apostrophe', () => {
    expect(titles("can't lose money", 1)).toEqual(['You can’t lose money']);
    expect(titles('cant lose', 1)).toEqual(['You can’t lose money']);
    expect(matchNames(rows, 'principal is protected').hits[0].kind).toBe('Sales pitch decoded');
  });

  it('matches every word of a query in any name, in any order', () => {
    expect(titles('medicare advantage medigap', 1)).toEqual(['Medigap vs Medicare Advantage']);
  });
});

const hit = (title: string, aliases = '', mentions = 0): Hit => ({
  url: `/glossary/${title}`,
  title,
  description: '',
  aliases,
  mentions,
  kind: '',
});

describe('ranking full-text results on /search', () => {
  it('puts pages whose names match above pages whose text does', () => {
    const hits = [hit('Fixed Annuity'), hit('Free Look Period'), hit('Annuity')];
    expect(rank(hits, 'annuity').map((h) => h.title)).toEqual([
      'Annuity',
      'Fixed Annuity',
      'Free Look Period',
    ]);
  });
});
