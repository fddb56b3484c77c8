import type { Metadata } from 'next';
import Link from 'next/link';
import { P } from '@/components/prose';
import { TrustPage } from '@/components/site/TrustPage';
import { site } from '@/lib/site';

const lead = `A plain disclosure of how ${site.name} is paid for.`;

export const metadata: Metadata = {
  title: 'How we make money',
  description: lead,
  alternates: { canonical: '/how-we-make-money' },
};

export default function HowWeMakeMoneyPage() {
  return (
    <TrustPage title="How we make money" path="/how-we-make-money" lead={lead}>
      <P>
        {site.name} shows no advertising, has no affiliate links, sells no leads and collects no
        personal details. No insurer, agent, marketing organization or other company pays us to
        write, place or rank an entry, and no entry is sponsored.
      </P>
      <P>
        The site is free to read and costs little to run: it is a set of static pages that load no
        tracking or advertising code.
      </P>
      <P>
        If this ever changes, for example if we add advertising, we will say so on this page before
        it happens, label any paid content clearly and keep paid relationships away from what our
        entries say. Our <Link href="/editorial-policy">editorial policy</Link> applies either way.
      </P>
    </TrustPage>
  );
}
