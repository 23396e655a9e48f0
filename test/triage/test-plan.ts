// What the triage tests run: fast-check's seed and runs, the red-flag rules the mutation test
// weakens, and every reachable question sequence. One module, so that the tests run it and the
// clinical review document (scripts/clinical-review.ts) quotes it, rather than reading test files.
import { rules } from '../../src/triage/index.js';
import type { RuleSet, SeverityLevel } from '../../src/triage/types.js';

export { enumerateSequences } from './enumerate.js';
export type { Sequence } from './enumerate.js';

/** The fixed seed and run count: every run replays the same cases unless told otherwise. */
export const FAST_CHECK_DEFAULTS = { seed: 20261126, numRuns: 3000 } as const;

/** The settings the property tests run with: the defaults, or FC_SEED / FC_RUNS to replay or widen a run. */
export function fastCheckSettings(env: NodeJS.ProcessEnv = process.env): { seed: number; numRuns: number } {
  return {
    seed: Number(env.FC_SEED ?? FAST_CHECK_DEFAULTS.seed),
    numRuns: Number(env.FC_RUNS ?? FAST_CHECK_DEFAULTS.numRuns),
  };
}

/** One red-flag rule made weaker: the option leads to `level` instead (undefined: to no level at all). */
export interface Weakening {
  readonly question: string;
  readonly option: string;
  readonly level: SeverityLevel | undefined;
}

/** The rules the mutation test weakens, one at a time; the vignettes must notice each. */
export const WEAKENINGS: readonly Weakening[] = [
  { question: 'emergency', option: 'cold-pale-limb', level: undefined },
  { question: 'leg-swelling', option: 'not-sure', level: undefined },
  { question: 'nerve-pain', option: 'saddle-bladder-bowel', level: 'same-day' },
  { question: 'heat', option: 'over-an-hour', level: 'same-day' },
  { question: 'leg-signs', option: 'injury-tight', level: 'ed-now' },
];

/** A copy of the rule set with one option's level changed; the shipped rules are left alone. */
export function weaken({ question, option, level }: Weakening): RuleSet {
  const copy = structuredClone(rules) as unknown as RuleSet;
  const target = copy.questions.find((q) => q.id === question)?.options.find((o) => o.id === option);
  if (!target) throw new Error(`weaken: ${question}.${option} is not in the rule set`);
  (target as { level?: SeverityLevel }).level = level;
  return copy;
}
