// Prints the size of what every patient downloads and fails when a file is over its budget.
// Usage: node scripts/size.mjs [--budget BYTES] [--file PATH]   (no --file: every one-file build)
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { BUNDLE, BUNDLES } from './languages.mjs';

const arg = (/** @type {string} */ name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

// Limits and aims from the issue tracker (issue 12): the bilingual file carries every language's
// wording, a per-language file one. Safety content comes before bytes.
const LIMIT = { all: 28672, one: 22528 };
const AIM = { all: 24576, one: 20480 };
// What the check fails on until issue 12 brings the files under their limits: no growth past what
// ships today. Rule set 3's words (+2.5 KB) and LitElement (issue 11, +2.7 KB) together put every
// file over its limit, and no byte of it could be cut without cutting words patients were walked
// through; these ceilings are the sizes measured then, rounded up to the next 256 bytes. The
// screen-reader fixes (issue 13: the kind of choice said, hints and errors tied to every option, the
// questions left after a Change) added 346 bytes to English and 338 to Spanish, and the two
// language ceilings were raised once to hold them: words a blind patient must hear come before
// bytes. A language with no ceiling of its own must meet the limit.
/** @type {Record<string, number>} */
const CEILINGS = { [BUNDLE]: 30208, 'dist/spasm-checker.en.js': 23552, 'dist/spasm-checker.es.js': 24320 };

let over = 0;
const only = arg('--file');
for (const file of only ? [only] : BUNDLES) {
  const kind = file === BUNDLE ? 'all' : 'one';
  const budget = Number(arg('--budget') ?? CEILINGS[file] ?? LIMIT[kind]);
  const raw = readFileSync(file);
  const gzip = gzipSync(raw, { level: 9 }).length;
  const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(
    `${file}: ${raw.length} bytes raw, ${gzip} bytes gzip -9, ${brotli} bytes brotli (limit ${LIMIT[kind]}, aim ${AIM[kind]}, fails over ${budget})`,
  );
  if (gzip > LIMIT[kind]) console.log(`  ${gzip - LIMIT[kind]} bytes over the limit of issue 12 (still open)`);
  if (gzip > budget) {
    console.error(`${file} is over its size budget: ${gzip} > ${budget} bytes gzip -9.`);
    over++;
  }
}
process.exit(over ? 1 : 0);
