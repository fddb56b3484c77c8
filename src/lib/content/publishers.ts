import type { Publisher } from './schema/publisher';

/**
 * The publisher of a source address: the entry of content/publishers.yaml whose host
 * matches most closely ("uscode.house.gov" before ".gov"). `cms.gov` covers www.cms.gov;
 * `.gov` covers every host under it; `sec.gov/Archives/edgar` covers only that part of a
 * site (insurers' filings on the SEC's site are not the SEC speaking).
 */
export function publisherOf(url: string, publishers: Publisher[]): Publisher | undefined {
  let host: string;
  let pathname: string;
  try {
    ({ hostname: host, pathname } = new URL(url));
    host = host.toLowerCase();
  } catch {
    return undefined;
  }
  let best: { publisher: Publisher; length: number } | undefined;
  for (const publisher of publishers)
    for (const pattern of publisher.hosts) {
      const slash = pattern.indexOf('/');
      const domain = slash < 0 ? pattern : pattern.slice(0, slash);
      const under = slash < 0 ? '' : pattern.slice(slash);
      const hit =
        (domain.startsWith('.')
          ? host.endsWith(domain)
          : host === domain || host.endsWith(`.${domain}`)) &&
        (pathname === under ||
          pathname.startsWith(under.endsWith('/') ? under : `${under}/`) ||
          !under);
      if (hit && (!best || pattern.length > best.length))
        best = { publisher, length: pattern.length };
    }
  return best?.publisher;
}
