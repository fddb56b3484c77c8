import { site } from '@/lib/site';

export function Footer() {
  return (
    <footer className="site-footer">
      <p>
        {site.name} explains insurance words for general education. It is not legal, tax or financial advice, and
        insurance rules vary by state: check with your state insurance department before you decide.
      </p>
      <p>Written by the {site.name} Editorial Team.</p>
    </footer>
  );
}
