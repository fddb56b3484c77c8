import Link from 'next/link';
import { site } from '@/lib/site';

const links = [
  ['/about', 'About us'],
  ['/editorial-policy', 'Editorial policy'],
  ['/how-we-make-money', 'How we make money'],
  ['/contact', 'Contact and corrections'],
  ['/feed.xml', 'Feed of updates'],
];

export function Footer() {
  return (
    <footer className="mx-auto mt-12 max-w-page flex flex-col gap-3 border-t border-rule px-4 py-8 text-sm text-muted print:hidden">
      <nav aria-label="About this site" className="mb-4">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {links.map(([href, name]) => (
            <li key={href}>
              <Link href={href}>{name}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        {site.name} explains insurance words for general education. It is not legal, tax or
        financial advice, and insurance rules vary by state: check with your state insurance
        department before you decide.
      </p>
      <p>Written by the {site.name} Editorial Team. No ads, no sponsors, no sales.</p>
    </footer>
  );
}
