import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules, rulesVersion, triage, nextQuestion } from '../../src/triage/index.js';
import type { Answers } from '../../src/triage/index.js';
import { vignettes, vignetteFailures } from './vignette-check.js';

const copy = fileURLToPath(new URL('../fixtures/vignettes.json', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/clinical/vignettes.json', import.meta.url));

test('the vignette copy in the repository matches shared/clinical when that file exists', (t) => {
  if (!existsSync(shared)) return t.skip('no ../shared beside this clone');
  assert.deepEqual(JSON.parse(readFileSync(copy, 'utf8')), JSON.parse(readFileSync(shared, 'utf8')));
});

test('the vignettes are written for this rule set', () => {
  assert.equal(JSON.parse(readFileSync(copy, 'utf8')).rulesVersion, rulesVersion);
  assert.equal(rulesVersion, rules.version);
});

for (const v of vignettes) {
  test(`vignette ${v.id} gives ${v.expected}${v.routes ? ` via ${v.routes}` : ''}`, () => {
    const answers = v.answers as Answers;
    const result = triage(answers);
    assert.equal(result.level, v.expected, v.story);
    assert.equal(result.complete, true);
    assert.equal(nextQuestion(answers), null);
    if (v.routes) assert.deepEqual([...result.routes].sort(), [...v.routes].sort());
  });
}

test('all vignettes agree with the rule set (the check the mutation test relies on)', () => {
  assert.deepEqual(vignetteFailures(rules), []);
});
