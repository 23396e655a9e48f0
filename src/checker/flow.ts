// The checker's flow as plain data and pure functions: which question is on screen, the answers
// kept on Back, Change, Start again, the "who" reset, and what the result screen shows. No DOM and
// no Lit: the element reads the form, calls these, renders the screen and fires the events.
import { rules } from '../content/rules.js';
import type { Answers, QuestionId } from '../content/rules.js';
import { evaluate } from '../triage/engine.js';
import type { Evaluation, QuestionRule } from '../triage/types.js';

/** Where the patient is. Never mutated: every transition returns a new state. */
export interface CheckerState {
  /** The questions shown so far, in order; the last one is on screen unless `finished`. */
  readonly steps: readonly QuestionId[];
  /** Every answer given, kept when the patient goes back so it can be shown again. */
  readonly given: Answers;
  /** The result is on screen. */
  readonly finished: boolean;
  /** Continue was pressed with nothing chosen. */
  readonly showError: boolean;
  /** An answer was given since the last start (so the start was already told). */
  readonly started: boolean;
  /**
   * Change was used on the result, and the result has not shown again: Continue skips the
   * questions already answered, so the result comes straight back unless a new question is asked.
   */
  readonly changing: boolean;
}

/** What one screen shows: a question (with its 1-based number and the options to tick) or the result. */
export type Screen =
  | {
      readonly kind: 'question';
      readonly question: QuestionRule;
      readonly step: number;
      readonly ticked: readonly string[];
      /** An answer so far already reaches ed-now (the question says so before it asks). */
      readonly edNowSoFar: boolean;
      /** After a Change, on a question it newly asks: how many questions are left, this one included. */
      readonly left: number | null;
    }
  | { readonly kind: 'result'; readonly evaluation: Evaluation };

/** What a Continue did, so the element can fire the matching events. */
export interface Submitted {
  readonly state: CheckerState;
  /** Nothing was chosen: the state shows the error and nothing else changed. */
  readonly refused: boolean;
  /** This was the first answer since the start. */
  readonly startedNow: boolean;
}

export const FIRST: QuestionId = 'who';
const questionsById = new Map(rules.questions.map((q) => [q.id as QuestionId, q as QuestionRule]));

/** The rule for a question id. */
export const questionRule = (id: QuestionId): QuestionRule => questionsById.get(id)!;

/** The state of a fresh checker, and of one after Start again. */
export const initialState = (): CheckerState => ({
  steps: [FIRST],
  given: {},
  finished: false,
  showError: false,
  started: false,
  changing: false,
});

/** The question on screen, or null when the result is. */
export const current = (state: CheckerState): QuestionId | null =>
  state.finished ? null : state.steps[state.steps.length - 1];

/** An answer the caller may change without changing the state: an option id, or a copy of a list of them. */
const copyOf = (answer: string | readonly string[]) => (typeof answer === 'string' ? answer : [...answer]);

/** The answers behind the steps taken (the one on screen is not taken yet), as a copy. */
export function answersOf(state: CheckerState): Answers {
  const done = state.finished ? state.steps : state.steps.slice(0, -1);
  return Object.fromEntries(
    done.filter((id) => state.given[id] !== undefined).map((id) => [id, copyOf(state.given[id]!)]),
  ) as Answers;
}

/** Whether the answers are about someone else ("you" becomes "they" in the wording). */
export const aboutSomeoneElse = (state: CheckerState): boolean => state.given.who === 'someone-else';

/** The engine's evaluation of the answers behind the steps taken. */
export const evaluationOf = (state: CheckerState): Evaluation => evaluate(rules, answersOf(state));

/** What the screen shows; the result's evaluation is computed here, once. */
export function screenOf(state: CheckerState): Screen {
  const id = current(state);
  if (id === null) return { kind: 'result', evaluation: evaluationOf(state) };
  return {
    kind: 'question',
    question: questionRule(id),
    step: state.steps.length,
    ticked: [state.given[id] ?? []].flat() as string[],
    edNowSoFar: evaluationOf(state).level === 'ed-now',
    left: state.changing && state.given[id] === undefined ? questionsLeft(state) : null,
  };
}

/** The answer least likely to ask anything more: "None of these", else an option with no level and no exit. */
function calmest(id: QuestionId): NonNullable<Answers[QuestionId]> {
  const { options } = questionRule(id);
  const calm = options.find((o) => o.id === 'none') ?? options.find((o) => !o.level && !o.exit) ?? options[0];
  return answerFor(id, [calm.id])!;
}

/**
 * The questions still to answer before the result, the one on screen included: answered ones are
 * skipped as after a Change, and each new one is counted as if answered with its calmest option
 * (an answer that asks more questions makes the count grow, and the next screen says so).
 */
export function questionsLeft(state: CheckerState): number {
  const answers: Record<string, string | readonly string[]> = { ...answersOf(state) };
  const now = current(state);
  let left = 0;
  for (let id = now; id !== null; id = evaluate(rules, answers).next as QuestionId | null) {
    if (id === now || state.given[id] === undefined) left++;
    answers[id] = state.given[id] ?? calmest(id);
  }
  return left;
}

/** The answer to store for a question from the option ids ticked on its screen (none: undefined). */
function answerFor(id: QuestionId, picked: readonly string[]): Answers[QuestionId] | undefined {
  if (!picked.length) return undefined;
  return (questionRule(id).kind === 'single' ? picked[0] : [...picked]) as Answers[QuestionId];
}

/** The given answers with one question's answer set (or removed when `answer` is undefined). */
function withAnswer(given: Answers, id: QuestionId, answer: Answers[QuestionId] | undefined): Answers {
  const { [id]: _old, ...rest } = given;
  return (answer === undefined ? rest : { ...rest, [id]: answer }) as Answers;
}

/**
 * Continue on the question screen with the option ids ticked there. While a Change is under way
 * (`state.changing`) it skips ahead over the questions that already have an answer: the result
 * comes back at once when the changed answer asks nothing new, else the first new question shows.
 */
export function submit(state: CheckerState, picked: readonly string[]): Submitted {
  const id = current(state);
  if (id === null) return { state, refused: false, startedNow: false };
  const answer = answerFor(id, picked);
  if (answer === undefined) return { state: { ...state, showError: true }, refused: true, startedNow: false };
  // Answers given about one person are never offered again for another.
  const given =
    id === FIRST && state.given.who !== answer ? ({ who: answer } as Answers) : withAnswer(state.given, id, answer);
  let steps = state.steps;
  let finished = false;
  for (;;) {
    const next = evaluate(rules, answersOf({ ...state, steps, given, finished: true })).next as QuestionId | null;
    if (next === null) finished = true;
    else steps = [...steps, next];
    if (finished || !state.changing || given[next!] === undefined) break;
  }
  // Once the result shows again, the Change is over.
  const changing = state.changing && !finished;
  return {
    state: { steps, given, finished, showError: false, started: true, changing },
    refused: false,
    startedNow: !state.started,
  };
}

/**
 * Back: from the result to the last question, or to the previous question. With `ticked` (the
 * option ids ticked on the question being left), those are kept for when it shows again.
 */
export function back(state: CheckerState, ticked?: readonly string[]): CheckerState {
  if (state.finished) return { ...state, finished: false, showError: false };
  const id = current(state)!;
  if (state.steps.length === 1) return { ...state, showError: false };
  const given = ticked === undefined || id === FIRST ? state.given : withAnswer(state.given, id, answerFor(id, ticked));
  return { ...state, steps: state.steps.slice(0, -1), given, showError: false };
}

/**
 * Change on the result screen: that question shows again, with its answer ticked, and Continue
 * then skips the questions already answered (see `changing`). Unknown: no change.
 */
export function change(state: CheckerState, question: string): CheckerState {
  const index = state.steps.indexOf(question as QuestionId);
  if (index < 0) return state;
  return { ...state, steps: state.steps.slice(0, index + 1), finished: false, showError: false, changing: true };
}

/** Clears the error once the patient ticks something. */
export const clearError = (state: CheckerState): CheckerState =>
  state.showError ? { ...state, showError: false } : state;

/**
 * "None of these" is exclusive: which of the ticked boxes to untick when `value` was just ticked
 * on a multiple-choice question.
 */
export function exclusiveUntick(value: string, ticked: readonly string[]): string[] {
  return ticked.filter((other) => other !== value && (value === 'none' || other === 'none'));
}
