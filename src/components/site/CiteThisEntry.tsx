import { formatDay } from '@/lib/dates';
import { displayTitle } from '@/lib/content/display';
import type { Term } from '@/lib/content/load';
import { entryPath } from '@/lib/content/routes';
import { absoluteUrl, site } from '@/lib/site';

/** A ready-to-copy citation in APA style: author, date updated, title, site, URL. */
export function CiteThisEntry({ term }: { term: Term }) {
  const author = term.author === 'Editorial Team' ? `${site.name} Editorial Team` : term.author;
  const [year] = term.updated.split('-');
  const monthDay = formatDay(term.updated).replace(/, \d{4}$/, '');
  return (
    <section aria-labelledby="cite" className="cite">
      <h2 id="cite">Cite this entry</h2>
      <p className="citation">
        {author}. ({year}, {monthDay}). <cite>{displayTitle(term)}</cite>. {site.name}. {absoluteUrl(entryPath(term.slug))}
      </p>
    </section>
  );
}
