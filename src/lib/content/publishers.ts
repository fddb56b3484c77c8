import type { Publisher } from './schema/publisher';

/**
 * The publisher of a source address: the entry of content/publishers.yaml whose host
 * matches most closely ("uscode.house.gov" before ".gov"). `cms.gov` covers www.cms.gov;
 * `.gov` covers every host under it.
 */
export function publisherOf(url: string, publishers: Publisher[]): Publisher | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  let best: { publisher: Publisher; length: number } | undefined;
  for (const publisher of publishers)
    for (const pattern of publisher.hosts) {
      const hit = pattern.startsWith('.')
        ? host.endsWith(pattern)
        : host === pattern || host.endsWith(`.${pattern}`);
      if (hit && (!best || pattern.length > best.length))
        best = { publisher, length: pattern.length };
    }
  return best?.publisher;
}
