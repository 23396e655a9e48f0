// A patient walk through the checker's real screens, one screen at a time, as text: the question
// order comes from the engine (nextQuestion), the words from the locale files through the same
// voice and fill helpers the element uses. Picks are option numbers as shown on each screen, so a
// helper acting as a patient never sees an option id (ids such as "severe" would hint the answer).
import { evaluate, rules } from '../../src/triage/index.js';
import type { LooseAnswers, QuestionRule } from '../../src/triage/types.js';
import { locales } from '../../src/i18n/locales.js';
import type { Messages, Voiced } from '../../src/i18n/messages.js';
import { fill, voice } from '../../src/i18n/format.js';
import { DEFAULT_EMERGENCY_NUMBER } from '../../src/config/options.js';
import { hintOf, kindOf } from '../wording-limits.js';

const questions = rules.questions as readonly QuestionRule[];

export interface WalkState {
  answers: Record<string, string | string[]>;
  /** The level the engine gives when the walk is complete, else null. */
  level: string | null;
  /** What the patient sees next: a question screen or the result, as lines of text. */
  screen: string[];
}

/** Turns per-screen picks (1-based option numbers) into answers, screen by screen, as the element would. */
export function walk(lang: string, picks: readonly (readonly number[])[]): WalkState {
  const m = locales[lang];
  if (!m) throw new Error(`no locale "${lang}"`);
  const answers: Record<string, string | string[]> = {};
  for (const [i, chosen] of picks.entries()) {
    const next = evaluate(rules, answers as LooseAnswers).next;
    if (!next) throw new Error(`pick ${i + 1} given after the last screen`);
    const question = questions.find((q) => q.id === next)!;
    if (!chosen.length) throw new Error(`screen ${i + 1}: nothing picked`);
    if (question.kind === 'single' && chosen.length > 1) throw new Error(`screen ${i + 1} takes one answer`);
    const ids = chosen.map((n) => {
      const option = question.options[n - 1];
      if (!option) throw new Error(`screen ${i + 1} has no option ${n}`);
      return option.id;
    });
    answers[next] = question.kind === 'single' ? ids[0] : ids;
  }
  const evaluation = evaluate(rules, answers as LooseAnswers);
  const other = answers.who === 'someone-else';
  if (evaluation.next === null)
    return { answers, level: evaluation.level, screen: resultScreen(m, evaluation.level, other) };
  const question = questions.find((q) => q.id === evaluation.next)!;
  return {
    answers,
    level: null,
    screen: questionScreen(m, question, picks.length + 1, evaluation.level === 'ed-now', other),
  };
}

const say = (m: Messages, text: Voiced, other: boolean) =>
  fill(voice(text, other), { number: DEFAULT_EMERGENCY_NUMBER, clinic: m.ui.defaultClinic });

function questionScreen(m: Messages, q: QuestionRule, step: number, edNow: boolean, other: boolean): string[] {
  const words = m.questions[q.id as keyof Messages['questions']];
  const options = m.options[q.id as keyof Messages['options']] as Readonly<Record<string, Voiced>>;
  const box = q.kind === 'single' ? '( )' : '[ ]';
  return [
    fill(m.ui.emergencyLine, { number: DEFAULT_EMERGENCY_NUMBER }),
    ...(step === 1 ? m.ui.intro : []),
    ...(edNow ? [fill(m.ui.edNowBanner, { number: DEFAULT_EMERGENCY_NUMBER })] : []),
    fill(m.ui.questionN, { n: step }),
    say(m, words.text, other),
    kindOf(q, m),
    ...[hintOf(q, m, other)].filter(Boolean),
    ...q.options.map((o, i) => `${i + 1}. ${box} ${say(m, options[o.id], other)}`),
  ];
}

function resultScreen(m: Messages, level: string, other: boolean): string[] {
  const words = m.levels[level as keyof Messages['levels']];
  return [words.title, ...words.body.map((line) => say(m, line, other))];
}

// Command line: node --import tsx scripts/walks/walk-screens.ts en "1;2;1,3"  (screens split by ;)
if (import.meta.url === `file://${process.argv[1]}`) {
  const [lang = 'en', spec = ''] = process.argv.slice(2);
  const picks = spec.trim() ? spec.split(';').map((s) => s.split(',').map((n) => Number(n.trim()))) : [];
  try {
    const state = walk(lang, picks);
    console.log(state.screen.join('\n'));
    if (process.argv.includes('--json')) console.log(JSON.stringify({ answers: state.answers, level: state.level }));
    else if (state.level) console.log('\n(The walk is over: this is the result screen.)');
    else console.log('\n(Pick by number: append your pick to the list, e.g. "…;2" or "…;1,3" for several.)');
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
