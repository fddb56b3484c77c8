import type { Metadata } from 'next';
import Link from 'next/link';
import { H2 } from '@/components/prose';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { ExplainerList } from '@/components/site/ExplainerList';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { getDocs } from '@/lib/content/store';

const lead =
  'Step-by-step explanations of the decisions people face with Medicare, life insurance and annuities: who is involved, who is paid, what to ask and what to watch for.';

export const metadata: Metadata = {
  title: 'Guides',
  description: lead,
  alternates: { canonical: '/guides' },
};

export default function GuidesPage() {
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Guides', href: '/guides' },
        ]}
      />
      <PageTitle>Guides</PageTitle>
      <Lead>{lead}</Lead>
      <ExplainerList explainers={getDocs('guide')} describe="audience" />
      <H2>Comparisons</H2>
      <p>
        Two or three options side by side, such as Medigap and Medicare Advantage:{' '}
        <Link href="/compare">see every comparison</Link>.
      </p>
    </>
  );
}
