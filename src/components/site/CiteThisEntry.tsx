import { docPath, type Entry } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import { formatDay } from '@/lib/dates';
import { absoluteUrl, site } from '@/lib/site';
import { Section } from './Section';

/** A ready-to-copy citation in APA style: author, date updated, title, site, URL. */
export function CiteThisEntry({ entry }: { entry: Entry }) {
  const author = entry.author === 'Editorial Team' ? `${site.name} Editorial Team` : entry.author;
  const [year] = entry.updated.split('-');
  const monthDay = formatDay(entry.updated).replace(/, \d{4}$/, '');
  return (
    <Section id="cite">
      <p className="rounded border border-line bg-panel p-3 text-sm wrap-anywhere">
        {author}. ({year}, {monthDay}). <cite>{displayTitle(entry)}</cite>. {site.name}.{' '}
        {absoluteUrl(docPath('entry', entry.slug))}
      </p>
    </Section>
  );
}
