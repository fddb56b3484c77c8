import { nameIndex } from '@/lib/content/search-names';
import { getAllDocs, linksTo } from '@/lib/content/store';

// Exported as a static file at build time.
export const dynamic = 'force-static';

/** Every page's names, which the header search matches as the reader types. */
export function GET() {
  return Response.json(nameIndex(getAllDocs(), (doc) => linksTo(doc).length));
}
