/**
 * A plain GET form to /search. The page's small loader turns the header
 * field into search-as-you-type when the reader focuses it.
 */
export function SearchForm({
  id,
  label,
  defaultValue,
  visibleLabel = false,
}: {
  id: string;
  label: string;
  defaultValue?: string;
  visibleLabel?: boolean;
}) {
  return (
    <form role="search" action="/search" method="get" className="search-form" aria-label={label}>
      <label htmlFor={id} className={visibleLabel ? 'search-label' : 'sr-only'}>
        {label}
      </label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder="Search terms, e.g. annuity"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-keyshortcuts="/"
          data-search-input={visibleLabel ? undefined : ''}
        />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
