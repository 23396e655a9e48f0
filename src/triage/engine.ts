// The generic triage engine: walks a rule set's questions in order, exactly as the spec's
// "How the engine evaluates answers" says. It knows no clinical fact; those are all in the data.
import type {
  AdviceRule,
  Condition,
  Evaluation,
  Level,
  LooseAnswers,
  OptionRule,
  QuestionRule,
  Route,
  RuleSet,
  SeverityLevel,
} from './types.js';

/** Severity order, least to most severe. `not-suitable` is not a severity and has no rank. */
export const SEVERITY: readonly SeverityLevel[] = ['appointment', 'same-day', 'ed-now', 'emergency'];
const NONE = 'none';
const rankOf = (level: SeverityLevel | undefined): number => (level ? SEVERITY.indexOf(level) : -1);
const EMERGENCY = rankOf('emergency');
const ED_NOW = rankOf('ed-now');

type Chosen = Map<string, OptionRule[]>;

const holds = (condition: Condition, chosen: Chosen): boolean =>
  chosen.get(condition.question)?.some((option) => condition.hasAny.includes(option.id)) ?? false;

const adviceHolds = (advice: AdviceRule, chosen: Chosen): boolean =>
  !advice.when ||
  advice.when.some((c) => ('allOf' in c ? c.allOf.every((part) => holds(part, chosen)) : holds(c, chosen)));

/** Reads the answers into option rules in table order, throwing on any unknown id (spec step 1). */
function readAnswers(rules: RuleSet, answers: LooseAnswers): Chosen {
  const chosen: Chosen = new Map();
  for (const [questionId, value] of Object.entries(answers)) {
    const question = rules.questions.find((q) => q.id === questionId);
    if (!question) throw new Error(`Unknown question id "${questionId}"`);
    const ids: readonly unknown[] = value == null ? [] : Array.isArray(value) ? value : [value];
    for (const id of ids) {
      if (!question.options.some((o) => o.id === id)) {
        throw new Error(`Unknown option id "${String(id)}" for question "${questionId}"`);
      }
    }
    // Table order makes the result independent of the order the options were given in;
    // `none` next to real options counts as those options.
    let picked = question.options.filter((o) => ids.includes(o.id));
    if (picked.length > 1) picked = picked.filter((o) => o.id !== NONE);
    if (picked.length) chosen.set(questionId, picked);
  }
  return chosen;
}

const maxRank = (question: QuestionRule): number => Math.max(...question.options.map((o) => rankOf(o.level)));

/** Evaluates answers against a rule set: the result, the first gap, what was answered, and advice. */
export function evaluate(rules: RuleSet, answers: LooseAnswers): Evaluation {
  const chosen = readAnswers(rules, answers);
  const { questions } = rules;
  let rank = -1;
  let next: string | null = null;
  let exitReason: string | null = null;
  let closedAfter = Infinity;
  const answered: { question: string; options: OptionRule[] }[] = [];

  for (let i = 0; i < questions.length && i <= closedAfter; i++) {
    const question = questions[i];
    const asked = !question.askedWhen || question.askedWhen.some((c) => holds(c, chosen));
    const picked = asked ? chosen.get(question.id) : undefined;
    if (asked && !picked) next ??= question.id;
    if (picked) {
      answered.push({ question: question.id, options: picked });
      for (const option of picked) {
        rank = Math.max(rank, rankOf(option.level));
        const exit = option.exit;
        if (exit && (!exit.whenAlone || picked.length === 1)) {
          closedAfter = Math.min(
            closedAfter,
            questions.findIndex((q) => q.id === exit.closesAfter),
          );
          exitReason ??= exit.reason;
        }
      }
    }
    if (rank === EMERGENCY) break;
    // Early stop (spec step 4): nothing still to come could raise an emergency-department result.
    if (rank >= ED_NOW && questions.slice(i + 1).every((q) => maxRank(q) <= rank)) break;
  }

  const level: Level =
    rank === EMERGENCY ? 'emergency' : exitReason ? 'not-suitable' : rank < 0 ? 'self-care' : SEVERITY[rank];
  const complete = level === 'emergency' || next === null;

  const reasons: string[] = [];
  const routes: Route[] = [];
  const addRoute = (route: Route | undefined) => route && !routes.includes(route) && routes.push(route);
  for (const { question, options } of answered) {
    for (const option of options) {
      if (option.level === level) {
        reasons.push(`${question}.${option.id}`);
        if (level === 'same-day' || level === 'appointment') addRoute(option.route);
      }
    }
  }
  if (level === 'not-suitable' && exitReason) reasons.push(exitReason);
  if (level === 'same-day' || level === 'appointment') {
    for (const { options } of answered) for (const option of options) addRoute(option.extraRoute);
  }

  const answeredChosen: Chosen = new Map(answered.map((a) => [a.question, a.options]));
  const advice = rules.advice
    .filter((a) => (!a.levels || a.levels.includes(level)) && adviceHolds(a, answeredChosen))
    .map((a) => a.id);

  return {
    level,
    reasons,
    routes,
    complete,
    next: complete ? null : next,
    answered: answered.map(({ question, options }) => ({ question, options: options.map((o) => o.id) })),
    advice,
  };
}
