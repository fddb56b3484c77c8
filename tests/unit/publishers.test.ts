import { describe, expect, it } from 'vitest';
import { publisherOf } from '@/lib/content/publishers';
import type { Publisher } from '@/lib/content/schema/publisher';

const publishers: Publisher[] = [
  { name: 'SEC', kind: 'regulator', hosts: ['sec.gov'] },
  { name: "Insurer's filing on SEC EDGAR", kind: 'industry', hosts: ['sec.gov/Archives/edgar'] },
  { name: 'US Code', kind: 'law', hosts: ['uscode.house.gov'] },
  { name: 'US government', kind: 'regulator', hosts: ['.gov'] },
];
const kindOf = (url: string) => publisherOf(url, publishers)?.kind;

describe('the publisher of a source address', () => {
  it('is the closest host: a named site before its whole domain', () => {
    expect(publisherOf('https://uscode.house.gov/view.xhtml', publishers)?.name).toBe('US Code');
    expect(publisherOf('https://www.house.gov/', publishers)?.name).toBe('US government');
  });

  it('can be one part of a site: an insurer’s filing on the SEC’s site is not the SEC speaking', () => {
    expect(kindOf('https://www.sec.gov/Archives/edgar/data/1/form.htm')).toBe('industry');
    expect(kindOf('https://www.sec.gov/investor/alerts/annuity.pdf')).toBe('regulator');
    // A path that only starts with the same letters is not that part of the site.
    expect(kindOf('https://www.sec.gov/Archives/edgarfoo/x')).toBe('regulator');
  });

  it('is unknown for an address that is not a URL or that no entry covers', () => {
    expect(publisherOf('not a url', publishers)).toBeUndefined();
    expect(publisherOf('https://example.com/', publishers)).toBeUndefined();
  });
});
