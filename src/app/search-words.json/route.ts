import { getTerms } from '@/lib/content/load';
import { nameWords } from '@/lib/content/search-words';

// Exported as a static file at build time.
export const dynamic = 'force-static';

/** The words of every entry's name, which search uses to correct a misspelt query. */
export function GET() {
  return Response.json(nameWords(getTerms()));
}
