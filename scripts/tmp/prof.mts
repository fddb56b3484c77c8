const t0 = performance.now();
const { checkContent } = await import('../../src/lib/content/rules/index.ts');
const { parseMdx } = await import('../../src/lib/content/source/parse.ts');
const { readSources } = await import('../../src/lib/content/source/read.ts');
const { kinds } = await import('../../src/lib/content/collections.ts');
const t1 = performance.now();
console.log('import', (t1-t0).toFixed(0));
let n=0; const tp=performance.now();
for (const k of kinds) for (const s of readSources(k, 'content')) { parseMdx(s.text, s.file); n++; }
console.log('parse', n, (performance.now()-tp).toFixed(0));
const t2 = performance.now();
const r = checkContent();
console.log('check (trees cached)', (performance.now()-t2).toFixed(0), r.problems.length);
