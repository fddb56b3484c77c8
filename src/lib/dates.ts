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
