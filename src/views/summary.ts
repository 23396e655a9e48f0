// The summary a patient can print or copy for their doctor: the result, the reasons, what they
// said yes and no to, the date and the rule-set version. Pure: no DOM, so it is tested directly.
import type { Evaluation } from '../triage/types.js';
import type { Messages, ReasonKey, Voiced } from '../i18n/messages.js';
import type { RuleSet } from '../triage/types.js';
import { fill, voice } from '../i18n/format.js';
import type { Settings } from '../config/options.js';
import { callsToAction } from '../content/calls-to-action.js';

export interface Summary {
  title: string;
  date: string;
  result: string;
  reasons: string[];
  yes: string[];
  no: string[];
  /** The safety net and whom to call, as the result allows. */
  contacts: string[];
  footer: string[];
}

const NO_ANSWERS = ['none', 'no', 'neither'];

/** The printed page is a safety net too: the emergency line, and the clinic where the result allows it. */
export function summaryContacts(e: Evaluation, m: Messages, s: Settings): string[] {
  const contacts = [fill(m.ui.emergencyLine, { number: s.emergencyNumber })];
  if (s.clinicTel && callsToAction(e.level, e.routes).includes('call-clinic')) {
    contacts.push(fill(m.ui.callClinic, { clinic: s.clinicName || m.ui.defaultClinic, phone: s.clinicPhone }));
  }
  return contacts;
}

/** The words of one chosen option, or a reason's own sentence where it has one. */
export function optionWords(m: Messages, question: string, option: string, other: boolean): string {
  const words = (m.options as Record<string, Record<string, Voiced>>)[question][option];
  return voice(words, other);
}

export function reasonWords(m: Messages, reason: string, other: boolean): string {
  const own = m.reasons[reason as ReasonKey];
  const [question, option] = reason.split('.');
  return own ? voice(own, other) : optionWords(m, question, option, other);
}

/** The rule set's version and review status: under every result on screen, and on the printed page. */
export function summaryFooter(m: Messages, rules: RuleSet): string[] {
  const { review } = rules;
  return [
    fill(m.ui.rulesVersion, { version: rules.version }),
    review.reviewer
      ? fill(m.ui.reviewed, { reviewer: review.reviewer, date: review.reviewedOn ?? '', next: review.nextReview ?? '' })
      : m.ui.notReviewed,
  ];
}

export function buildSummary(
  e: Evaluation,
  m: Messages,
  rules: RuleSet,
  other: boolean,
  date: Date,
  contacts: string[] = [],
): Summary {
  const yes: string[] = [];
  const no: string[] = [];
  for (const { question, options } of e.answered) {
    const short = m.questions[question as keyof Messages['questions']].short;
    for (const option of options) {
      if (NO_ANSWERS.includes(option)) no.push(short);
      else yes.push(`${short}: ${optionWords(m, question, option, other)}`);
    }
  }
  return {
    title: m.ui.summaryTitle,
    date: fill(m.ui.summaryDate, {
      date: date.toLocaleDateString(m.lang, { year: 'numeric', month: 'long', day: 'numeric' }),
    }),
    result: m.levels[e.level].title,
    reasons: e.reasons.map((r) => reasonWords(m, r, other)),
    yes,
    no,
    contacts,
    footer: summaryFooter(m, rules),
  };
}

/** The same summary as plain text, for the clipboard. */
export function summaryText(s: Summary, m: Messages): string {
  const list = (items: string[]) => items.map((item) => `- ${item}`);
  return [
    s.title,
    s.date,
    '',
    `${m.ui.resultLabel}: ${s.result}`,
    ...(s.reasons.length ? ['', m.ui.whyHeading, ...list(s.reasons)] : []),
    ...(s.yes.length ? ['', m.ui.saidYes, ...list(s.yes)] : []),
    ...(s.no.length ? ['', m.ui.saidNo, ...list(s.no)] : []),
    '',
    ...s.contacts,
    ...s.footer,
  ].join('\n');
}
