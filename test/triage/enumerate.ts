// Enumerates every reachable sequence of questions by driving the public engine: at each question
// it tries one option of each kind that can change what is asked next (conditions, exits, levels),
// alone and in every combination, and keeps one set of answers that produces each sequence.
import { rules, nextQuestion, triage } from '../../src/triage/index.js';
import type { Answers, QuestionId } from '../../src/triage/index.js';
import type { QuestionRule } from '../../src/triage/types.js';

export interface Sequence {
  questions: QuestionId[];
  answers: Answers;
}

// Options that appear in the same conditions, with the same level and exit, steer the path alike.
function kindOf(question: QuestionRule, optionId: string): string {
  const option = question.options.find((o) => o.id === optionId)!;
  const conditions = rules.questions.flatMap((q, i) =>
    ((q as QuestionRule).askedWhen ?? []).flatMap((c, j) =>
      c.question === question.id && c.hasAny.includes(optionId) ? [`${i}.${j}`] : [],
    ),
  );
  return JSON.stringify([conditions, option.level ?? null, Boolean(option.exit)]);
}

/** The answers worth trying at a question: one option per kind; for multi questions every combination. */
export function steeringAnswers(question: QuestionRule): string[][] {
  const representatives = new Map<string, string>();
  for (const option of question.options) {
    if (option.id === 'none') continue;
    const kind = kindOf(question, option.id);
    if (!representatives.has(kind)) representatives.set(kind, option.id);
  }
  const reps = [...representatives.values()];
  if (question.kind === 'single') return reps.map((r) => [r]);
  const subsets: string[][] = question.options.some((o) => o.id === 'none') ? [['none']] : [];
  for (let mask = 1; mask < 1 << reps.length; mask++) subsets.push(reps.filter((_, i) => mask & (1 << i)));
  return subsets;
}

const questionRule = (id: string): QuestionRule => rules.questions.find((q) => q.id === id) as QuestionRule;

// What the future of a path can depend on: the options named in a condition or carrying an exit.
const steering = new Set(
  rules.questions.flatMap((q) => [
    ...((q as QuestionRule).askedWhen ?? []).flatMap((c) => c.hasAny.map((o) => `${c.question}.${o}`)),
    ...(q as QuestionRule).options.filter((o) => o.exit).map((o) => `${q.id}.${o.id}`),
  ]),
);
// An exit that holds only when its option is alone also depends on how many options were chosen.
const countMatters = new Set<string>(
  rules.questions.filter((q) => (q as QuestionRule).options.some((o) => o.exit?.whenAlone)).map((q) => q.id),
);
const steeringFacts = (answers: Answers) =>
  Object.entries(answers)
    .flatMap(([q, value]) => {
      const options = [value].flat();
      const facts = options.map((o) => `${q}.${o}`).filter((fact) => steering.has(fact));
      return countMatters.has(q) ? [...facts, `${q}#${options.length}`] : facts;
    })
    .join(',');

/** Every reachable question sequence, each with answers that produce it. */
export function enumerateSequences(): Sequence[] {
  const found = new Map<string, Sequence>();
  const seen = new Set<string>();
  const walk = (answers: Answers, asked: QuestionId[]) => {
    const next = nextQuestion(answers);
    if (next === null) {
      const key = asked.join('>');
      if (!found.has(key)) found.set(key, { questions: asked, answers });
      return;
    }
    if (asked.includes(next) || asked.length >= 16) throw new Error(`path does not end: ${asked.join('>')}>${next}`);
    const question = questionRule(next);
    for (const choice of steeringAnswers(question)) {
      const nextAnswers = { ...answers, [next]: question.kind === 'single' ? choice[0] : choice } as Answers;
      // Two answers that leave the same sequence, level and chosen options behind walk the same future.
      const key = [[...asked, next].join('>'), triage(nextAnswers).level, steeringFacts(nextAnswers)].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      walk(nextAnswers, [...asked, next]);
    }
  };
  walk({}, []);
  return [...found.values()];
}
