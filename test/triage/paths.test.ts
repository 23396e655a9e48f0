// Every reachable question sequence, and on each one every option of every question tried once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rules, triage, nextQuestion, SEVERITY } from '../../src/triage/index.js';
import type { Answers, QuestionId } from '../../src/triage/index.js';
import type { OptionRule, QuestionRule, SeverityLevel } from '../../src/triage/types.js';
import { enumerateSequences } from './test-plan.js';

const sequences = enumerateSequences();
const rank = (level: string) => SEVERITY.indexOf(level as SeverityLevel);
const question = (id: string) => rules.questions.find((q) => q.id === id) as QuestionRule;
const hasLevel = (answers: Answers) =>
  Object.entries(answers).some(([q, v]) => [v].flat().some((o) => question(q).options.find((x) => x.id === o)?.level));

test('every reachable question sequence is enumerated', (t) => {
  t.diagnostic(`${sequences.length} reachable question sequences`);
  assert.ok(sequences.length > 20, 'the enumeration found suspiciously few sequences');
  const lengths = sequences.map((s) => s.questions.length);
  t.diagnostic(`shortest ${Math.min(...lengths)}, longest ${Math.max(...lengths)} questions`);
});

test('every sequence ends within 16 steps, asks no question twice, and replays through nextQuestion', () => {
  for (const { questions, answers } of sequences) {
    assert.ok(questions.length <= 16, questions.join('>'));
    assert.equal(new Set(questions).size, questions.length, questions.join('>'));
    // Replay: answering in the order nextQuestion asks gives the same sequence.
    const given: Answers = {};
    const replay: QuestionId[] = [];
    for (let step = 0; step < 17; step++) {
      const next = nextQuestion(given);
      if (next === null) break;
      replay.push(next);
      Object.assign(given, { [next]: answers[next] });
    }
    assert.deepEqual(replay, questions);
    assert.equal(triage(given).complete, true);
  }
});

test('on every sequence, every option of every question tried once gives a safe, complete answer', (t) => {
  let paths = 0;
  for (const { questions, answers } of sequences) {
    const neutral = !hasLevel(answers);
    for (const id of questions) {
      const q = question(id);
      for (const option of q.options as readonly OptionRule[]) {
        paths++;
        const tried = { ...answers, [id]: q.kind === 'single' ? option.id : [option.id] } as Answers;
        const result = triage(tried); // must not throw
        const label = `${questions.join('>')} with ${id}=${option.id}: ${result.level}`;
        if (option.level === 'emergency') {
          assert.equal(result.level, 'emergency', label);
          assert.equal(result.complete, true, label);
        }
        if (result.level !== 'not-suitable' && option.level) {
          assert.ok(rank(result.level) >= rank(option.level), label);
          if (neutral) assert.equal(result.level, option.level, label);
        }
        if (neutral && !option.level && !option.exit && result.level !== 'not-suitable') {
          assert.equal(result.level, 'self-care', label);
        }
        assert.equal(result.reasons.length === 0, result.level === 'self-care', label);
      }
    }
  }
  t.diagnostic(`${paths} answer paths tried across ${sequences.length} sequences`);
  assert.ok(paths > sequences.length * 10);
});
