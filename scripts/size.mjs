// Prints the size of what every patient downloads and fails when it is over the budget.
// Usage: node scripts/size.mjs [--budget BYTES] [--file PATH]
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const file = arg('--file', 'dist/spasm-checker.js');
// Budgets set in the issue tracker: the bilingual file, and each one-language file.
const BUDGET_ALL_LANGUAGES = 28672;
const BUDGET_ONE_LANGUAGE = 22528;
const oneLanguage = /\.[a-z]{2,3}\.js$/.test(file) && !file.endsWith('/spasm-checker.js');
const budget = Number(arg('--budget', oneLanguage ? BUDGET_ONE_LANGUAGE : BUDGET_ALL_LANGUAGES));

const raw = readFileSync(file);
const gzip = gzipSync(raw, { level: 9 }).length;
const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${file}: ${raw.length} bytes raw, ${gzip} bytes gzip -9, ${brotli} bytes brotli (budget ${budget} gzip)`);
if (gzip > budget) {
  console.error(`${file} is over its size budget: ${gzip} > ${budget} bytes gzip -9.`);
  process.exit(1);
}
