import type { Metadata } from 'next';
import Link from 'next/link';
import { P } from '@/components/prose';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { ExplainerList } from '@/components/site/ExplainerList';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { getDocs } from '@/lib/content/store';

const lead =
  'Options that are easy to mix up, side by side: how each works, what it costs, who is paid, and when each one fits.';

export const metadata: Metadata = {
  title: 'Comparisons',
  description: lead,
  alternates: { canonical: '/compare' },
};

export default function ComparisonsPage() {
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Comparisons', href: '/compare' },
        ]}
      />
      <PageTitle>Comparisons</PageTitle>
      <Lead>{lead}</Lead>
      <ExplainerList explainers={getDocs('comparison')} />
      <P>
        For a decision explained step by step, see the <Link href="/guides">guides</Link>.
      </P>
    </>
  );
}
