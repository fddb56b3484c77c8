/**
 * One value for the whole server process, whichever copy of the content layer asks for it.
 * Under `next dev` the server loads this code more than once (the startup hook, each route's
 * bundle); sharing the caches means a file read, parsed and checked for one is not read,
 * parsed and checked again for another.
 */
export function processWide<T>(name: string, make: () => T): T {
  const shared = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`insurance-glossary.content.${name}`);
  return (shared[key] ??= make());
}
