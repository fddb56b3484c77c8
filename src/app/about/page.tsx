import type { Metadata } from 'next';
import Link from 'next/link';
import { H2, P } from '@/components/prose';
import { TrustPage } from '@/components/site/TrustPage';
import { site } from '@/lib/site';

const lead = `${site.name} explains the words of life insurance, annuities, Medicare and insurance sales in plain English, so you can understand an offer before you sign it.`;

export const metadata: Metadata = {
  title: 'About us',
  description: lead,
  alternates: { canonical: '/about' },
};

export default function AboutPage() {
  return (
    <TrustPage title="About us" path="/about" lead={lead}>
      <H2>Why this site exists</H2>
      <P>
        Buying life insurance, an annuity or a Medicare plan often means meeting words you have
        never seen before, from people who are paid to sell. We think you should be able to look up
        any of those words and get a clear, fair answer in a few minutes, on your phone, for free.
      </P>
      <H2>Who writes it</H2>
      <P>
        Entries are written and kept up to date by the {site.name} Editorial Team. We build every
        entry from primary sources: the NAIC and state insurance departments, Medicare.gov and CMS,
        the SEC and Investor.gov, FINRA, the IRS and the Social Security Administration. Each entry
        lists the sources it relies on. Our <Link href="/editorial-policy">editorial policy</Link>{' '}
        explains how we research, check and update entries.
      </P>
      <H2>What we are not</H2>
      <P>
        We do not sell insurance, take applications or pass your details to anyone who does. The
        glossary is general education, not legal, tax or financial advice, and insurance rules vary
        by state. For advice about your own situation, talk to a licensed professional; for help
        with a complaint, your state insurance department is the place to start.{' '}
        <Link href="/how-we-make-money">How we make money</Link> explains how the site is paid for.
      </P>
      <H2>Get in touch</H2>
      <P>
        Spotted a mistake, or a word we should explain? <Link href="/contact">Contact us</Link>.
      </P>
    </TrustPage>
  );
}
