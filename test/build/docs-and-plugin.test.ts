// The docs' one snippet and the WordPress plugin zip, as a webmaster gets them. Runs after
// `npm run build`; the browser half (the snippet on a page, layout shift, heights) is
// test/embed/docs-snippet.test.ts, and the plugin on a real WordPress is `npm run test:wordpress`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { version } from '../../src/version.js';
import { docSnippet, snippetAfter } from '../../scripts/doc-snippets.mjs';
import { integrity } from '../../scripts/sri.mjs';
import { PLACEHOLDER, zipName } from '../../scripts/wordpress-zip.mjs';

const read = (path: string) => readFileSync(path, 'utf8');
const installDoc = read('docs/install.md');
const readme = read('README.md');

test('the README and the install guide show one and the same snippet', () => {
  assert.equal(snippetAfter(readme, '# `<spasm-checker>`', 'html'), docSnippet(installDoc, 'paste'));
});

test('the snippet is the tag, then a classic script right after it, pinned to this build', () => {
  const snippet = docSnippet(installDoc, 'paste').trim();
  const script = /<\/spasm-checker>\n(<script [^>]*><\/script>)$/.exec(snippet)?.[1];
  assert.ok(script, 'the script follows </spasm-checker> directly and ends the snippet');
  assert.doesNotMatch(script, /type=|defer|async/, 'a classic, parser-blocking script');
  assert.ok(script.includes(`src="/js/spasm-checker-${version}.js"`), script);
  assert.ok(
    script.includes(`integrity="${integrity()}"`),
    'integrity is the build\'s: run "npm run build && npm run pin-readme"',
  );
  assert.doesNotMatch(snippet, /Loading/i, 'the fallback must read right without JavaScript too');
  for (const [name, doc] of [
    ['README.md', readme],
    ['docs/install.md', installDoc],
  ]) {
    for (const value of doc.match(/integrity="sha384-[^"]*"/g) ?? [])
      assert.equal(value, `integrity="${integrity()}"`, `${name} pins the build's hash`);
    assert.doesNotMatch(
      doc,
      /<script type="module" src="[^"]*spasm-checker/,
      `${name} has no module-script snippet for the one-file build`,
    );
    assert.doesNotMatch(doc, /Loading the muscle cramp checker/, `${name} has no "Loading…" fallback`);
  }
});

test('the install guide names one set of heights, and the reservation fits under all of them', () => {
  const rows = [...installDoc.matchAll(/^\| [^|]* \| (\d+) px \|$/gm)].map((m) => Number(m[1]));
  assert.equal(rows.length, 3, 'three measured heights');
  const reserved = Number(/min-height: (\d+)px/.exec(docSnippet(installDoc, 'reserve'))?.[1]);
  assert.ok(reserved <= Math.min(...rows), `${reserved} px is no more than any measured height`);
  assert.ok(readme.includes(`min-height: ${reserved}px`), 'the README reserves the same height');
  assert.doesNotMatch(readme, /measured: about/, 'the README points at the one table instead of its own numbers');
});

test("the WordPress zip holds the plugin with the build's version and the one-file build", () => {
  const zip = readFileSync(zipName(version));
  const files = unzipSync(zip);
  const text = (name: string) => strFromU8(files[`spasm-checker/${name}`]);
  assert.deepEqual(
    Object.keys(files).sort(),
    [
      'LICENSE',
      'block/block.json',
      'block/editor.asset.php',
      'block/editor.js',
      'readme.txt',
      'spasm-checker.js',
      'spasm-checker.php',
    ]
      .map((f) => `spasm-checker/${f}`)
      .sort(),
  );
  assert.ok(
    Buffer.from(files['spasm-checker/spasm-checker.js']).equals(readFileSync('dist/spasm-checker.js')),
    'the same bytes as dist/spasm-checker.js',
  );
  for (const name of ['spasm-checker.php', 'readme.txt', 'block/block.json', 'block/editor.asset.php']) {
    assert.ok(!text(name).includes(PLACEHOLDER), `${name} has the version written in`);
  }
  assert.match(text('spasm-checker.php'), new RegExp(`^ \\* Version: +${version.replace(/\./g, '\\.')}$`, 'm'));
  assert.match(text('spasm-checker.php'), /^ \* Requires at least: 6\.1$/m);
  assert.equal(JSON.parse(text('block/block.json')).version, version);
  assert.equal(JSON.parse(text('block/block.json')).title, 'Muscle cramp checker');
  // readme.txt in WordPress's format: the name, the header fields, then the sections.
  const txt = text('readme.txt');
  assert.match(txt, /^=== .+ ===\n/);
  for (const field of [
    'Requires at least: 6.1',
    'Tested up to:',
    'Requires PHP:',
    `Stable tag: ${version}`,
    'License:',
  ])
    assert.ok(txt.includes(field), field);
  for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog'])
    assert.ok(txt.includes(`== ${section} ==`), section);
  const [hash, name] = read(`${zipName(version)}.sha256`)
    .trim()
    .split(/\s+/);
  assert.equal(hash, createHash('sha256').update(zip).digest('hex'));
  assert.equal(name, `spasm-checker-wordpress-${version}.zip`);
});

test("the plugin's block and shortcode name every attribute of the element", () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const element = manifest.modules
    .flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
    .find((d: { tagName?: string }) => d.tagName === 'spasm-checker');
  const attributes = element.attributes
    .map((a: { name: string }) => a.name)
    .concat('lang')
    .sort();
  const php = read('integrations/wordpress/spasm-checker.php');
  const listed = [...php.matchAll(/^\t'([a-z-]+)' +=> '(\w+)',$/gm)];
  assert.deepEqual(listed.map((m) => m[1]).sort(), [...new Set(attributes)].sort());
  const block = JSON.parse(read('integrations/wordpress/block/block.json'));
  assert.deepEqual(Object.keys(block.attributes).sort(), listed.map((m) => m[2]).sort());
  const editor = read('integrations/wordpress/block/editor.js');
  for (const [, , key] of listed)
    assert.ok(editor.includes(`'${key}'`) || editor.includes(`${key}:`), `the editor has a field for ${key}`);
});

test("the plugin's PHP parses (php -l), where PHP is installed", (t) => {
  const files = ['integrations/wordpress/spasm-checker.php', 'integrations/wordpress/block/editor.asset.php'];
  const probe = spawnSync('php', ['-v']);
  if (probe.error) return t.skip('no php on this machine (npm run test:wordpress installs it)');
  for (const file of files) {
    const out = spawnSync('php', ['-l', file], { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stdout + out.stderr);
  }
});
