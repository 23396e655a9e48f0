// The builds as users get them: the one-file bundle, the npm modules, the manifest, the budget.
// Runs after `npm run build` (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { vignettes } from '../triage/vignette-check.js';
import { version } from '../../src/version.js';
import { freshManifest } from '../../scripts/manifest.mjs';
import { files as editorFiles } from '../../scripts/editor-data.mjs';
import { BUNDLES, integrity } from '../../scripts/sri.mjs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const read = (path: string) => readFileSync(path, 'utf8');

test('dist/spasm-checker.js is one self-contained classic script: no imports, no chunks, no dev-mode Lit', () => {
  const bundle = read('dist/spasm-checker.js');
  // Chrome's compile hint on the first line, then a guard, then the IIFE only when no copy is
  // registered: a second copy of the file never starts (see vite.bundle.config.ts; the minifier
  // writes `if(!e)(function(){…})()` as `e||function(){…}()`).
  assert.match(
    bundle,
    /^\/\/# allFunctionsCalledOnLoad\n\{let e=self\.customElements&&customElements\.get\(["`]spasm-checker["`]\);[^]*(?:if\(!e\)\(function\(\)\{[^]*\}\)\(\)|e\|\|function\(\)\{[^]*\}\(\))\}\s*$/,
  );
  assert.doesNotMatch(bundle, /\bimport\s*\(|^import |^export /m);
  assert.doesNotMatch(bundle, /Lit is in dev mode/);
  assert.doesNotMatch(bundle, /sourceMappingURL/);
  assert.match(bundle, /spasm-checker/);
  // The element's "__" members ship under short names (terser's property mangling).
  assert.doesNotMatch(bundle, /\.__[A-Za-z]/);
});

test("every one-file build starts with Chrome's compile hint, on a line of its own", () => {
  for (const file of BUNDLES) assert.ok(read(file).startsWith('//# allFunctionsCalledOnLoad\n{let e='), file);
});

test('the engine built for npm runs in Node and agrees with every vignette', async () => {
  // A computed path: dist/ does not exist until the build, and the type check runs before it.
  const engine = await import(new URL('../../dist/triage/index.js', import.meta.url).href);
  for (const v of vignettes) assert.equal(engine.triage(v.answers).level, v.expected, v.id);
  assert.equal(engine.rulesVersion, '3.0.0');
});

test('the npm entry points exist: index (no registration), define, triage, with type declarations', () => {
  for (const file of ['index.js', 'define.js', 'triage/index.js', 'index.d.ts', 'define.d.ts', 'triage/index.d.ts']) {
    assert.ok(read(`dist/${file}`).length > 0, file);
  }
  assert.doesNotMatch(read('dist/index.js'), /customElements\.define/);
  assert.match(read('dist/define.js') + read('dist/chunks/spasm-checker.js'), /customElements\.define/);
});

test('custom-elements.json is generated from the JSDoc and not stale', async () => {
  assert.equal(
    read('custom-elements.json'),
    await freshManifest(),
    'run "npm run analyze" and commit custom-elements.json',
  );
  const manifest = JSON.parse(read('custom-elements.json'));
  const element = manifest.modules
    .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
    .find((d: { tagName?: string }) => d.tagName === 'spasm-checker');
  assert.ok(element, 'the element is in the manifest');
  const attributes = element.attributes.map((a: { name: string }) => a.name);
  for (const name of ['clinic-name', 'clinic-phone', 'booking-url', 'emergency-number', 'view', 'heading-level'])
    assert.ok(attributes.includes(name), name);
  assert.ok(element.cssProperties.length >= 10);
  assert.ok(element.cssParts.length >= 5);
  assert.ok(element.events.length >= 5);
});

test('SpasmChecker.version equals the package version', () => {
  assert.equal(version, JSON.parse(read('package.json')).version);
});

test('the size check prints the gzip size and fails over its budget', () => {
  const ok = execFileSync('node', ['scripts/size.mjs'], { encoding: 'utf8' });
  assert.match(ok, /dist\/spasm-checker\.js: \d+ bytes raw, \d+ bytes gzip -9/);
  const over = spawnSync('node', ['scripts/size.mjs', '--budget', '1000'], { encoding: 'utf8' });
  assert.equal(over.status, 1, 'an artificially low budget must fail');
  assert.match(over.stderr, /over its size budget/);
});

test('VS Code custom data and JetBrains web-types are generated from the manifest and not stale', () => {
  for (const [file, make] of Object.entries(editorFiles)) {
    assert.equal(read(file), `${JSON.stringify(make(), null, 2)}\n`, `run "npm run analyze" and commit ${file}`);
  }
  const pkg = JSON.parse(read('package.json'));
  assert.equal(pkg['web-types'], './web-types.json');
  const data = JSON.parse(read('vscode.html-custom-data.json'));
  assert.deepEqual(
    data.tags[0].attributes
      .find((a: { name: string }) => a.name === 'view')
      .values.map((v: { name: string }) => v.name),
    ['full', 'checker', 'learn'],
  );
});

test("each one-file build has its .sri, and the README pins the main one's hash and version", () => {
  for (const file of BUNDLES) assert.equal(read(`${file}.sri`).trim(), integrity(file), file);
  const hash = integrity();
  const readme = read('README.md');
  const pinned = [...readme.matchAll(/integrity="(sha384-[^"]+)"/g)].map((m) => m[1]);
  assert.ok(pinned.length >= 2, 'the README has a self-hosted and a CDN snippet');
  for (const value of pinned)
    assert.equal(value, hash, 'README hash is stale: run "npm run build && npm run pin-readme"');
  const { version } = JSON.parse(read('package.json'));
  assert.ok(readme.includes(`/js/spasm-checker-${version}.js`));
  assert.ok(readme.includes(`spasm-checker@${version}/dist/spasm-checker.js`));
});

test('the one-file build is deterministic: building again gives the same bytes', () => {
  const out = mkdtempSync(join(tmpdir(), 'spasm-checker-build-'));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'silent', '-c', 'vite.bundle.config.ts', '--outDir', out], {
    encoding: 'utf8',
  });
  assert.equal(integrity(join(out, 'spasm-checker.js')), integrity());
});

test('npm pack ships only what users need', () => {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  );
  const names: string[] = packed.files.map((f: { path: string }) => f.path);
  for (const needed of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'vscode.html-custom-data.json',
    'web-types.json',
    'dist/spasm-checker.js',
    'dist/spasm-checker.js.sri',
    'dist/spasm-checker.en.js',
    'dist/spasm-checker.es.js.sri',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/define.js',
    'dist/define.d.ts',
    'dist/triage/index.js',
    'dist/triage/index.d.ts',
    'dist/spasm-checker.d.ts',
    'dist/events.d.ts',
  ]) {
    assert.ok(names.includes(needed), `${needed} is in the package`);
  }
  for (const name of names) {
    assert.doesNotMatch(
      name,
      /^(src|test|demo|bench|docs|scripts|\.ci|node_modules)\/|configurator|\.map$/,
      `${name} should not be in the package`,
    );
  }
  const pkg = JSON.parse(read('package.json'));
  assert.equal(pkg.type, 'module');
  assert.deepEqual(Object.keys(pkg.exports['.']), ['types', 'default']);
  for (const entry of ['.', './define', './triage', './custom-elements.json', './package.json'])
    assert.ok(pkg.exports[entry], entry);
  assert.ok(pkg.sideEffects.includes('./dist/define.js'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.unpkg, 'dist/spasm-checker.js');
  assert.equal(pkg.jsdelivr, 'dist/spasm-checker.js');
  assert.deepEqual(Object.keys(pkg.dependencies), ['lit']);
});
