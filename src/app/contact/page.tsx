import type { Metadata } from 'next';
import Link from 'next/link';
import { H2, P, Ul, Li } from '@/components/prose';
import { TrustPage } from '@/components/site/TrustPage';
import { site } from '@/lib/site';

const lead = 'Tell us about a mistake, an out-of-date figure or a word we should explain.';

export const metadata: Metadata = {
  title: 'Contact and corrections',
  description: lead,
  alternates: { canonical: '/contact' },
};

export default function ContactPage() {
  return (
    <TrustPage title="Contact and corrections" path="/contact" lead={lead}>
      <H2 id="report-a-problem">Report a problem</H2>
      <P>
        Please tell us which entry you mean (its address, like /glossary/annuity), what you think is
        wrong and, if you can, a source such as a regulator&apos;s page that shows the right fact.
      </P>
      {site.contactEmail || site.repository ? (
        <Ul>
          {site.contactEmail ? (
            <Li>
              By email: <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>
            </Li>
          ) : null}
          {site.repository ? (
            <Li>
              On our public issue tracker:{' '}
              <a href={`${site.repository}/issues/new`}>report a problem</a>
            </Li>
          ) : null}
        </Ul>
      ) : null}
      <P>
        We cannot give advice about your own policy or plan. For that, or to complain about an
        insurer or agent, contact your state insurance department. For Medicare questions, call
        1-800-MEDICARE or your local State Health Insurance Assistance Program (SHIP), which gives
        free, unbiased counseling.
      </P>
      <H2 id="suggest-an-edit">Suggest an edit</H2>
      <P>
        Every entry is a text file in the site&apos;s source, at content/glossary/ followed by the
        entry&apos;s name and .mdx.{' '}
        {site.repository ? (
          <>
            Each entry&apos;s &ldquo;Suggest an edit&rdquo; link opens that file in our{' '}
            <a href={site.repository}>public repository</a>, where you can propose a change.
          </>
        ) : (
          'Send us the change you suggest as a problem report, and we will make it.'
        )}{' '}
        Our <Link href="/editorial-policy">editorial policy</Link> explains what we need for a
        change: every fact must come from a primary source.
      </P>
    </TrustPage>
  );
}
