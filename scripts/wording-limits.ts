// How much a patient reads at once: the words of each question screen (question, hint and every
// option, as rendered, in each voice) and of each option. Limits from issue 9: a worried reader
// answers a short screen right more often than a long one.
import { rules } from '../src/content/rules.js';
import type { Messages, Voiced } from '../src/i18n/messages.js';
import { voice } from '../src/i18n/format.js';
import type { QuestionRule } from '../src/triage/types.js';
import { wordsOf } from './readability.js';

/** No option may be longer than this many words. */
export const MAX_OPTION_WORDS = 30;
/** No screen (question, hint and all options) may be longer than this many words. */
export const MAX_SCREEN_WORDS = 160;

export interface ScreenText {
  question: string;
  voice: 'self' | 'other';
  /** The question, its hint and the options, as the patient reads them. */
  lines: string[];
  words: number;
  /** Each option's wording and its word count. */
  options: { id: string; text: string; words: number }[];
}

const count = (text: string) => wordsOf(text).length;

/** The kind of choice every question screen states (its legend): "Choose one." or "Choose all that fit." */
export const kindOf = (question: QuestionRule, messages: Messages): string =>
  question.kind === 'multi' ? messages.ui.chooseAny : messages.ui.chooseSingle;

/** The question's own hint, or '' (shown after the kind of choice). */
export function hintOf(question: QuestionRule, messages: Messages, other: boolean): string {
  const words = messages.questions[question.id as keyof Messages['questions']];
  return words.hint ? voice(words.hint, other) : '';
}

/** One question screen as rendered, in one voice. */
export function screenText(question: QuestionRule, messages: Messages, other: boolean): ScreenText {
  const q = question.id as keyof Messages['questions'];
  const optionWords = messages.options[q] as Readonly<Record<string, Voiced>>;
  const options = question.options.map((o) => {
    const text = voice(optionWords[o.id], other);
    return { id: o.id, text, words: count(text) };
  });
  const head = [
    voice(messages.questions[q].text, other),
    kindOf(question, messages),
    hintOf(question, messages, other),
  ].filter(Boolean);
  const lines = [...head, ...options.map((o) => o.text)];
  return { question: question.id, voice: other ? 'other' : 'self', lines, words: count(lines.join(' ')), options };
}

/** Every screen of a locale in both voices. */
export const allScreens = (messages: Messages): ScreenText[] =>
  rules.questions.flatMap((q) => [screenText(q, messages, false), screenText(q, messages, true)]);

export interface WordingLimits {
  fullestScreen: ScreenText;
  longestOption: { question: string; id: string; text: string; words: number };
  /** Screens and options over their limits, as messages. */
  problems: string[];
}

export function checkWordingLimits(messages: Messages): WordingLimits {
  const screens = allScreens(messages);
  const problems: string[] = [];
  let fullestScreen = screens[0];
  let longestOption = { question: '', id: '', text: '', words: 0 };
  for (const s of screens) {
    if (s.words > fullestScreen.words) fullestScreen = s;
    if (s.words > MAX_SCREEN_WORDS)
      problems.push(`screen ${s.question} (${s.voice}): ${s.words} words > ${MAX_SCREEN_WORDS}`);
    for (const o of s.options) {
      if (o.words > longestOption.words) longestOption = { question: s.question, ...o };
      if (o.words > MAX_OPTION_WORDS)
        problems.push(`option ${s.question}.${o.id} (${s.voice}): ${o.words} words > ${MAX_OPTION_WORDS}`);
    }
  }
  return { fullestScreen, longestOption, problems: [...new Set(problems)] };
}
