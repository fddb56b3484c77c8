import type { ReactNode } from 'react';
import { Breadcrumbs } from './Breadcrumbs';

/** The frame of the About, Editorial policy, How we make money and Contact pages. */
export function TrustPage({ title, path, lead, children }: { title: string; path: string; lead: string; children: ReactNode }) {
  return (
    <article className="page">
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: title, href: path },
        ]}
      />
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      <div className="prose-body trust-body">{children}</div>
    </article>
  );
}
