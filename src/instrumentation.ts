/**
 * Next calls register() once as a server starts. Under `next dev` it starts reading and
 * checking the content at once, without waiting, so the check (about 2.5 s for 190 pages)
 * overlaps Turbopack compiling the first page instead of following it.
 */
export function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'development') return;
  setTimeout(async () => {
    const { warmUp } = await import('./lib/content/store');
    await warmUp();
  }, 0);
}
