/**
 * `npm run check:links`: follows every link, stylesheet, image and #anchor
 * in the exported site, served as `npm start` serves it, and fails on any
 * that is broken. Addresses on other sites are not fetched (CI is offline);
 * the content check already requires them to be https.
 */
import { LinkChecker } from 'linkinator';
import { serveOut } from './lib/serve-out';

const server = await serveOut();
const escaped = server.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
try {
  const result = await new LinkChecker().check({
    path: `${server.url}/`,
    recurse: true,
    checkFragments: true,
    linksToSkip: [`^(?!${escaped})`],
    concurrency: 20,
  });
  const broken = result.links.filter((link) => link.state === 'BROKEN');
  for (const link of broken)
    console.error(
      `${link.status ?? '---'}  ${link.url.replace(server.url, '')}  (linked from ${link.parent?.replace(server.url, '')})`,
    );
  const checked = result.links.filter((link) => link.state === 'OK').length;
  if (broken.length) {
    console.error(`\n${broken.length} broken link${broken.length === 1 ? '' : 's'}.`);
    process.exitCode = 1;
  } else console.log(`Link check: ${checked} links, anchors and assets, 0 broken.`);
} finally {
  server.stop();
}
