import type { Metadata } from 'next';
import Link from 'next/link';
import { H2, P } from '@/components/prose';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { JsonLd } from '@/components/site/JsonLd';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { docPath } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import {
  figureAnchor,
  figurePeriod,
  formatAmount,
  isYearly,
  nextValueDue,
  pickValue,
} from '@/lib/content/figures';
import { getFigures, pagesUsing } from '@/lib/content/store';
import { buildDay, formatDay } from '@/lib/dates';
import { figuresGraph } from '@/lib/structured-data';

const lead =
  'Every amount, rate and time limit this site states, in one place: the year each applies to, earlier years side by side, the source of each value, the day we last checked it against that source, and when the next value is due.';

export const metadata: Metadata = {
  title: 'Key figures, with their year and source',
  description: lead,
  alternates: { canonical: '/figures' },
};

export default function FiguresPage() {
  const figures = getFigures();
  const today = buildDay();
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
                const latest = pickValue(figure)!;
                return (
                  <div
                    key={figure.id}
                    id={figureAnchor(figure.id)}
                    className="scroll-mt-4 py-4 break-inside-avoid target:bg-accent-soft"
                  >
                    <dt className="font-semibold">{figure.label}</dt>
                    <dd className="text-xl">
                      {formatAmount(latest)}{' '}
                      <span className="text-base text-muted">{figurePeriod(latest)}</span>
                    </dd>
                    {figure.values.length > 1 ? (
                      <dd>
                        <table className="mt-2 text-sm">
                          <caption className="sr-only">{figure.label}, by year</caption>
                          <thead>
                            <tr>
                              <th scope="col" className="pr-4 text-left">
                                Year
                              </th>
                              <th scope="col" className="pr-4 text-left">
                                Amount
                              </th>
                              <th scope="col" className="text-left">
                                Source
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {figure.values.map((v) => (
                              <tr key={v.year}>
                                <th scope="row" className="pr-4 text-left font-normal">
                                  {v.year}
                                </th>
                                <td className="pr-4">
                                  {formatAmount({ ...v, unit: figure.unit })}
                                </td>
                                <td data-print-urls>
                                  <a href={v.source.url}>{v.source.title}</a>, {v.source.publisher};
                                  checked <time dateTime={v.checked}>{formatDay(v.checked)}</time>
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </dd>
                    ) : (
                      <dd className="text-sm" data-print-urls>
                        Source: <a href={latest.source.url}>{latest.source.title}</a>,{' '}
                        {latest.source.publisher}. Checked{' '}
                        <time dateTime={latest.checked}>{formatDay(latest.checked)}</time>.
                      </dd>
                    )}
                    {isYearly(figure) && !figure.values.some((v) => v.year === latest.year! - 1) ? (
                      <dd className="text-sm">
                        The {latest.year! - 1} value is pending: we have not yet confirmed it on an
                        official page.
                      </dd>
                    ) : null}
                    <dd className="text-sm text-muted">
                      Next value: {figure.nextUpdate}
                      {nextValueDue(figure, today) ? (
                        <> The {latest.year! + 1} value is not in this table yet.</>
                      ) : null}
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
