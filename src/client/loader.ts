/**
 * The only script in a page, inlined by the post-export step (a few hundred
 * bytes). It fetches nothing until the reader reaches for search or a term
 * preview, then loads just that enhancement from /js/.
 */
type Enhancement = { enhance: (target?: Element) => void };

const modules: Record<string, Promise<Enhancement>> = {};
const load = (name: string, target?: Element) =>
  (modules[name] ??= import(/* @vite-ignore */ `/js/${name}.js`)).then((m) => m.enhance(target));

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

document.addEventListener('focusin', (event) => {
  const el = event.target as Element;
  if (el.matches('[data-search-input]')) load('search', el);
  else if (el.matches('[data-preview]')) load('preview', el);
});
document.addEventListener('pointerover', (event) => {
  const link = (event.target as Element).closest?.('[data-preview]');
  if (link && event.pointerType === 'mouse') load('preview', link);
});
document.addEventListener('keydown', (event) => {
  if (
    event.key === '/' &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !isTyping(event.target)
  ) {
    const input = document.querySelector<HTMLInputElement>('[data-search-input]');
    if (input) {
      event.preventDefault();
      input.focus();
    }
  }
});
// The search page searches on arrival: the query is in its URL.
if (document.querySelector('[data-search-page]')) load('search');
