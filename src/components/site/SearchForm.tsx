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
    <form
      role="search"
      action="/search"
      method="get"
      className="relative w-full sm:w-auto"
      aria-label={label}
    >
      <label htmlFor={id} className={visibleLabel ? 'mt-4 mb-1 block font-semibold' : 'sr-only'}>
        {label}
      </label>
      <div className="flex gap-2">
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
          className="min-h-10 w-full min-w-0 rounded border border-faint bg-canvas px-3 text-base text-ink"
        />
        <button
          type="submit"
          className="min-h-10 cursor-pointer rounded bg-button px-4 font-semibold text-button-ink"
        >
          Search
        </button>
      </div>
    </form>
  );
}
