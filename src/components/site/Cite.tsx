import {
  citationAnchor,
  citationName,
  sourceAnchor,
  type CitedSource,
} from '@/lib/content/citations';

/**
 * A numbered citation: a superscript link to the source in the page's list, which links
 * back here. Its name says what it is ("Source 3: CMS, ..."); its box is at least
 * 24 px square so a thumb can hit it, without opening up the line.
 */
export function Cite({ n, source }: { n: number; source: CitedSource }) {
  return (
    <sup className="leading-none">
      <a
        id={citationAnchor(n)}
        href={`#${sourceAnchor(source.number)}`}
        aria-label={citationName(source)}
        className="-my-2 inline-block min-h-6 min-w-6 scroll-mt-24 px-0.5 py-1 text-center font-semibold no-underline target:bg-accent-soft"
      >
        {source.number}
      </a>
    </sup>
  );
}
