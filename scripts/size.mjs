// Prints the size of what every patient downloads and fails when it is over the budget.
// Usage: node scripts/size.mjs [--budget BYTES] [--file PATH]
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const file = arg('--file', 'dist/spasm-checker.js');
// Limits and aims from the issue tracker (issue 12): the bilingual file carries both languages'
// wording, a per-language file (.en.js, .es.js) one. Safety content comes before bytes.
const perLanguage = /\.[a-z]{2}\.js$/.test(file);
const limit = perLanguage ? 22528 : 28672;
const aim = perLanguage ? 20480 : 24576;
// What the check fails on until issue 12 brings the files under their limits: no growth past what
// ships today. Rule set 3's words (+2.5 KB) and LitElement (issue 11, +2.7 KB) together put every
// file over its limit, and no byte of it could be cut without cutting words patients were walked
// through; these ceilings are the sizes measured then, rounded up to the next 256 bytes.
const CEILINGS = { en: 23040, es: 24064, both: 30208 };
const ceiling = CEILINGS[file.match(/\.([a-z]{2})\.js$/)?.[1] ?? 'both'] ?? CEILINGS.both;
const budget = Number(arg('--budget', ceiling));

const raw = readFileSync(file);
const gzip = gzipSync(raw, { level: 9 }).length;
const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${file}: ${raw.length} bytes raw, ${gzip} bytes gzip -9, ${brotli} bytes brotli (limit ${limit}, aim ${aim}, fails over ${budget})`);
if (gzip > limit) console.log(`  ${gzip - limit} bytes over the limit of issue 12 (still open)`);
if (gzip > budget) {
  console.error(`${file} is over its size budget: ${gzip} > ${budget} bytes gzip -9.`);
  process.exit(1);
}
