import Link from 'next/link';
import { Li, Ul } from '@/components/prose';
import { Lead, PageTitle } from '@/components/site/PageTitle';

export default function NotFound() {
  return (
    <>
      <PageTitle>Page not found</PageTitle>
      <Lead>
        We could not find that page. The address may be mistyped, or the page may have moved.
      </Lead>
      <Ul>
        <Li>
          <Link href="/glossary">Browse every term from A to Z</Link>
        </Li>
        <Li>
          <Link href="/">Go to the home page</Link>
        </Li>
      </Ul>
    </>
  );
}
