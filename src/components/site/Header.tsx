import Link from 'next/link';
import { site } from '@/lib/site';
import { SearchForm } from './SearchForm';

const navigation = [
  ['/glossary', 'Glossary A–Z'],
  ['/topics', 'Topics'],
  ['/guides', 'Guides'],
  ['/compare', 'Comparisons'],
];

export function Header() {
  return (
    <header className="border-b border-rule print:hidden">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-ink no-underline">
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
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
