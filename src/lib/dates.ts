/**
 * Dates are plain calendar days (YYYY-MM-DD). They are formatted in UTC so a
 * day never shifts, whatever the time zone of the machine that builds.
 */
export function formatDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

/** A day as its month: "December 2026". */
export function formatMonth(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
  });
}

/**
 * The day the site is built, YYYY-MM-DD: what "until we add them" notices are dated by.
 * SITE_TODAY sets it, so tests can build the site as of any day.
 */
export function buildDay(): string {
  return process.env.SITE_TODAY ?? new Date().toISOString().slice(0, 10);
}
