/**
 * Hover and focus for term previews. Tapping the info button needs no
 * script (popovertarget); this adds: pointing at or tabbing to a term link
 * opens its definition, which stays open while the pointer is over the link
 * or the preview, and closes on Esc (the browser's popover does that).
 */
let started = false;
let hideTimer: number | undefined;

const popoverFor = (link: Element) => {
  const id = link.getAttribute('data-preview');
  return id ? document.getElementById(id) : null;
};

function open(link: Element) {
  const popover = popoverFor(link);
  if (!popover) return;
  clearTimeout(hideTimer);
  if (!popover.matches(':popover-open')) {
    try {
      // `source` anchors the popover to the link where the browser supports it.
      (popover.showPopover as (options?: { source?: Element }) => void)({ source: link });
    } catch {
      popover.showPopover();
    }
  }
}

function closeSoon(popover: HTMLElement | null) {
  if (!popover) return;
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    if (
      popover.matches(':popover-open') &&
      !popover.matches(':hover') &&
      !popover.contains(document.activeElement)
    )
      popover.hidePopover();
  }, 250);
}

export function enhance(target?: Element) {
  if (!started) {
    started = true;
    document.addEventListener('pointerover', (e) => {
      const link = (e.target as Element).closest?.('[data-preview]');
      if (link && e.pointerType === 'mouse') open(link);
      const popover = (e.target as Element).closest?.('[data-preview-panel]');
      if (popover) clearTimeout(hideTimer);
    });
    document.addEventListener('pointerout', (e) => {
      const from = (e.target as Element).closest?.('[data-preview], [data-preview-panel]');
      if (!from) return;
      closeSoon(from.matches('[data-preview-panel]') ? (from as HTMLElement) : popoverFor(from));
    });
    document.addEventListener('focusin', (e) => {
      const link = (e.target as Element).closest?.('[data-preview]');
      if (link) open(link);
    });
    document.addEventListener('focusout', (e) => {
      const link = (e.target as Element).closest?.('[data-preview]');
      if (link) closeSoon(popoverFor(link));
    });
  }
  if (target) open(target);
}
