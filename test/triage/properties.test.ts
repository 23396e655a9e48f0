// Property-based tests of the spec's invariants and evaluation rules (fast-check, seed printed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { rules, triage, nextQuestion, SEVERITY } from '../../src/triage/index.js';
import type { Answers } from '../../src/triage/index.js';
import type { OptionRule, QuestionRule, SeverityLevel } from '../../src/triage/types.js';
import { fastCheckSettings } from './test-plan.js';

const settings = fastCheckSettings();
console.log(`fast-check seed ${settings.seed} (set FC_SEED to replay), ${settings.numRuns} runs per property`);

const questions = rules.questions as readonly QuestionRule[];
const rank = (level: string | undefined) => SEVERITY.indexOf(level as SeverityLevel);
const optionRule = (q: QuestionRule, id: string) => q.options.find((o) => o.id === id) as OptionRule;

// Any answers at all: each question left out, given an empty list, or given any options.
const answersArb: fc.Arbitrary<Answers> = fc
  .tuple(
    ...questions.map((q) =>
      fc.option<string | string[]>(
        q.kind === 'single' ? fc.constantFrom(...q.options.map((o) => o.id)) : fc.subarray(q.options.map((o) => o.id)),
        { freq: 3 },
      ),
    ),
  )
  .map((values) => {
    const answers: Record<string, unknown> = {};
    values.forEach((value, i) => value !== null && (answers[questions[i].id] = value));
    return answers as Answers;
  });

const list = (answers: Answers, id: string): string[] => {
  const value = (answers as Record<string, string | string[] | undefined>)[id];
  const options = value === undefined ? [] : [value].flat();
  return options.length > 1 ? options.filter((o) => o !== 'none') : options;
};

/** An independent oracle for "is this question asked": its conditions hold and no exit closed it. */
function askedQuestions(answers: Answers): QuestionRule[] {
  let closedAfter = Infinity;
  const asked: QuestionRule[] = [];
  questions.forEach((q, i) => {
    if (i > closedAfter) return;
    const conditionsHold =
      !q.askedWhen || q.askedWhen.some((c) => list(answers, c.question).some((o) => c.hasAny.includes(o)));
    if (!conditionsHold) return;
    asked.push(q);
    const chosen = list(answers, q.id);
    for (const id of chosen) {
      const exit = optionRule(q, id).exit;
      if (exit && (!exit.whenAlone || chosen.length === 1)) {
        closedAfter = Math.min(
          closedAfter,
          questions.findIndex((x) => x.id === exit.closesAfter),
        );
      }
    }
  });
  return asked;
}

const mostSevereChosen = (answers: Answers) =>
  Math.max(-1, ...askedQuestions(answers).flatMap((q) => list(answers, q.id).map((o) => rank(optionRule(q, o).level))));

const emergencyOptions = questions.flatMap((q) =>
  q.options.filter((o) => o.level === 'emergency').map((o) => [q, o.id] as const),
);

test('an emergency option in an asked question gives emergency and complete, whatever else was answered', () => {
  fc.assert(
    fc.property(answersArb, fc.constantFrom(...emergencyOptions), (answers, [q, option]) => {
      const withEmergency = {
        ...answers,
        [q.id]: q.kind === 'single' ? option : [...list(answers, q.id), option],
      } as Answers;
      fc.pre(askedQuestions(withEmergency).includes(q));
      const result = triage(withEmergency);
      assert.equal(result.level, 'emergency');
      assert.equal(result.complete, true);
      assert.equal(nextQuestion(withEmergency), null);
      // The walk stops at the first emergency answer, so the reasons name that one (not always this one).
      assert.ok(result.reasons.length > 0);
      for (const reason of result.reasons) {
        const [qid, oid] = reason.split('.');
        assert.equal(
          optionRule(
            questions.find((x) => x.id === qid)!,
            oid,
          ).level,
          'emergency',
          reason,
        );
      }
    }),
    settings,
  );
});

test('the most severe chosen option wins, even past unanswered questions', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const result = triage(answers);
      fc.pre(result.level !== 'not-suitable');
      const expected = mostSevereChosen(answers);
      assert.equal(result.level, expected < 0 ? 'self-care' : SEVERITY[expected]);
    }),
    settings,
  );
});

test('monotone: adding an option, or changing a single answer from its calm option to any other, never lowers the level', () => {
  const calm = (q: QuestionRule) => q.options.find((o) => o.id === 'no' || o.id === 'neither')?.id;
  const singles = questions.filter((q) => q.kind === 'single' && calm(q));
  fc.assert(
    fc.property(
      answersArb,
      fc.constantFrom(...questions.filter((q) => q.kind === 'multi')),
      fc.nat(),
      fc.constantFrom(...singles),
      fc.nat(),
      (answers, multi, pick, single, pickRaised) => {
        const before = triage(answers);
        const option = multi.options[pick % multi.options.length].id;
        const added = triage({ ...answers, [multi.id]: [...list(answers, multi.id), option] } as Answers);
        const others = single.options.filter((o) => o.id !== calm(single));
        const raised = others[pickRaised % others.length].id;
        const changed = triage({ ...answers, [single.id]: raised } as Answers);
        const base = triage({ ...answers, [single.id]: calm(single) } as Answers);
        if (before.level !== 'not-suitable' && added.level !== 'not-suitable') {
          assert.ok(
            rank(added.level) >= rank(before.level),
            `${multi.id}+${option}: ${before.level} -> ${added.level}`,
          );
        }
        if (base.level !== 'not-suitable' && changed.level !== 'not-suitable') {
          assert.ok(rank(changed.level) >= rank(base.level), `${single.id}=${raised}`);
        }
      },
    ),
    settings,
  );
});

test('deterministic: the same answers, in any key or option order, give the same result', () => {
  fc.assert(
    fc.property(answersArb, fc.nat(), (answers, salt) => {
      const entries = Object.entries(answers);
      const shuffled = Object.fromEntries(
        entries
          .map(([k, v], i) => [k, Array.isArray(v) ? [...v].reverse() : v, (i * 7919 + salt) % 97] as const)
          .sort((a, b) => a[2] - b[2])
          .map(([k, v]) => [k, v]),
      ) as Answers;
      assert.deepEqual(triage(answers), triage(answers));
      assert.deepEqual(triage(shuffled), triage(answers));
      assert.equal(nextQuestion(shuffled), nextQuestion(answers));
    }),
    settings,
  );
});

test('results are well formed: complete exactly when no question is next; reasons empty only for self-care; routes only on same-day or appointment', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const result = triage(answers);
      const next = nextQuestion(answers);
      assert.equal(result.complete, next === null);
      if (next !== null)
        assert.equal(
          (answers as Record<string, unknown>)[next] === undefined || list(answers, next).length === 0,
          true,
        );
      assert.equal(result.reasons.length === 0, result.level === 'self-care');
      if (!['same-day', 'appointment'].includes(result.level)) assert.deepEqual(result.routes, []);
      assert.equal(new Set(result.routes).size, result.routes.length);
    }),
    settings,
  );
});

test('a gap does not hide a later answer: leaving any question blank keeps a later emergency', () => {
  fc.assert(
    fc.property(
      answersArb,
      fc.constantFrom(...emergencyOptions),
      fc.constantFrom(...questions),
      (answers, [q, option], blank) => {
        fc.pre(blank.id !== q.id);
        const withGap = { ...answers, [q.id]: q.kind === 'single' ? option : [option] } as Record<string, unknown>;
        delete withGap[blank.id];
        fc.pre(askedQuestions(withGap as Answers).includes(q));
        assert.equal(triage(withGap as Answers).level, 'emergency');
      },
    ),
    settings,
  );
});

test('unknown question or option ids throw an error naming them', () => {
  const known = new Set(questions.map((q) => q.id));
  fc.assert(
    fc.property(answersArb, fc.string({ minLength: 1 }), fc.constantFrom(...questions), (answers, id, q) => {
      fc.pre(!known.has(id) && !['__proto__', 'constructor'].includes(id));
      assert.throws(
        () => triage({ ...answers, [id]: 'none' } as Answers),
        (e: Error) => e.message.includes(`"${id}"`),
      );
      fc.pre(!q.options.some((o) => o.id === id));
      assert.throws(
        () => triage({ ...answers, [q.id]: [id] } as Answers),
        (e: Error) => e.message.includes(`"${id}"`),
      );
      assert.throws(
        () => nextQuestion({ ...answers, [q.id]: id } as Answers),
        (e: Error) => e.message.includes(q.id),
      );
    }),
    settings,
  );
});
