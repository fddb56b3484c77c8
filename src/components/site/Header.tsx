import Link from 'next/link';
import { collections, type Kind } from '@/lib/content/collections';
import { site } from '@/lib/site';
import { SearchForm } from './SearchForm';

/** The site's header: its name, the sections (every kind with pages, the topics, help) and search. */
export function Header({ kinds }: { kinds: Kind[] }) {
  // Short words, so the links fit two rows on a 360 px phone.
  const navigation = [
    [collections.entry.index, collections.entry.nav],
    ['/topics', 'Topics'],
    ...kinds
      .filter((kind) => kind !== 'entry')
      .map((kind) => [collections[kind].index, collections[kind].nav]),
    ['/help', 'Get help'],
  ];
  return (
    <header className="border-b border-rule print:hidden">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-ink no-underline">
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-0">
            {navigation.map(([href, name]) => (
              <li key={href}>
                <Link
                  href={href}
                  className="inline-block py-2 font-medium no-underline hover:underline"
                >
                  {name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm id="site-search" label="Search the glossary" />
      </div>
    </header>
  );
}
