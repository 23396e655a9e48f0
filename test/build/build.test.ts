// The builds as users get them: the one-file bundle, the npm modules, the manifest, the budget.
// Runs after `npm run build` (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { vignettes } from '../triage/vignette-check.js';
import { version } from '../../src/version.js';
import { freshManifest } from '../../scripts/manifest.mjs';

const read = (path: string) => readFileSync(path, 'utf8');

test('dist/spasm-checker.js is one self-contained classic script: no imports, no chunks, no dev-mode Lit', () => {
  const bundle = read('dist/spasm-checker.js');
  assert.match(bundle, /^\(function\(\)\{/);
  assert.doesNotMatch(bundle, /\bimport\s*\(|^import |^export /m);
  assert.doesNotMatch(bundle, /Lit is in dev mode/);
  assert.doesNotMatch(bundle, /sourceMappingURL/);
  assert.match(bundle, /spasm-checker/);
});

test('the engine built for npm runs in Node and agrees with every vignette', async () => {
  // A computed path: dist/ does not exist until the build, and the type check runs before it.
  const engine = await import(new URL('../../dist/triage/index.js', import.meta.url).href);
  for (const v of vignettes) assert.equal(engine.triage(v.answers).level, v.expected, v.id);
  assert.equal(engine.rulesVersion, '2.0.0');
});

test('the npm entry points exist: index (no registration), define, triage, with type declarations', () => {
  for (const file of ['index.js', 'define.js', 'triage/index.js', 'index.d.ts', 'define.d.ts', 'triage/index.d.ts']) {
    assert.ok(read(`dist/${file}`).length > 0, file);
  }
  assert.doesNotMatch(read('dist/index.js'), /customElements\.define/);
  assert.match(read('dist/define.js') + read('dist/chunks/spasm-checker.js'), /customElements\.define/);
});

test('custom-elements.json is generated from the JSDoc and not stale', async () => {
  assert.equal(read('custom-elements.json'), await freshManifest(), 'run "npm run analyze" and commit custom-elements.json');
  const manifest = JSON.parse(read('custom-elements.json'));
  const element = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'spasm-checker');
  assert.ok(element, 'the element is in the manifest');
  const attributes = element.attributes.map((a: { name: string }) => a.name);
  for (const name of ['clinic-name', 'clinic-phone', 'booking-url', 'emergency-number', 'view', 'heading-level']) assert.ok(attributes.includes(name), name);
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
