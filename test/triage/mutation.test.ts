// Proves the vignette check can fail: weaken one red-flag rule in a copy of the data at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rules } from '../../src/triage/index.js';
import type { RuleSet, SeverityLevel } from '../../src/triage/types.js';
import { vignetteFailures } from './vignette-check.js';

function weaken(question: string, option: string, level: SeverityLevel | undefined): RuleSet {
  const copy = structuredClone(rules) as unknown as RuleSet;
  const target = copy.questions.find((q) => q.id === question)?.options.find((o) => o.id === option);
  assert.ok(target, `${question}.${option} exists`);
  (target as { level?: SeverityLevel }).level = level;
  return copy;
}

const weakenings: [string, string, SeverityLevel | undefined][] = [
  ['emergency', 'cold-pale-limb', undefined],
  ['leg-swelling', 'not-sure', undefined],
  ['nerve-pain', 'saddle-bladder-bowel', 'same-day'],
  ['heat', 'over-an-hour', 'same-day'],
  ['leg-signs', 'injury-tight', 'ed-now'],
];

for (const [question, option, level] of weakenings) {
  test(`weakening ${question}.${option} to ${level ?? 'no effect'} makes the vignette check fail`, () => {
    const failures = vignetteFailures(weaken(question, option, level));
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
      .filter((o) => 'level' in o && vignetteFailures(weaken(q.id, o.id, undefined)).length === 0)
      .map((o) => `${q.id}.${o.id}`),
  );
  t.diagnostic(`${unnoticed.length} leveled options are not pinned by a vignette: ${unnoticed.join(', ')}`);
});
