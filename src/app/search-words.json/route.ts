import { nameWords } from '@/lib/content/search-words';
import { getEntries } from '@/lib/content/store';

// Exported as a static file at build time.
export const dynamic = 'force-static';

/** The words of every entry's name, which search uses to correct a misspelt query. */
export function GET() {
  return Response.json(nameWords(getEntries()));
}
