/**
 * `npm run new-term -- "Free look period"`: starts a new page from its
 * kind's template, dated today, as a draft. Never overwrites.
 *
 *   --category <topic>   fill in the topic
 *   --kind guide         a guide (npm run new-guide) or --kind comparison (npm run new-comparison)
 */
import fs from 'node:fs';
import path from 'node:path';
import { collections, kinds, type Kind } from '../src/lib/content/collections';
import { slugFor } from '../src/lib/content/slug';
import { topicSlugs } from '../src/lib/content/topics';

const args = process.argv.slice(2);
const flags: Record<string, string | undefined> = {};
const words: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('--')) flags[args[i].slice(2)] = args[++i];
  else words.push(args[i]);
}
const name = words.join(' ').trim();
const kind = (flags.kind ?? 'entry') as Kind;
const category = flags.category;

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!kinds.includes(kind)) stop(`--kind must be one of: ${kinds.join(', ')}`);
const { folder, noun, template } = collections[kind];
if (!name)
  stop(`Give the ${noun}'s name in quotes, for example:\n  npm run new-term -- "Free look period"`);
if (category && !topicSlugs.includes(category as (typeof topicSlugs)[number])) {
  stop(`--category must be one of: ${topicSlugs.join(', ')}`);
}

const slug = slugFor(name);
if (!slug) stop(`"${name}" has no letters or digits to make an address from.`);

const small = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
]);
const title = name
  .split(/\s+/)
  .map((word, i) =>
    i > 0 && small.has(word.toLowerCase())
      ? word.toLowerCase()
      : word.charAt(0).toUpperCase() + word.slice(1),
  )
  .join(' ');

const file = path.join('content', folder, `${slug}.mdx`);
if (fs.existsSync(file))
  stop(`${file} already exists. Edit it instead; new-term never overwrites a page.`);

// The editor's own calendar day, not UTC's.
const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
  .map((n) => String(n).padStart(2, '0'))
  .join('-');

const text = fs
  .readFileSync(template, 'utf8')
  .replaceAll('TITLE', title)
  .replaceAll('TODAY', today)
  .replace(/CATEGORY/, category ?? 'CATEGORY');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, text, { flag: 'wx' });

console.log(`Created ${file} (a draft, dated ${today}).

Next steps:
  1. Open ${file} and replace every TODO${category ? '' : ' and CATEGORY'}. CONTRIBUTING.md explains each part.
  2. Preview it:   npm run dev   then open http://localhost:3000/${folder}/${slug}
  3. Check it:     npm run check:content
  4. When it is ready, change "status: draft" to "status: published" and open a pull request.`);
