import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '@/components/site/SearchForm';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every insurance, annuity and Medicare term in the glossary.',
  alternates: { canonical: '/search' },
  // Result pages depend on the query; there is nothing here for a search engine to index.
  robots: { index: false, follow: true },
};

export default function SearchPage() {
  return (
    <div className="page" data-search-page>
      <h1>Search the glossary</h1>
      <SearchForm id="search-page-q" label="Search for a term" visibleLabel />
      <p data-search-fallback>
        Results appear here as you type. If they do not, your browser may have JavaScript turned off: every term is listed on the{' '}
        <Link href="/glossary">A–Z page</Link>.
      </p>
      <p role="status" className="search-status" data-search-status />
      <ul className="term-list search-page-results" data-search-output />
    </div>
  );
}
