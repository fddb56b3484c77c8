import Link from 'next/link';

export interface Crumb {
  name: string;
  href: string;
}

/** Home › … › current page; the last crumb is the page itself, not a link. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {trail.map((crumb, i) => (
          <li key={crumb.href}>
            {i < trail.length - 1 ? <Link href={crumb.href}>{crumb.name}</Link> : <span aria-current="page">{crumb.name}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
