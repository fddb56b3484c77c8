import { find, type Found, type Hit } from './find';

/**
 * Search as the reader types. The header's search form becomes a combobox
 * with a list of results (arrows move, Enter opens, Esc closes, the count is
 * announced). On /search the results for the query in the URL are listed.
 * Without this script both are plain GET forms to /search?q=.
 */

let started = false;

// One result in the header's list; the highlighted one is marked by aria-selected.
const option =
  'block cursor-pointer border-b border-rule px-3 py-2 hover:bg-accent-soft aria-selected:bg-accent-soft aria-selected:outline-2 aria-selected:-outline-offset-2 aria-selected:outline-link';

export function enhance(target?: Element) {
  if (!started) {
    started = true;
    document.querySelectorAll<HTMLInputElement>('[data-search-input]').forEach(combobox);
    const page = document.querySelector<HTMLElement>('[data-search-page]');
    if (page) searchPage(page);
  }
  if (target instanceof HTMLInputElement && target.value) target.dispatchEvent(new Event('input'));
}

/** A guide or comparison says what it is above its title; entries, the most common result, do not. */
function kindLabel(hit: Hit): HTMLElement[] {
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

function summary({ hits, corrected }: Found, query: string): string {
  if (!query) return '';
  const count = hits.length;
  const shown = corrected ?? query;
  if (!count) return `No results for “${query}”.`;
  return `${count} result${count === 1 ? '' : 's'} for “${shown}”${corrected ? ` (you typed “${query}”)` : ''}.`;
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

  let hits: Hit[] = [];
  let active = -1;
  let latest = 0;

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
  let found: Found = { hits: [] };
  const render = (query: string) => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.url = hit.url;
        li.className = option;
        const kind = kindLabel(hit);
        const title = document.createElement('span');
        title.className = 'block font-semibold text-accent';
        title.dataset.resultTitle = '';
        title.textContent = hit.title;
        const description = document.createElement('span');
        description.className = 'line-clamp-2 text-sm text-muted';
        description.textContent = hit.description;
        li.append(...kind, title, description);
        li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the field
        li.addEventListener('click', () => location.assign(hit.url));
        return li;
      }),
    );
    const open = query.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (open && !hits.length) {
      const li = document.createElement('li');
      li.className = 'block border-b border-rule px-3 py-2';
      li.textContent = 'No matching terms. Press Enter to search all entries.';
      list.append(li);
    }
    highlight(-1);
    status.textContent = summary(found, query);
  };

  const run = debounce(async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    const result = query ? await find(query) : { hits: [] };
    if (ticket !== latest) return; // a newer keystroke won
    found = result;
    hits = result.hits;
    render(query);
    document.dispatchEvent(
      new CustomEvent('search:results', { detail: { query, count: hits.length } }),
    );
  }, 60);

  input.addEventListener('input', run);
  input.addEventListener('keydown', (event) => {
    const count = hits.length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      if (list.hidden) render(input.value.trim());
      highlight((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      highlight(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      location.assign(hits[active].url);
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('focus', () => {
    if (input.value.trim() && hits.length) render(input.value.trim());
  });
}

function searchPage(page: HTMLElement) {
  const input = page.querySelector<HTMLInputElement>('input[name="q"]')!;
  const results = page.querySelector<HTMLElement>('[data-search-output]')!;
  const status = page.querySelector<HTMLElement>('[data-search-status]')!;
  const fallback = page.querySelector<HTMLElement>('[data-search-fallback]');
  if (fallback) fallback.hidden = true;
  const show = async (query: string) => {
    const found = query ? await find(query, 50) : { hits: [] };
    const hits = found.hits;
    if (input.value.trim() !== query) return;
    results.replaceChildren(
      ...hits.map((hit) => {
        const li = document.createElement('li');
        const kind = kindLabel(hit);
        const a = document.createElement('a');
        a.href = hit.url;
        a.textContent = hit.title;
        a.className = 'font-semibold';
        const p = document.createElement('p');
        p.textContent = hit.description;
        p.className = 'text-muted';
        li.append(...kind, a, p);
        return li;
      }),
    );
    status.textContent =
      summary(found, query) +
      (query && !hits.length ? ' Try another word, or browse the A–Z list.' : '');
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
