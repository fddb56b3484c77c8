/**
 * Hosts whose pages count as primary sources: regulators, official program
 * sites and the texts of laws. A `.gov` host covers federal agencies
 * (Medicare.gov, CMS, SEC, Investor.gov, IRS, SSA, eCFR) and state insurance
 * departments; NAIC and FINRA are the standard-setters that are not `.gov`.
 */
const primaryHosts = ['naic.org', 'finra.org'];

export function isPrimarySource(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host.endsWith('.gov') || primaryHosts.some((h) => host === h || host.endsWith(`.${h}`));
}
