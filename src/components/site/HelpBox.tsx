import Link from 'next/link';
import { internationalPhone } from '@/lib/content/help';
import type { National, RegulatorKind, RouteId } from '@/lib/content/schema/help';
import { Section } from './Section';

/**
 * "Who oversees this, and where to get help", at the end of every content page: the
 * regulators of what the page is about, what each can do for the reader, the way to their
 * state's contacts, and for Medicare the free counseling program and 1-800-MEDICARE. Built
 * from the help directory (content/help/), never typed by hand; printed with the page.
 */
export function HelpBox({
  oversight,
  national,
}: {
  oversight: RegulatorKind[];
  national?: National;
}) {
  const route = (id: RouteId) => national?.routes.find((r) => r.id === id);
  const extra: Partial<Record<RegulatorKind, RouteId[]>> = {
    cms: ['medicare', 'ship-locator'],
    'sec-finra': ['brokercheck', 'finra-complaints'],
  };
  const routes = [...new Set(oversight.flatMap((k) => extra[k] ?? []))].flatMap(
    (id) => route(id) ?? [],
  );
  return (
    <Section id="get-help">
      <div className="rounded-lg border border-line bg-panel p-4" data-print-urls>
        <ul className="flex flex-col gap-3">
          {oversight.map((kind) => {
            const regulator = national?.regulators[kind];
            return (
              <li key={kind} data-regulator={kind}>
                <strong>{regulator?.name ?? regulatorNames[kind]}.</strong>{' '}
                {regulator ? (
                  <>
                    {regulator.can}{' '}
                    <a href={regulator.source} className="text-sm">
                      (source)
                    </a>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
        <p className="mt-3">
          <Link href="/help#states" className="font-semibold">
            Find your state&rsquo;s insurance department, free Medicare counseling and securities
            regulator
          </Link>
          , or see <Link href="/help">where to get help by problem</Link>.
        </p>
        {routes.length ? (
          <ul className="mt-3 flex flex-col gap-2">
            {routes.map((r) => (
              <li key={r.id}>
                <RouteLink route={r} />: {r.for}.
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Section>
  );
}

/** What readers call each kind of regulator when the directory has no sourced description. */
const regulatorNames: Record<RegulatorKind, string> = {
  'state-insurance': 'Your state insurance department',
  'sec-finra': 'The SEC and FINRA',
  cms: 'Medicare (the Centers for Medicare & Medicaid Services)',
  dol: 'The Department of Labor',
  irs: 'The IRS',
};

/** A national route as a link (or its phone number), with both where both are known. */
export function RouteLink({ route }: { route: National['routes'][number] }) {
  return (
    <>
      {route.url ? <a href={route.url.value}>{route.name}</a> : <span>{route.name}</span>}
      {route.phone ? (
        <>
          {' '}
          (<a href={`tel:${internationalPhone(route.phone.value)}`}>{route.phone.value}</a>)
        </>
      ) : null}
    </>
  );
}
