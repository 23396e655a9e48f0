// Every transition of the checker's flow (src/checker/flow.ts), in Node: Continue, the error,
// Back (from a question, from the result, with what was ticked), Change (back to the result, or
// how many new questions are left), Start again, the "who" reset, "None of these", and that no
// transition changes the state it was given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as flow from '../../src/checker/flow.js';
import type { CheckerState } from '../../src/checker/flow.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

const freeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
};

/** Continue with these option ids; the state must not be changed in place. */
const submit = (state: CheckerState, picked: string | readonly string[]) => flow.submit(freeze(state), [picked].flat());

/** Answers every question on screen from `given` until the result; returns the final state. */
function walk(
  state: CheckerState,
  given: Readonly<Record<string, string | readonly string[]>> = calmAnswers,
): CheckerState {
  for (let i = 0; i < 30; i++) {
    const id = flow.current(state);
    if (id === null) return state;
    assert.ok(id in given, `asked ${id}, which the answers do not cover`);
    state = submit(state, given[id]).state;
  }
  throw new Error('the walk did not end');
}

const screen = (state: CheckerState) => flow.screenOf(state);
const questionOn = (state: CheckerState) => {
  const s = screen(state);
  assert.equal(s.kind, 'question');
  return s as Extract<flow.Screen, { kind: 'question' }>;
};

test('a fresh checker shows the first question, step 1, nothing ticked, no answers', () => {
  const start = flow.initialState();
  const s = questionOn(start);
  assert.equal(s.question.id, 'who');
  assert.equal(s.step, 1);
  assert.deepEqual(s.ticked, []);
  assert.deepEqual(flow.answersOf(start), {});
  assert.equal(start.started, false);
  assert.equal(flow.current(start), 'who');
});

test('Continue with nothing chosen is refused: the error shows and nothing else changes; a tick clears it', () => {
  const start = flow.initialState();
  const refused = submit(start, []);
  assert.equal(refused.refused, true);
  assert.equal(refused.startedNow, false);
  assert.equal(refused.state.showError, true);
  assert.equal(refused.state.steps, start.steps);
  assert.notEqual(
    submit(refused.state, []).state,
    refused.state,
    'a second empty Continue is a new state (focus moves again)',
  );
  assert.equal(flow.clearError(refused.state).showError, false);
  assert.equal(flow.clearError(start), start, 'nothing to clear: the same state');
});

test('the first answer starts the checker once, and shows the next question as step 2', () => {
  const first = submit(flow.initialState(), 'self');
  assert.equal(first.startedNow, true);
  assert.equal(first.state.started, true);
  assert.equal(questionOn(first.state).step, 2);
  assert.deepEqual(flow.answersOf(first.state), { who: 'self' });
  const second = submit(first.state, ['none']);
  assert.equal(second.startedNow, false);
  assert.equal(questionOn(second.state).step, 3);
});

test('a single-choice answer is stored as one id, a multiple-choice answer as a list', () => {
  const state = submit(submit(flow.initialState(), ['self', 'child']).state, ['none']).state;
  assert.deepEqual(state.given, { who: 'self', emergency: ['none'] });
});

test('the last answer shows the result, evaluated by the engine', () => {
  const done = walk(flow.initialState());
  assert.equal(done.finished, true);
  assert.equal(flow.current(done), null);
  const s = screen(done);
  assert.equal(s.kind, 'result');
  assert.equal(s.kind === 'result' && s.evaluation.level, 'self-care');
  assert.deepEqual(flow.evaluationOf(done), (s as Extract<flow.Screen, { kind: 'result' }>).evaluation);
  assert.deepEqual(Object.keys(flow.answersOf(done)), done.steps);
});

test('an answer that needs care now ends the checker at once', () => {
  const done = submit(submit(flow.initialState(), 'self').state, ['seizure']).state;
  assert.equal(done.finished, true);
  assert.equal(flow.evaluationOf(done).level, 'emergency');
});

test('Back from the result shows the last question with its answer ticked, all answers kept', () => {
  const done = walk(flow.initialState());
  const back = flow.back(freeze(done));
  const s = questionOn(back);
  assert.equal(s.question.id, done.steps[done.steps.length - 1]);
  assert.deepEqual(s.ticked, [calmAnswers[s.question.id]].flat());
  assert.deepEqual(back.given, done.given);
  assert.equal(back.finished, false);
  assert.equal(back.steps, done.steps);
});

test('Back from a question shows the previous one with its answer; the one left keeps its answer for later', () => {
  const done = walk(flow.initialState());
  const atLast = flow.back(done);
  const previous = flow.back(freeze(atLast));
  assert.equal(previous.steps.length, atLast.steps.length - 1);
  const s = questionOn(previous);
  assert.deepEqual(s.ticked, [calmAnswers[s.question.id]].flat());
  const left = atLast.steps[atLast.steps.length - 1];
  assert.ok(!(left in flow.answersOf(previous)), 'the question left is not among the answers taken');
  assert.deepEqual(previous.given[left], done.given[left], 'but its answer is kept');
  const again = submit(previous, s.ticked).state;
  assert.deepEqual(questionOn(again).ticked, [calmAnswers[left]].flat(), 'and shown again when it comes back');
});

test('Back on the first question changes nothing but the error', () => {
  const start = submit(flow.initialState(), []).state;
  const back = flow.back(start);
  assert.equal(back.steps, start.steps);
  assert.equal(back.showError, false);
});

test('Back with what is ticked on the screen being left keeps those ticks; with nothing ticked, forgets', () => {
  const atWhere = submit(submit(flow.initialState(), 'self').state, ['none']).state;
  assert.equal(flow.current(atWhere), 'where');
  assert.equal(flow.back(atWhere).given.where, undefined, 'without ticks handed over, nothing is stored');
  const kept = flow.back(freeze(atWhere), ['thigh', 'back']);
  assert.equal(flow.current(kept), 'emergency');
  assert.deepEqual(kept.given.where, ['thigh', 'back']);
  assert.deepEqual(flow.answersOf(kept), { who: 'self' }, 'a draft is not an answer taken');
  const again = submit(kept, ['none']).state;
  assert.deepEqual(questionOn(again).ticked, ['thigh', 'back']);
  assert.equal(flow.back(again, []).given.where, undefined);
  const single = flow.back(flow.change(walk(flow.initialState()), 'leg-swelling'), ['yes']);
  assert.equal(single.given['leg-swelling'], 'yes', 'a single-choice draft is one id');
});

test('Change shows that question again with its answer; Continue returns to the result when nothing new is asked', () => {
  const done = walk(flow.initialState());
  const changed = flow.change(freeze(done), 'where');
  assert.equal(flow.current(changed), 'where');
  assert.equal(changed.changing, true);
  assert.deepEqual(changed.steps, done.steps.slice(0, done.steps.indexOf('where') + 1));
  assert.deepEqual(questionOn(changed).ticked, ['calf-foot']);
  assert.equal(questionOn(changed).left, null, 'the changed question was answered: no count of new ones');
  assert.deepEqual(changed.given, done.given, 'no answer is lost');
  const back = submit(changed, ['calf-foot']).state;
  assert.equal(back.finished, true, 'by default, after a Change, the result comes straight back');
  assert.deepEqual(back.steps, done.steps);
  assert.equal(back.changing, false, 'the Change is over once the result shows');
  const again = submit({ ...changed, changing: false }, ['calf-foot']).state;
  assert.equal(flow.current(again), done.steps[done.steps.indexOf('where') + 1], 'not changing: Continue walks on');
  assert.equal(flow.change(done, 'not-a-question'), done, 'an unknown question changes nothing');
  assert.equal(flow.change(done, 'dehydration'), done, 'a question not asked changes nothing');
});

test('a Change that asks new questions says how many are left, and counts down to the result', () => {
  const done = walk(flow.initialState());
  // Back pain as well as the calf asks about the back (nerve-signs), which was never answered.
  const moved = submit(flow.change(done, 'where'), ['calf-foot', 'back']).state;
  assert.equal(flow.current(moved), 'nerve-signs');
  assert.equal(moved.changing, true, 'still changing: the result has not shown again');
  assert.equal(questionOn(moved).left, 1, 'one new question, then the result');
  assert.equal(flow.questionsLeft(moved), 1);
  const back = submit(moved, ['none']).state;
  assert.equal(back.finished, true, 'the answered questions after it are skipped');
  assert.equal(back.changing, false);
  assert.deepEqual(flow.answersOf(back), { ...calmAnswers, where: ['calf-foot', 'back'], 'nerve-signs': ['none'] });
  // Someone else: every answer is forgotten, and every question is new.
  const other = submit(flow.change(done, 'who'), 'someone-else').state;
  const s = questionOn(other);
  assert.equal(s.left, flow.questionsLeft(other));
  assert.equal(
    s.left,
    walk(flow.change(done, 'who'), { ...calmAnswers, who: 'someone-else' }).steps.length - 1,
    'the calm path, counted',
  );
  // Without a Change, no count shows.
  assert.equal(questionOn(flow.initialState()).left, null);
  assert.equal(questionOn(flow.back(done)).left, null);
});

test('Back during a Change keeps the Change: Continue still skips what was answered', () => {
  const done = walk(flow.initialState());
  const moved = submit(flow.change(done, 'where'), ['calf-foot', 'back']).state;
  const back = flow.back(moved, []);
  assert.equal(flow.current(back), moved.steps[moved.steps.length - 2], 'the step before, skipped over but answered');
  assert.equal(back.changing, true);
  const forward = submit(back, questionOn(back).ticked).state;
  assert.equal(flow.current(forward), 'nerve-signs');
  assert.equal(submit(forward, ['none']).state.finished, true);
  assert.equal(flow.back(done).changing, false, 'Back from the result is not a Change');
});

test('Change returns to the result when the changed answer asks nothing new', () => {
  const done = walk(flow.initialState());
  for (const id of done.steps) {
    const back = submit(flow.change(done, id), calmAnswers[id]).state;
    assert.equal(back.finished, true, `changing ${id} to the same answer returns to the result`);
    assert.deepEqual(back.steps, done.steps);
    assert.deepEqual(flow.answersOf(back), flow.answersOf(done));
  }
});

test('Change stops at the first question that the new answer asks and was never answered', () => {
  const done = walk(flow.initialState());
  const moved = submit(flow.change(done, 'where'), ['back']).state;
  if (moved.finished) {
    assert.equal(flow.evaluationOf(moved).next, null);
  } else {
    const id = flow.current(moved)!;
    assert.equal(moved.given[id], undefined, `${id} is new`);
    for (const taken of moved.steps.slice(0, -1))
      assert.notEqual(moved.given[taken], undefined, `${taken} was answered`);
    assert.equal(flow.evaluationOf(moved).next, id, 'the engine asks it next');
  }
});

test('a different "who" forgets every other answer; the same "who" keeps them', () => {
  const done = walk(flow.initialState());
  const same = submit(flow.change(done, 'who'), 'self').state;
  assert.deepEqual(same.given, done.given);
  const other = submit(flow.change(done, 'who'), 'someone-else').state;
  assert.deepEqual(other.given, { who: 'someone-else' });
  assert.equal(flow.aboutSomeoneElse(other), true);
  assert.equal(flow.aboutSomeoneElse(done), false);
  assert.deepEqual(questionOn(other).ticked, [], 'the next question shows nothing ticked');
});

test('Start again is the fresh state', () => {
  assert.deepEqual(flow.initialState(), {
    steps: ['who'],
    given: {},
    finished: false,
    showError: false,
    started: false,
    changing: false,
  });
  assert.notEqual(flow.initialState().steps, flow.initialState().steps, 'a new screen each time');
});

test('the answers handed out are copies', () => {
  const done = walk(flow.initialState());
  const answers = flow.answersOf(done) as Record<string, string[]>;
  answers.emergency.push('seizure');
  assert.deepEqual(done.given.emergency, ['none']);
});

test('"None of these" is exclusive in both directions', () => {
  assert.deepEqual(flow.exclusiveUntick('none', ['thigh', 'back', 'none']), ['thigh', 'back']);
  assert.deepEqual(flow.exclusiveUntick('thigh', ['thigh', 'none']), ['none']);
  assert.deepEqual(flow.exclusiveUntick('thigh', ['thigh', 'back']), []);
  assert.deepEqual(flow.exclusiveUntick('none', ['none']), []);
});

test('Continue on the result screen does nothing', () => {
  const done = walk(flow.initialState());
  const after = submit(done, ['none']);
  assert.equal(after.state, done);
  assert.equal(after.refused, false);
});
