/**
 * `npm run new-term -- "Free look period"`: starts a new entry from
 * content/_template.mdx, dated today, as a draft. Never overwrites.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slugFor } from '../src/lib/content/slug';
import { topicSlugs } from '../src/lib/content/topics';

const args = process.argv.slice(2);
const flag = args.indexOf('--category');
const category = flag >= 0 ? args[flag + 1] : undefined;
const name = (flag >= 0 ? [...args.slice(0, flag), ...args.slice(flag + 2)] : args)
  .join(' ')
  .trim();

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!name)
  stop('Give the term\'s name in quotes, for example:\n  npm run new-term -- "Free look period"');
if (category && !topicSlugs.includes(category as (typeof topicSlugs)[number])) {
  stop(`--category must be one of: ${topicSlugs.join(', ')}`);
}

const slug = slugFor(name);
if (!slug) stop(`"${name}" has no letters or digits to make an address from.`);

const small = new Set(['a', 'an', 'and', 'as', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);
const title = name
  .split(/\s+/)
  .map((word, i) =>
    i > 0 && small.has(word.toLowerCase())
      ? word.toLowerCase()
      : word.charAt(0).toUpperCase() + word.slice(1),
  )
  .join(' ');

const file = path.join('content', 'glossary', `${slug}.mdx`);
if (fs.existsSync(file))
  stop(`${file} already exists. Edit it instead; new-term never overwrites an entry.`);

// The editor's own calendar day, not UTC's.
const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
  .map((n) => String(n).padStart(2, '0'))
  .join('-');

const text = fs
  .readFileSync(path.join('content', '_template.mdx'), 'utf8')
  .replaceAll('TITLE', title)
  .replaceAll('TODAY', today)
  .replace('category: CATEGORY', category ? `category: ${category}` : 'category: CATEGORY');
fs.writeFileSync(file, text, { flag: 'wx' });

console.log(`Created ${file} (a draft, dated ${today}).

Next steps:
  1. Open ${file} and replace every TODO${category ? '' : ' and CATEGORY'}. CONTRIBUTING.md explains each part.
  2. Preview it:   npm run dev   then open http://localhost:3000/glossary/${slug}
  3. Check it:     npm run check:content
  4. When it is ready, change "status: draft" to "status: published" and open a pull request.`);
