// Each one-file build ships every language's wording as one string of JSON, parsed on first use
// (issue 12: a browser scans a string far faster than it compiles an object literal), made at build
// time from the typed source in src/i18n/ by scripts/wording-as-json.ts. Runs after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { locales } from '../../src/i18n/locales.js';
import { BUNDLE, LANGUAGES, bundleFile } from '../../scripts/languages.mjs';
import { JSON_TEXT, jsonTextModule } from '../../scripts/wording-as-json.js';

/** Every JS string literal in `code` that holds a JSON object with a "lang", as its value. */
function wordingTexts(code: string): unknown[] {
  const literals = code.match(/(["'`])\{\\?"lang\\?":(?:(?!\1)[^\\]|\\.)*\1/g) ?? [];
  // The literal is the minifier's own output: evaluate it as a string, nothing else.
  return literals.map((literal) => JSON.parse(runInNewContext(literal) as string));
}

/** Each one-file build and the languages it carries. */
const builds: [string, string[]][] = [
  [BUNDLE, LANGUAGES],
  ...LANGUAGES.map((l): [string, string[]] => [bundleFile(l), [l]]),
];

for (const [file, languages] of builds) {
  test(`${file} ships ${languages.join(' and ')} as JSON text equal to src/i18n/, and no object literal of it`, () => {
    const bundle = readFileSync(file, 'utf8');
    assert.deepEqual(
      wordingTexts(bundle),
      languages.map((lang) => locales[lang]),
    );
    // What the build shipped before: the wording as an object literal the engine compiles at load.
    assert.doesNotMatch(bundle, /\{lang:["'`][a-z]{2,3}["'`],ui:\{/);
    assert.doesNotMatch(bundle, /\bui:\{title:/);
    assert.match(bundle, /JSON\.parse\(/);
  });
}

test('the plugin gives a module’s default export as JSON text, and only for ids that ask for it', async () => {
  const made = await jsonTextModule(`${process.cwd()}/src/i18n/en.ts${JSON_TEXT}`);
  assert.ok(made);
  const text = runInNewContext(made.code.replace(/^export default /, '')) as string;
  assert.deepEqual(JSON.parse(text), locales.en);
  assert.ok(made.dependencies.some((f) => f.endsWith('/src/i18n/en.ts')));
  assert.equal(await jsonTextModule(`${process.cwd()}/src/i18n/en.ts`), null);
});

test('the plugin refuses wording that JSON would change, and a module with no default export', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wording-as-json-'));
  writeFileSync(join(dir, 'lossy.ts'), "export default { lang: 'xx', hint: undefined };\n");
  writeFileSync(join(dir, 'named.ts'), "export const xx = { lang: 'xx' };\n");
  await assert.rejects(jsonTextModule(join(dir, `lossy.ts${JSON_TEXT}`)), /does not survive JSON/);
  await assert.rejects(jsonTextModule(join(dir, `named.ts${JSON_TEXT}`)), /no default export/);
});
