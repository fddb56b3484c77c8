import { find, type Hit } from './find';
import { loadNames, matchNames, type NameHit, type NameMatches } from './names';

/**
 * Search as the reader types. The header's search form becomes a combobox
 * listing the pages whose names match (arrows move, Enter opens, Esc closes,
 * the count is announced), answered in memory from the name index on every
 * keypress; its last option searches the full text on /search. On /search the
 * full-text results for the query in the URL are listed. Without this script
 * both are plain GET forms to /search?q=.
 */

let started = false;

// One result in the header's list; the highlighted one is marked by aria-selected.
const option =
  'block cursor-pointer border-b border-rule px-3 py-2 hover:bg-accent-soft aria-selected:bg-accent-soft aria-selected:outline-2 aria-selected:-outline-offset-2 aria-selected:outline-link';

export function enhance(target?: Element) {
  if (!started) {
    started = true;
    void loadNames(); // fetched once, while the reader starts typing
    document.querySelectorAll<HTMLInputElement>('[data-search-input]').forEach(combobox);
    const page = document.querySelector<HTMLElement>('[data-search-page]');
    if (page) searchPage(page);
  }
  if (target instanceof HTMLInputElement && target.value) target.dispatchEvent(new Event('input'));
}

/** A guide or comparison says what it is above its title; entries, the most common result, do not. */
function kindLabel(hit: { kind: string }): HTMLElement[] {
  if (!hit.kind) return [];
  const label = document.createElement('span');
  label.className = 'block text-xs font-semibold tracking-wider text-accent uppercase';
  label.textContent = hit.kind;
  return [label];
}

function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let timer: number | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = window.setTimeout(() => fn(...args), ms);
  };
}

/** "3 results for “x”.", or with `shown` "Showing 10 of 42 results for “x”.", naming a corrected query. */
function summary(count: number, query: string, corrected?: string, shown = count): string {
  if (!query) return '';
  if (!count) return `No results for “${query}”.`;
  const of = shown < count ? `Showing ${shown} of ${count}` : `${count}`;
  const typed = corrected ? ` (you typed “${query}”)` : '';
  return `${of} result${count === 1 ? '' : 's'} for “${corrected ?? query}”${typed}.`;
}

function combobox(input: HTMLInputElement) {
  const form = input.form!;
  const list = document.createElement('ul');
  const status = document.createElement('p');
  list.id = `${input.id}-results`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  list.className =
    'absolute inset-x-0 z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-lg border border-line bg-canvas [box-shadow:0_10px_25px_rgb(0_0_0/0.15)] sm:left-auto sm:w-96';
  list.hidden = true;
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  form.append(list, status);
  Object.entries({
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': list.id,
  }).forEach(([k, v]) => input.setAttribute(k, v));

  let hits: NameHit[] = [];
  let active = -1;
  let latest = 0;
  // Every option's address: the matching pages, then the full-text search.
  let urls: string[] = [];

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  let found: NameMatches = { hits: [] };
  const optionItem = (i: number, url: string, parts: HTMLElement[]) => {
    const li = document.createElement('li');
    li.id = `${list.id}-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.className = option;
    li.append(...parts);
    li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the field
    li.addEventListener('click', () => location.assign(url));
    return li;
  };
  const line = (className: string, text: string) => {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    return span;
  };
  const render = (query: string) => {
    const everything = `/search?q=${encodeURIComponent(query)}`;
    urls = [...hits.map((hit) => hit.url), everything];
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const title = line('block font-semibold text-accent', hit.title);
        title.dataset.resultTitle = '';
        const also = hit.alsoCalled
          ? [line('block text-sm text-muted', `Also called ${hit.alsoCalled}`)]
          : [];
        return optionItem(i, hit.url, [...kindLabel(hit), title, ...also]);
      }),
      optionItem(hits.length, everything, [
        line(
          'block text-sm',
          hits.length
            ? `Search the text of every page for “${query}”`
            : `No page is named “${query}”. Search the text of every page`,
        ),
      ]),
    );
    const open = query.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    highlight(-1);
    status.textContent = summary(found.hits.length, query, found.corrected);
  };

  // No wait for more typing: names are matched in memory, so each keypress is answered at once.
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    const rows = await loadNames();
    if (ticket !== latest) return; // a newer keystroke won
    found = query ? matchNames(rows, query) : { hits: [] };
    hits = found.hits;
    render(query);
    document.dispatchEvent(
      new CustomEvent('search:results', { detail: { query, count: hits.length } }),
    );
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    const query = input.value.trim();
    if (event.key === 'ArrowDown' && query) {
      event.preventDefault();
      if (list.hidden) render(query);
      highlight((active + 1) % urls.length);
    } else if (event.key === 'ArrowUp' && query && !list.hidden) {
      const count = urls.length;
      event.preventDefault();
      highlight(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      location.assign(urls[active]);
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('focus', () => {
    if (input.value.trim()) render(input.value.trim());
  });
}

/** How many full-text results /search shows at first, and adds each time the reader asks for more. */
const pageSize = 10;

function resultItem(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = hit.url;
  a.textContent = hit.title;
  a.className = 'font-semibold';
  const p = document.createElement('p');
  p.textContent = hit.description;
  p.className = 'text-muted';
  li.append(...kindLabel(hit), a, p);
  return li;
}

function searchPage(page: HTMLElement) {
  const input = page.querySelector<HTMLInputElement>('input[name="q"]')!;
  const results = page.querySelector<HTMLElement>('[data-search-output]')!;
  const status = page.querySelector<HTMLElement>('[data-search-status]')!;
  const moreButton = page.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const fallback = page.querySelector<HTMLElement>('[data-search-fallback]');
  if (fallback) fallback.hidden = true;
  let showMore = async () => {};
  moreButton.addEventListener('click', () => void showMore());

  const show = async (query: string) => {
    const found = await find(query, pageSize);
    if (input.value.trim() !== query) return;
    let shown = found.hits.length;
    const update = () => {
      status.textContent =
        summary(found.total, query, found.corrected, shown) +
        (query && !shown ? ' Try another word, or browse the A–Z list.' : '');
      const left = found.total - shown;
      moreButton.hidden = left <= 0;
      moreButton.textContent = `Show ${Math.min(pageSize, left)} more results`;
    };
    results.replaceChildren(...found.hits.map(resultItem));
    update();
    showMore = async () => {
      moreButton.disabled = true;
      const next = await found.more(pageSize);
      moreButton.disabled = false;
      if (input.value.trim() !== query || !next.length) return;
      const items = next.map(resultItem);
      results.append(...items);
      shown += next.length;
      update();
      // The reader asked for these: start them at the first new result, not back at the top.
      items[0].querySelector('a')!.focus();
    };
  };
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  void show(query.trim());
  // Keep the address in step with the field, so the results can be shared or bookmarked.
  input.addEventListener(
    'input',
    debounce(() => {
      const q = input.value.trim();
      history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
      void show(q);
    }, 120),
  );
}
