import type { ReactNode } from 'react';
import { Breadcrumbs } from './Breadcrumbs';
import { Lead, PageTitle } from './PageTitle';

/** The frame of the About, Editorial policy, How we make money and Contact pages; their text uses the prose elements. */
export function TrustPage({
  title,
  path,
  lead,
  children,
}: {
  title: string;
  path: string;
  lead: string;
  children: ReactNode;
}) {
  return (
    <article>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: title, href: path },
        ]}
      />
      <PageTitle>{title}</PageTitle>
      <Lead>{lead}</Lead>
      <div className="mt-6 text-lg/prose">{children}</div>
    </article>
  );
}
