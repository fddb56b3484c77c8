import Link from 'next/link';
import { site } from '@/lib/site';
import { SearchForm } from './SearchForm';

export function Header() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="site-name">
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link href="/glossary">Glossary A–Z</Link>
            </li>
            <li>
              <Link href="/topics">Topics</Link>
            </li>
          </ul>
        </nav>
        <SearchForm id="site-search" label="Search the glossary" />
      </div>
    </header>
  );
}
