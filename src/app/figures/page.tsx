import type { Metadata } from 'next';
import Link from 'next/link';
import { H2, P } from '@/components/prose';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { JsonLd } from '@/components/site/JsonLd';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { docPath } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import { figureAnchor, figurePeriod, formatAmount } from '@/lib/content/figures';
import { getFigures, pagesUsing } from '@/lib/content/store';
import { formatDay } from '@/lib/dates';
import { figuresGraph } from '@/lib/structured-data';

const lead =
  'Every amount, rate and time limit this site states, in one place: the year each applies to, its source, the day we last checked it against that source, and when the next value is due.';

export const metadata: Metadata = {
  title: 'Key figures, with their year and source',
  description: lead,
  alternates: { canonical: '/figures' },
};

export default function FiguresPage() {
  const figures = getFigures();
  const programs = [...new Set(figures.map((f) => f.program))];
  return (
    <>
      <JsonLd data={figuresGraph(figures)} />
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Key figures', href: '/figures' },
        ]}
      />
      <PageTitle>Key figures, with their year and source</PageTitle>
      <Lead>{lead}</Lead>
      <P>
        Pages show these figures from this one table, so a new value changes everywhere at once. The
        same data is in the <Link href="/api/glossary.json">open JSON</Link>.
      </P>
      {programs.map((program) => (
        <section
          key={program}
          aria-labelledby={`program-${figureAnchor(program.toLowerCase().replace(/[^a-z0-9]+/g, '-'))}`}
        >
          <H2 id={`program-${program.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}>{program}</H2>
          <dl className="divide-y divide-rule">
            {figures
              .filter((f) => f.program === program)
              .map((figure) => {
                const pages = pagesUsing(figure);
                return (
                  <div
                    key={figure.id}
                    id={figureAnchor(figure.id)}
                    className="scroll-mt-4 py-4 break-inside-avoid target:bg-accent-soft"
                  >
                    <dt className="font-semibold">{figure.label}</dt>
                    <dd className="text-xl">
                      {formatAmount(figure)}{' '}
                      <span className="text-base text-muted">{figurePeriod(figure)}</span>
                    </dd>
                    <dd className="text-sm" data-print-urls>
                      Source: <a href={figure.source.url}>{figure.source.title}</a>,{' '}
                      {figure.source.publisher}
                    </dd>
                    <dd className="text-sm text-muted">
                      Checked <time dateTime={figure.checked}>{formatDay(figure.checked)}</time>.
                      Next value: {figure.nextUpdate}
                    </dd>
                    {pages.length ? (
                      <dd className="text-sm">
                        Used in:{' '}
                        {pages.map((doc, i) => (
                          <span key={docPath(doc.kind, doc.slug)}>
                            {i ? ', ' : null}
                            <Link href={docPath(doc.kind, doc.slug)}>{displayTitle(doc)}</Link>
                          </span>
                        ))}
                      </dd>
                    ) : null}
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </>
  );
}
