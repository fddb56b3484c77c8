import type { Source } from '@/lib/content/schema/fields';
import { Section } from './Section';

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <Section id="sources">
      <ol className="list-decimal flex flex-col gap-2 pl-6" data-print-urls>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url}>{source.title}</a>
            {source.publisher ? <span>, {source.publisher}</span> : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}
