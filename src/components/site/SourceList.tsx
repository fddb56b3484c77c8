import type { Source } from '@/lib/content/schema';

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <section aria-labelledby="sources" className="sources">
      <h2 id="sources">Sources</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url}>{source.title}</a>
            {source.publisher ? <span>, {source.publisher}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
