import type { Metadata } from 'next';
import Link from 'next/link';
import { H2, P } from '@/components/prose';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { RouteLink } from '@/components/site/HelpBox';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { parseDocPath } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import type { RouteId } from '@/lib/content/schema/help';
import { getDoc, getHelpProblems, getNational, getStates } from '@/lib/content/store';

const lead =
  'Who to call about an annuity, a life insurance policy, a Medicare plan or the person who sold it to you: by problem, and for your state.';

export const metadata: Metadata = {
  title: 'Where to get help',
  description: lead,
  alternates: { canonical: '/help' },
};

export default function HelpPage() {
  const national = getNational();
  const route = (id: RouteId) => national?.routes.find((r) => r.id === id);
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Get help', href: '/help' },
        ]}
      />
      <PageTitle>Where to get help</PageTitle>
      <Lead>{lead}</Lead>
      {getHelpProblems().map((problem) => (
        <section key={problem.id} aria-labelledby={problem.id}>
          <H2 id={problem.id}>{problem.heading}</H2>
          <ul className="flex list-disc flex-col gap-2 pl-6">
            {problem.routes.flatMap((id) => {
              const r = route(id);
              return r ? (
                <li key={id}>
                  <RouteLink route={r} />: {r.for}.
                </li>
              ) : (
                []
              );
            })}
            {problem.stateContact ? (
              <li>
                <Link href="#states">Your state&rsquo;s {problem.stateContact}</Link>, from the list
                of states below.
              </li>
            ) : null}
          </ul>
          <P>
            Read first:{' '}
            {problem.read.flatMap((href, i) => {
              // The content check reports an address that is not a published page, at its line.
              const page = parseDocPath(href);
              const doc = page && getDoc(page.kind, page.slug);
              if (!doc) return [];
              return (
                <span key={href}>
                  {i ? ', ' : null}
                  <Link href={href}>{doc.kind === 'entry' ? displayTitle(doc) : doc.title}</Link>
                </span>
              );
            })}
            .
          </P>
        </section>
      ))}
      {national?.regulators['state-insurance'] ? (
        <section aria-labelledby="after-you-complain">
          <H2 id="after-you-complain">What a complaint can do</H2>
          <P>
            {national.regulators['state-insurance'].can}{' '}
            <a href={national.regulators['state-insurance'].source}>(source)</a> A department works
            within your state&rsquo;s laws; how long a complaint takes is not set in one place, so
            ask when you file.
          </P>
        </section>
      ) : null}
      <section aria-labelledby="states">
        <H2 id="states">Your state</H2>
        <P>
          Each state&rsquo;s insurance department, free Medicare counseling program and securities
          regulator, with the official page each contact comes from.
        </P>
        <ul className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
          {getStates().map((s) => (
            <li key={s.state}>
              <Link href={`/help/${s.state.toLowerCase()}`} className="inline-block py-1">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
