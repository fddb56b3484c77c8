import Link from 'next/link';
import { topics, topicSlugs, type TopicSlug } from '@/lib/content/topics';

/** The five topics as cards; with `counts`, each says how many entries it has. */
export function TopicGrid({ counts }: { counts?: Partial<Record<TopicSlug, number>> }) {
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2">
      {topicSlugs.map((slug) => (
        <li key={slug} className="rounded-lg border border-rule p-4">
          <Link href={`/topics/${slug}`} className="font-semibold">
            {topics[slug].title}
          </Link>
          <p className="mt-1 text-sm text-muted">{topics[slug].intro}</p>
          {counts ? <p className="mt-1 text-sm text-muted">{counts[slug]} terms</p> : null}
        </li>
      ))}
    </ul>
  );
}
