// Proves the vignette check can fail: weaken one red-flag rule in a copy of the data at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rules } from '../../src/triage/index.js';
import type { RuleSet } from '../../src/triage/types.js';
import { vignetteFailures } from './vignette-check.js';
import { weaken, WEAKENINGS } from './test-plan.js';

for (const weakening of WEAKENINGS) {
  const { question, option, level } = weakening;
  test(`weakening ${question}.${option} to ${level ?? 'no effect'} makes the vignette check fail`, () => {
    const failures = vignetteFailures(weaken(weakening));
    assert.ok(failures.length > 0, 'the weakened rule went unnoticed');
  });
}

test('the untouched rule set passes the same check', () => {
  assert.deepEqual(vignetteFailures(rules as unknown as RuleSet), []);
});

// Not an assertion: tells the clinical reviewer which rules no public vignette pins down alone.
test('report: leveled options whose removal no public vignette notices', (t) => {
  const unnoticed = rules.questions.flatMap((q) =>
    q.options
      .filter(
        (o) =>
          'level' in o && vignetteFailures(weaken({ question: q.id, option: o.id, level: undefined })).length === 0,
      )
      .map((o) => `${q.id}.${o.id}`),
  );
  t.diagnostic(`${unnoticed.length} leveled options are not pinned by a vignette: ${unnoticed.join(', ')}`);
});
