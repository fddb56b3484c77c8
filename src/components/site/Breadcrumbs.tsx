import Link from 'next/link';

export interface Crumb {
  name: string;
  href: string;
}

/** Home › … › current page; the last crumb is the page itself, not a link. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="print:hidden">
      <ol className="mb-4 flex flex-wrap gap-x-2 text-sm text-muted">
        {trail.map((crumb, i) => (
          <li key={crumb.href}>
            {i > 0 ? (
              <span aria-hidden="true" className="mr-2 text-faint">
                ›
              </span>
            ) : null}
            {i < trail.length - 1 ? (
              <Link href={crumb.href}>{crumb.name}</Link>
            ) : (
              <span aria-current="page">{crumb.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
