import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { H2, P } from '@/components/prose';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { RouteLink } from '@/components/site/HelpBox';
import { JsonLd } from '@/components/site/JsonLd';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { internationalPhone } from '@/lib/content/help';
import type { RouteId, SourcedValue } from '@/lib/content/schema/help';
import { getNational, getState, getStates } from '@/lib/content/store';
import { formatDay } from '@/lib/dates';
import { stateGraph } from '@/lib/structured-data';

export const dynamicParams = false;

type Props = { params: Promise<{ state: string }> };

export function generateStaticParams() {
  return getStates().map((s) => ({ state: s.state.toLowerCase() }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = getState((await params).state);
  if (!state) return {};
  return {
    title: `Insurance and Medicare help in ${state.name}`,
    description: `Who oversees insurance, annuities and Medicare plans in ${state.name}, where to complain and who helps for free, each with its official source.`,
    alternates: { canonical: `/help/${state.state.toLowerCase()}` },
  };
}

/** One group of a state's contacts; a missing value sends the reader to the national locator. */
const groups: {
  key: 'insurance' | 'ship' | 'securities';
  heading: string;
  fallback: RouteId;
  fields: { key: string; label: string; kind: 'text' | 'link' | 'phone' }[];
}[] = [
  {
    key: 'insurance',
    heading: 'Insurance department',
    fallback: 'naic-departments',
    fields: [
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'website', label: 'Website', kind: 'link' },
      { key: 'complaints', label: 'File a complaint', kind: 'link' },
      { key: 'phone', label: 'Consumer help line', kind: 'phone' },
    ],
  },
  {
    key: 'ship',
    heading: 'Free Medicare counseling (SHIP)',
    fallback: 'ship-locator',
    fields: [
      { key: 'name', label: 'Program', kind: 'text' },
      { key: 'phone', label: 'Phone', kind: 'phone' },
      { key: 'website', label: 'Website', kind: 'link' },
    ],
  },
  {
    key: 'securities',
    heading: 'Securities regulator',
    fallback: 'nasaa-regulators',
    fields: [
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'website', label: 'Website', kind: 'link' },
      { key: 'complaints', label: 'File a complaint', kind: 'link' },
    ],
  },
];

export default async function StateHelpPage({ params }: Props) {
  const state = getState((await params).state);
  if (!state) notFound();
  const national = getNational();
  // What each office does, in the directory's sourced words, not typed here.
  const what: Record<'insurance' | 'ship' | 'securities', string | undefined> = {
    insurance: national?.regulators['state-insurance']?.can,
    ship: national?.routes.find((r) => r.id === 'ship-locator')?.for,
    securities: undefined,
  };
  return (
    <>
      <JsonLd data={stateGraph(state)} />
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Get help', href: '/help' },
          { name: state.name, href: `/help/${state.state.toLowerCase()}` },
        ]}
      />
      <PageTitle>Help in {state.name}</PageTitle>
      <Lead>
        Who to contact in {state.name} about insurance, annuities and Medicare. Each contact links
        to the official page we read it on, with the day we checked it.
      </Lead>
      {groups.map((group) => {
        const values = (state[group.key] ?? {}) as Record<string, SourcedValue | undefined>;
        const found = group.fields.filter((f) => values[f.key]);
        const fallback = national?.routes.find((r) => r.id === group.fallback);
        return (
          <section key={group.key} aria-labelledby={group.key}>
            <H2 id={group.key}>{group.heading}</H2>
            {what[group.key] ? <P>{what[group.key]!.replace(/\.?$/, '.')}</P> : null}
            {found.length ? (
              <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]" data-print-urls>
                {found.map((f) => (
                  <Contact key={f.key} label={f.label} kind={f.kind} value={values[f.key]!} />
                ))}
              </dl>
            ) : null}
            {found.length < group.fields.length && fallback ? (
              <P>
                {found.length
                  ? 'For what is not listed here, use'
                  : 'We could not yet confirm these contacts on an official page. Use'}{' '}
                <RouteLink route={fallback} />.
              </P>
            ) : null}
          </section>
        );
      })}
      <P>
        <Link href="/help">Where to get help, by problem</Link>
      </P>
    </>
  );
}

function Contact({
  label,
  kind,
  value,
}: {
  label: string;
  kind: 'text' | 'link' | 'phone';
  value: SourcedValue;
}) {
  return (
    <div className="sm:contents">
      <dt className="font-semibold">{label}</dt>
      <dd>
        {kind === 'link' ? (
          <a href={value.value}>
            {value.value.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}
          </a>
        ) : kind === 'phone' ? (
          <a href={`tel:${internationalPhone(value.value)}`}>{value.value}</a>
        ) : (
          value.value
        )}
        <span className="block text-sm text-muted">
          Source: <a href={value.source}>{new URL(value.source).hostname}</a>, checked{' '}
          <time dateTime={value.checked}>{formatDay(value.checked)}</time>
        </span>
      </dd>
    </div>
  );
}
