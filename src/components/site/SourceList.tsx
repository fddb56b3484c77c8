import { citationAnchor, sourceAnchor, type CitedSource } from '@/lib/content/citations';
import { Section } from './Section';

/**
 * The page's sources, numbered as its citations are. Each links back to every place
 * that cites it; an industry source is labelled as one. Print shows the addresses.
 */
export function SourceList({ sources }: { sources: CitedSource[] }) {
  return (
    <Section id="sources">
      <ol className="list-decimal flex flex-col gap-2 pl-6" data-print-urls>
        {sources.map((source) => (
          <li
            key={source.number}
            id={sourceAnchor(source.number)}
            className="scroll-mt-4 target:bg-accent-soft"
          >
            <a href={source.url}>{source.title}</a>
            {source.publisher ? <span>, {source.publisher}</span> : null}
            {source.kind === 'industry' ? (
              <span className="ml-1 text-sm text-muted">
                (industry source: how the trade uses the word, not a rule)
              </span>
            ) : null}
            {source.citedBy.length > 3 ? (
              // Many citations fold into one line a reader can open; the links work without script.
              <details className="ml-1 inline-block text-sm print:hidden">
                <summary className="cursor-pointer">Cited {source.citedBy.length} times</summary>
                <BackLinks source={source} />
              </details>
            ) : source.citedBy.length ? (
              <span className="ml-1 text-sm print:hidden">
                <BackLinks source={source} />
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}

function BackLinks({ source }: { source: CitedSource }) {
  const many = source.citedBy.length > 1;
  return source.citedBy.map((n, i) => (
    <a
      key={n}
      href={`#${citationAnchor(n)}`}
      aria-label={`Back to citation ${i + 1} of ${source.citedBy.length} of source ${source.number}`}
      className="ml-1 inline-block min-h-6 min-w-6 text-center"
    >
      {many ? `↩${i + 1}` : '↩'}
    </a>
  ));
}
