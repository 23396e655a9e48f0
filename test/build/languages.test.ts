// One list of languages (src/i18n/languages.json) drives the wording map, the entry modules, the
// builds, their Subresource Integrity files, the size check and the package's exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { locales } from '../../src/i18n/locales.js';
import { LANGUAGES, BUNDLES } from '../../scripts/languages.mjs';

const listed = JSON.parse(readFileSync('src/i18n/languages.json', 'utf8'));

/** The languages whose wording an entry module imports as JSON text, in order. */
const wordingImports = (source: string) =>
  [...source.matchAll(/from '\.\.\/i18n\/([a-z]{2,3})\.js\?json-text'/g)].map((m) => m[1]);
/** The languages an entry module installs, in order (the first is the fallback). */
const installs = (source: string) => [...source.matchAll(/fromJsonText\('([a-z]{2,3})', \1\)/g)].map((m) => m[1]);

test('the wording map holds exactly the listed languages, in order, each under its own code', () => {
  assert.deepEqual(Object.keys(locales), listed);
  for (const [code, messages] of Object.entries(locales)) assert.equal(messages.lang, code);
  assert.deepEqual(LANGUAGES, listed);
});

test('each listed language has its entry module, no entry module is for an unlisted one, the bilingual one has all', () => {
  const entries = readdirSync('src/bundles').filter((f) => /^spasm-checker\.[a-z]{2,3}\.ts$/.test(f));
  assert.deepEqual(entries.map((f) => f.split('.')[1]).sort(), [...listed].sort());
  for (const lang of listed) {
    const source = readFileSync(`src/bundles/spasm-checker.${lang}.ts`, 'utf8');
    // Only its own wording: any other language's module would be bundled too.
    assert.deepEqual(
      wordingImports(source),
      [lang],
      `src/bundles/spasm-checker.${lang}.ts imports ${wordingImports(source)}`,
    );
    assert.deepEqual(installs(source), [lang]);
  }
  // The bilingual file: every listed language, the first (the fallback) first.
  const bilingual = readFileSync('src/bundles/spasm-checker.ts', 'utf8');
  assert.deepEqual(wordingImports(bilingual), listed);
  assert.deepEqual(installs(bilingual), listed);
});

test('the build made one file per language with only that wording, each with its .sri', () => {
  assert.deepEqual(BUNDLES, ['dist/spasm-checker.js', ...listed.map((l: string) => `dist/spasm-checker.${l}.js`)]);
  for (const file of BUNDLES) assert.ok(existsSync(`${file}.sri`), `${file}.sri`);
  // The first question's wording of each language tells the files apart.
  const who = Object.fromEntries(listed.map((l: string) => [l, locales[l].questions.who.text]));
  for (const lang of listed) {
    const bundle = readFileSync(`dist/spasm-checker.${lang}.js`, 'utf8');
    for (const other of listed) {
      const text = typeof who[other] === 'string' ? who[other] : who[other].self;
      assert.equal(
        bundle.includes(text),
        other === lang,
        `${lang} file ${other === lang ? 'lacks' : 'has'} ${other}'s wording`,
      );
    }
  }
});

test('the size check covers every one-file build', () => {
  const out = execFileSync('node', ['scripts/size.mjs'], { encoding: 'utf8' });
  for (const file of BUNDLES) assert.match(out, new RegExp(`^${file.replace(/\./g, '\\.')}: `, 'm'));
});

test('the package exports every per-language file through one pattern', () => {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(exports['./spasm-checker.js'], './dist/spasm-checker.js');
  assert.equal(exports['./spasm-checker.*.js'], './dist/spasm-checker.*.js');
});
