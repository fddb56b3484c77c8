import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p className="lead">We could not find that page. The address may be mistyped, or the page may have moved.</p>
      <ul>
        <li>
          <Link href="/glossary">Browse every term from A to Z</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </div>
  );
}
