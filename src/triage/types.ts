// The shapes of a rule set and of a triage result. Pure types: no DOM, no Lit.

/** A level of care, from most to least severe; `not-suitable` is an exit, not a severity. */
export type Level = 'emergency' | 'ed-now' | 'same-day' | 'appointment' | 'self-care' | 'not-suitable';

/** The levels an option can lead to (self-care and not-suitable come only from the engine). */
export type SeverityLevel = 'emergency' | 'ed-now' | 'same-day' | 'appointment';

/** Where a same-day or appointment result sends the patient. */
export type Route = 'pain-clinic' | 'primary-care' | 'maternity' | 'own-team';

/** True when the answer to `question` holds any of `hasAny`. */
export interface Condition {
  readonly question: string;
  readonly hasAny: readonly string[];
}

/** An option that closes the questions after `closesAfter` and, unless an emergency was found, ends in not-suitable. */
export interface ExitRule {
  readonly closesAfter: string;
  /** The exit holds only when this option is the only one chosen. */
  readonly whenAlone?: boolean;
  /** The reason reported with `not-suitable`, "question.option". */
  readonly reason: string;
}

export interface OptionRule {
  readonly id: string;
  readonly level?: SeverityLevel;
  readonly route?: Route;
  /** A route added last to same-day and appointment results whenever this option is chosen. */
  readonly extraRoute?: Route;
  readonly exit?: ExitRule;
}

export interface QuestionRule {
  readonly id: string;
  readonly kind: 'single' | 'multi';
  /** Asked when any condition holds; asked always when absent. */
  readonly askedWhen?: readonly Condition[];
  readonly options: readonly OptionRule[];
}

/** Advice shown on the result when any condition holds (always, on its levels, when `when` is absent). */
export interface AdviceRule {
  readonly id: string;
  readonly when?: readonly (Condition | { readonly allOf: readonly Condition[] })[];
  /** The result levels it shows on; all levels when absent. */
  readonly levels?: readonly Level[];
}

export interface ReviewRecord {
  readonly status: 'not yet reviewed' | 'reviewed';
  readonly reviewer: string | null;
  readonly reviewedOn: string | null;
  readonly nextReview: string | null;
}

export interface RuleSet {
  readonly version: string;
  readonly date: string;
  readonly review: ReviewRecord;
  readonly questions: readonly QuestionRule[];
  readonly advice: readonly AdviceRule[];
}

/** Answers keyed by question id: one option id for a single question, a list for a multi question. */
export type LooseAnswers = Readonly<Record<string, string | readonly string[] | null | undefined>>;

export interface TriageResult<R extends Route = Route> {
  level: Level;
  /** "question.option" that led to the level, in the order asked. */
  reasons: string[];
  /** Where to go, for same-day and appointment results; [] on other levels. */
  routes: R[];
  /** No further question would be asked. */
  complete: boolean;
}

/** What the engine knows after walking the answers: the result plus the first gap. */
export interface Evaluation extends TriageResult {
  /** The first question still to answer, or null when complete. */
  next: string | null;
  /** The questions that were asked and answered, in order, with the options read from them. */
  answered: { question: string; options: string[] }[];
  /** Advice ids whose conditions hold for the answered questions. */
  advice: string[];
}
