import { describe, expect, it } from 'vitest';
import { rewritePage } from '../../scripts/lib/postexport';

const exported = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<link rel="modulepreload" fetchPriority="low" href="/js/search.js"/>
<script src="/_next/static/chunks/c.js" async=""></script>
<script type="application/ld+json">{"@type":"DefinedTerm"}</script>
</head><body><div hidden=""><!--$--><!--/$--></div><main><p>Written by <!-- -->Editorial Team</p><div hidden="">Kept</div></main>
<script>self.__next_f.push([1,"payload"])</script></body></html>`;

describe('post-export', () => {
  const page = rewritePage(exported, 'console.log("loader")');

  it('removes the framework scripts and script preloads', () => {
    expect(page).not.toContain('/_next/static/chunks/c.js');
    expect(page).not.toContain('b.js');
    expect(page).not.toContain('__next_f');
    expect(page).not.toContain('<!--$-->');
    expect(page).not.toContain('<!--');
  });

  it('keeps the stylesheet, the structured data, the site’s own preloads and the content', () => {
    expect(page).toContain('/_next/static/chunks/a.css');
    expect(page).toContain('<link rel="modulepreload" fetchPriority="low" href="/js/search.js"/>');
    expect(page).toContain('<script type="application/ld+json">{"@type":"DefinedTerm"}</script>');
    expect(page).toContain(
      '<main><p>Written by Editorial Team</p><div hidden="">Kept</div></main>',
    );
  });

  it('adds the loader as the only other script, at the end of the body', () => {
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).toMatch(/<script>console\.log\("loader"\)<\/script><\/body>/);
  });
});
