// Runs the public vignettes against a rule set and lists every mismatch; shared by the vignette
// test and the mutation test that proves the check can fail.
import { evaluate } from '../../src/triage/engine.js';
import type { LooseAnswers, RuleSet } from '../../src/triage/types.js';
import data from '../fixtures/vignettes.json' with { type: 'json' };

export interface Vignette {
  id: string;
  story: string;
  answers: LooseAnswers;
  expected: string;
  minimum: string;
  routes?: string[];
}

export const vignettes = data.vignettes as Vignette[];

const sorted = (list: readonly string[]) => [...list].sort().join(',');

/** Every way the rule set disagrees with a vignette, as readable lines (empty when all agree). */
export function vignetteFailures(rules: RuleSet): string[] {
  const failures: string[] = [];
  for (const v of vignettes) {
    const result = evaluate(rules, v.answers);
    if (result.level !== v.expected) failures.push(`${v.id}: level ${result.level}, expected ${v.expected}`);
    if (!result.complete) failures.push(`${v.id}: incomplete, next ${result.next}`);
    if (v.routes && sorted(result.routes) !== sorted(v.routes)) {
      failures.push(`${v.id}: routes ${result.routes}, expected ${v.routes}`);
    }
  }
  return failures;
}
