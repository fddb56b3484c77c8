import type { Metadata } from 'next';
import Link from 'next/link';
import { preload } from 'react-dom';
import { PageTitle } from '@/components/site/PageTitle';
import { SearchForm } from '@/components/site/SearchForm';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every insurance, annuity and Medicare term in the glossary.',
  alternates: { canonical: '/search' },
  // Result pages depend on the query; there is nothing here for a search engine to index.
  robots: { index: false, follow: true },
};

export default function SearchPage() {
  // This page searches on arrival, so its script, Pagefind's and the name index are asked for with
  // the page rather than one after another. Low priority: the stylesheet still comes first. As
  // "script" with CORS, which is how a module is fetched (React's preloadModule sets no priority).
  for (const href of ['/js/search.js', '/pagefind/pagefind.js'])
    preload(href, { as: 'script', crossOrigin: 'anonymous', fetchPriority: 'low' });
  preload('/search-names.json', { as: 'fetch', crossOrigin: 'anonymous', fetchPriority: 'low' });
  return (
    <div data-search-page>
      <PageTitle>Search the glossary</PageTitle>
      <SearchForm id="search-page-q" label="Search for a term" visibleLabel />
      <p data-search-fallback className="mt-3">
        Results appear here as you type. If they do not, your browser may have JavaScript turned
        off: every term is listed on the <Link href="/glossary">A–Z page</Link>.
      </p>
      {/* One line is kept for the count, and room for the results, so nothing on screen moves when they arrive. */}
      <p role="status" className="mt-4 min-h-[1.6em] font-semibold" data-search-status />
      <ul className="mt-4 min-h-[75vh] flex flex-col gap-4" data-search-output />
      <button
        type="button"
        hidden
        className="mt-6 min-h-10 cursor-pointer rounded bg-button px-4 font-semibold text-button-ink disabled:cursor-wait disabled:opacity-70"
        data-search-more
      />
    </div>
  );
}
