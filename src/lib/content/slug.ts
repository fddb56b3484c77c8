import slugify from '@sindresorhus/slugify';

/**
 * A page address made from a name: letters transliterated (é → e, ø → o,
 * ß → ss), everything else joined by hyphens. "Ünïcødé Tërm" → "unicode-term".
 */
export function slugFor(name: string): string {
  return slugify(name, {
    decamelize: false,
    // slugify spells umlauts the German way (ü → ue); an English glossary drops the dots.
    customReplacements: [
      ['Ä', 'A'],
      ['ä', 'a'],
      ['Ö', 'O'],
      ['ö', 'o'],
      ['Ü', 'U'],
      ['ü', 'u'],
    ],
  });
}
