/**
 * The HTTP headers the site is served with: one source for the static
 * host's headers file (out/_headers) and the local server (serve.json).
 * The CSP allows exactly what the pages use: files from this origin, the one
 * inline loader by its hash, and WebAssembly for the search index.
 */
export interface HeaderRule {
  /** A path pattern; `*` matches anything. */
  path: string;
  headers: Record<string, string>;
}

export function contentSecurityPolicy(inlineScriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes.map((h) => `'${h}'`).join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function headerRules(inlineScriptHashes: string[]): HeaderRule[] {
  return [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(inlineScriptHashes),
        'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
        'X-Frame-Options': 'DENY',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    },
    // File names under /_next/static change whenever their content does.
    {
      path: '/_next/static/*',
      headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
    },
    // So are Pagefind's index chunks and result details: a second search fetches only what is new.
    ...['/pagefind/index/*', '/pagefind/fragment/*'].map((path) => ({
      path,
      headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
    })),
    // Pagefind's scripts, entry file, metadata and WebAssembly: fresh for a minute, so its worker takes
    // the copies /search preloaded from the browser's cache (search-index.ts) instead of asking again;
    // short, because most keep their names from build to build. No pattern overlaps another here:
    // static hosts join the values of a header that two matching rules both set.
    ...[
      '/pagefind/pagefind.*',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      '/pagefind/wasm.*',
    ].map((path) => ({ path, headers: { 'Cache-Control': 'public, max-age=60' } })),
  ];
}

/** The `_headers` file format read by Netlify, Cloudflare Pages and others. */
export function headersFile(rules: HeaderRule[]): string {
  return (
    rules
      .map((rule) =>
        [rule.path, ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'),
      )
      .join('\n\n') + '\n'
  );
}

/** The configuration of `serve`, which `npm start` and the tests use. */
export function serveConfig(rules: HeaderRule[]) {
  return {
    cleanUrls: true,
    // No trailing-slash redirect: serve's drops the query string, and /search/?q= must keep it.
    // Pages carry canonical links, so /glossary/ and /glossary are one page to search engines.
    directoryListing: false,
    headers: rules.map((rule) => ({
      // serve matches with minimatch, where `**` inside a name matches like `*`: /pagefind/wasm.* → pagefind/wasm.**
      source: rule.path === '/*' ? '**' : rule.path.replace(/^\//, '').replace(/\*|$/, '**'),
      headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
    })),
  };
}
