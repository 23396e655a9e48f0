// The rule set and the locales as the sections read them, and the cells several sections share:
// wording in both voices, and a question's condition in words.
import { rules } from '../../src/content/rules.js';
import { locales } from '../../src/i18n/locales.js';
import type { Voiced } from '../../src/i18n/messages.js';
import type { Condition, Level, OptionRule, Route, RuleSet } from '../../src/triage/types.js';
import { BR, code, em, lines, orList, strong } from './document.js';
import type { Inline } from './document.js';

export const ruleSet: RuleSet = rules;
export const questions = ruleSet.questions;
export const LEVELS: readonly Level[] = ['emergency', 'ed-now', 'same-day', 'appointment', 'self-care', 'not-suitable'];
export const ROUTES: readonly Route[] = ['pain-clinic', 'primary-care', 'maternity', 'own-team'];
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', es: 'Spanish' };
export const localeCodes = Object.keys(locales);
export const languageName = (code: string) => `${LANGUAGE_NAMES[code] ?? code} (${code})`;
export const NOT_REVIEWED = 'not yet reviewed';

export const question = (id: string) => questions.find((q) => q.id === id);
export const optionOf = (q: string, o: string): OptionRule | undefined => question(q)?.options.find((x) => x.id === o);

/** Wording for both voices when they differ, else once. */
export function voiced(text: Voiced | undefined): Inline[] {
  if (text === undefined) return [em('(missing)')];
  if (typeof text === 'string') return [text];
  if (text.self === text.other) return [text.self];
  return [strong('For self: '), text.self, BR, strong('For someone else: '), text.other];
}
export const voicedList = (items: readonly Voiced[] | undefined): Inline[] =>
  items && items.length ? lines(...items.map((i) => voiced(i))) : [em('(missing)')];

/** "`where` includes `back` or `neck`" (multi) / "`leg-swelling` is `yes`" (single). */
export function conditionText(c: Condition): Inline[] {
  const single = question(c.question)?.kind === 'single';
  return [code(c.question), single ? ' is ' : ' includes ', ...orList(c.hasAny.map((o) => [code(o)]))];
}
