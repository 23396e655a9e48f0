// The public, pure triage module: importable in Node and in the browser, no DOM, no Lit.
import { rules, rulesVersion } from '../content/rules.js';
import type { Answers, QuestionId } from '../content/rules.js';
import { evaluate } from './engine.js';
import type { Route, TriageResult } from './types.js';

export { rules, rulesVersion };
export { evaluate, SEVERITY } from './engine.js';
export { sources } from '../content/sources.js';
export type { Answers, QuestionId, OptionId, OptionOf, AdviceId } from '../content/rules.js';
export type { SourceId, Source } from '../content/sources.js';
export type * from './types.js';

/** The recommended level of care for these answers, with its reasons and routes. Throws on unknown ids. */
export function triage(answers: Answers): TriageResult<Route> {
  const { level, reasons, routes, complete } = evaluate(rules, answers);
  return { level, reasons, routes, complete };
}

/** The first question still to answer, or null when no further question would be asked. */
export function nextQuestion(answers: Answers): QuestionId | null {
  return evaluate(rules, answers).next as QuestionId | null;
}
