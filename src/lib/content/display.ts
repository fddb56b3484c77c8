/** "Independent Marketing Organization (IMO)": the title as the h1 and lists show it. */
export function displayTitle(entry: { title: string; abbreviation?: string }): string {
  return entry.abbreviation && !entry.title.includes(`(${entry.abbreviation})`)
    ? `${entry.title} (${entry.abbreviation})`
    : entry.title;
}
