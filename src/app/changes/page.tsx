import type { Metadata } from 'next';
import Link from 'next/link';
import { Li, P, Ul } from '@/components/prose';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { docPath } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import { recentChanges } from '@/lib/content/store';
import { formatDay } from '@/lib/dates';

const lead =
  'What we changed in our pages, and when: corrections, new figures and new facts. Small wording fixes are not listed.';

export const metadata: Metadata = {
  title: 'Recent changes',
  description: lead,
  alternates: { canonical: '/changes' },
};

export default function ChangesPage() {
  const changes = recentChanges();
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Recent changes', href: '/changes' },
        ]}
      />
      <PageTitle>Recent changes</PageTitle>
      <Lead>{lead}</Lead>
      {changes.length ? (
        <Ul>
          {changes.map(({ doc, change }) => (
            <Li key={`${docPath(doc.kind, doc.slug)} ${change.date} ${change.summary}`}>
              <time dateTime={change.date} className="font-semibold">
                {formatDay(change.date)}
              </time>
              , <Link href={`${docPath(doc.kind, doc.slug)}#history`}>{displayTitle(doc)}</Link>:{' '}
              {change.summary}
            </Li>
          ))}
        </Ul>
      ) : (
        <P>No page has changed since it was published.</P>
      )}
      <P>
        Every page lists its own changes under &ldquo;History&rdquo;, and the{' '}
        <Link href="/feed.xml">feed</Link> carries them too. Our{' '}
        <Link href="/editorial-policy">editorial policy</Link> explains when a change is recorded.
      </P>
    </>
  );
}
