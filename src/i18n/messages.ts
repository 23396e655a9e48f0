// The shape every locale file fills: all patient-facing wording, keyed by the rule set's ids.
// Strings never drive logic; the engine and the view only look them up.
import type { AdviceId, OptionOf, QuestionId, rules } from '../content/rules.js';
import type { Level, Route } from '../triage/types.js';

/** Wording that changes when the checker is used for someone else ("you" becomes "they"). */
export type Voiced = string | { readonly self: string; readonly other: string };

type Questions = (typeof rules.questions)[number];
type LeveledOptionOf<Q extends QuestionId> = Extract<
  Extract<Questions, { id: Q }>['options'][number],
  { level: string }
>['id'];

/** "question.option" for every option that leads to a level, plus the two exits. */
export type ReasonKey = { [Q in QuestionId]: `${Q}.${LeveledOptionOf<Q>}` }[QuestionId] | 'who.child' | 'where.belly';

type SingleId = Extract<Questions, { kind: 'single' }>['id'];
/**
 * Reasons that need their own sentence: a bare "Yes" or "Not sure", or an exit, means nothing
 * alone. Other reasons are shown as the option's own wording, so it is written once.
 */
export type OwnReasonKey =
  | Extract<{ [Q in SingleId]: `${Q}.${LeveledOptionOf<Q>}` }[SingleId], `${string}.yes` | `${string}.not-sure`>
  | 'who.child'
  | 'where.belly';

export interface Messages {
  /** BCP 47 language tag of this wording. */
  readonly lang: string;
  readonly ui: {
    readonly title: string;
    /** "{number}" becomes the emergency number as a tel: link. */
    readonly emergencyLine: string;
    readonly intro: readonly string[];
    /** "{n}" is the step number. */
    readonly questionN: string;
    readonly continue: string;
    readonly back: string;
    readonly startAgain: string;
    /** The error when Continue is pressed with nothing chosen. */
    readonly chooseOne: string;
    /** The kind of choice, said on every question: one answer (radio buttons)… */
    readonly chooseSingle: string;
    /** …or any number (check boxes). */
    readonly chooseAny: string;
    /** After a Change, on a question it newly asks; "{n}" is how many are left, this one included. */
    readonly questionsLeft: string;
    /** Read by screen readers before an error message. */
    readonly errorPrefix: string;
    readonly resultLabel: string;
    readonly whyHeading: string;
    readonly toldUsHeading: string;
    /** The button that goes back to one answer; its accessible name adds the question's short name. */
    readonly change: string;
    readonly adviceHeading: string;
    readonly selfCareHeading: string;
    readonly soonerHeading: string;
    readonly whereHeading: string;
    /** "{number}" is the emergency number. */
    readonly callEmergency: string;
    /** "{phone}" is the clinic phone as written; "{clinic}" the clinic name. */
    readonly callClinic: string;
    readonly book: string;
    readonly bookAgain: string;
    /** Used for "{clinic}" when the webmaster set no clinic name. */
    readonly defaultClinic: string;
    readonly newTab: string;
    readonly learnHeading: string;
    /** "{version}" is the rule-set version. */
    readonly rulesVersion: string;
    /** Shown on emergency screens when the emergency number is 911: texting 911 and relay services. */
    readonly deafHelp: string;
    /** Announced (politely) when choosing "None of these" cleared the other choices, and the reverse. */
    readonly clearedOthers: string;
    readonly clearedNone: string;
    /** On every question screen once an answer has reached ed-now; "{number}" is the emergency number. */
    readonly edNowBanner: string;
    readonly print: string;
    readonly copy: string;
    /** Announced after Copy. */
    readonly copied: string;
    readonly copyFailed: string;
    /** The heading of the printed and copied summary. */
    readonly summaryTitle: string;
    /** "{date}" is today's date in the patient's language. */
    readonly summaryDate: string;
    readonly saidYes: string;
    readonly saidNo: string;
    readonly notReviewed: string;
    /** "{reviewer}", "{date}" and "{next}" come from the rule set's review record. */
    readonly reviewed: string;
  };
  readonly questions: {
    readonly [Q in QuestionId]: { readonly text: Voiced; readonly hint?: Voiced; readonly short: string };
  };
  readonly options: { readonly [Q in QuestionId]: { readonly [O in OptionOf<Q>]: Voiced } };
  /** Plain words for why the result is what it is ("You said one calf is swollen."); optional for
   * multi-question options, whose own wording is used when absent. */
  readonly reasons: { readonly [K in OwnReasonKey]: Voiced } & { readonly [K in ReasonKey]?: Voiced };
  readonly levels: {
    readonly [L in Level]: {
      readonly title: string;
      /** What to do, in plain words; "{number}" is the emergency number. */
      readonly body: readonly Voiced[];
    };
  };
  readonly routes: { readonly [R in Route]: Voiced };
  readonly advice: { readonly [A in AdviceId]: readonly Voiced[] };
  readonly selfCare: { readonly steps: readonly Voiced[]; readonly sooner: readonly Voiced[] };
  readonly learn: { readonly sections: readonly { readonly heading: string; readonly items: readonly string[] }[] };
}
