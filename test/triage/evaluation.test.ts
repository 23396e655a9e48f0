// Worked examples of the spec's "How the engine evaluates answers", one rule each, so a reader
// can see every rule at work and a change to one fails by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, rules, triage, nextQuestion } from '../../src/triage/index.js';
import type { Answers } from '../../src/triage/index.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

const withAnswers = (changes: Record<string, unknown>) => ({ ...calmAnswers, ...changes }) as Answers;

test('step 1: a single question given a list, and a multi question given a string, are read as lists', () => {
  assert.equal(triage(withAnswers({ 'leg-swelling': ['yes'] })).level, 'same-day');
  assert.equal(triage(withAnswers({ pattern: 'long-cramp' })).level, 'same-day');
});

test('step 1: "none" beside real options counts as those options; an empty list is no answer', () => {
  assert.equal(triage(withAnswers({ pattern: ['none', 'frequent'] })).level, 'appointment');
  assert.equal(nextQuestion(withAnswers({ pattern: [] })), 'pattern');
});

test('step 2: a gap is the next question, and a later emergency answer still counts', () => {
  const answers = withAnswers({ medicines: undefined, background: ['dialysis-missed'] });
  assert.equal(nextQuestion(answers), 'medicines');
  const result = triage({ who: 'self', 'nerve-pain': ['saddle-bladder-bowel'] } as Answers);
  assert.deepEqual(result, {
    level: 'emergency',
    reasons: ['nerve-pain.saddle-bladder-bowel'],
    routes: [],
    complete: true,
  });
});

test('step 4: an emergency-room answer keeps asking only while a later question could still mean emergency', () => {
  const darkPee = withAnswers({ 'other-signs': ['dark-urine'] });
  assert.equal(nextQuestion(darkPee), 'dehydration'); // "severe" there would be an emergency
  const answered = { ...darkPee, dehydration: 'neither' } as Answers;
  assert.deepEqual(triage(answered), {
    level: 'ed-now',
    reasons: ['other-signs.dark-urine'],
    routes: [],
    complete: true,
  });
  assert.equal(
    evaluate(rules, answered).answered.some((a) => a.question === 'pattern'),
    false,
    'pattern is not asked',
  );
});

test('step 5: the child exit ends after the warning signs, unless one of them is an emergency', () => {
  assert.deepEqual(triage({ who: 'child', emergency: ['none'] } as Answers), {
    level: 'not-suitable',
    reasons: ['who.child'],
    routes: [],
    complete: true,
  });
  assert.equal(triage({ who: 'child', emergency: ['seizure'] } as Answers).level, 'emergency');
  assert.equal(triage(withAnswers({ where: ['belly'] })).level, 'not-suitable');
  assert.equal(
    triage(withAnswers({ where: ['belly', 'calf-foot'] })).level,
    'self-care',
    'belly with another place is not the exit',
  );
});

test('step 7: reasons name every answer at the final level, in the order asked', () => {
  const result = triage(
    withAnswers({ 'leg-swelling': 'yes', 'other-signs': ['fever'], pattern: ['long-cramp', 'frequent'] }),
  );
  assert.deepEqual(result.reasons, ['leg-swelling.yes', 'other-signs.fever', 'pattern.long-cramp']);
});

test('routes: in the order asked, without repeats, the maternity team last, only on appointment and same-day', () => {
  const appointment = triage(
    withAnswers({
      'leg-signs': ['walking-pain'],
      'nerve-pain': ['radiating'],
      'nerve-signs': ['none'],
      background: ['pregnant', 'long-term-condition'],
    }),
  );
  assert.equal(appointment.level, 'appointment');
  assert.deepEqual(appointment.routes, ['primary-care', 'pain-clinic', 'maternity']);
  assert.deepEqual(triage(withAnswers({ 'leg-swelling': 'yes', background: ['pregnant'] })).routes, ['maternity']);
  assert.deepEqual(triage(withAnswers({ background: ['dialysis-missed'] })).routes, ['own-team']);
  assert.deepEqual(triage(withAnswers({ background: ['pregnant'] })).routes, [], 'no route on self-care');
  assert.deepEqual(
    triage(withAnswers({ medicines: ['withdrawal'], background: ['pregnant'] })).routes,
    [],
    'none on ed-now',
  );
});

test('advice: shown for the answers and levels the spec ties it to', () => {
  const advice = (changes: Record<string, unknown>) => evaluate(rules, withAnswers(changes)).advice;
  assert.deepEqual(advice({ background: ['pregnant'], 'pregnancy-signs': ['none'] }), ['pregnancy']);
  assert.deepEqual(
    advice({ 'leg-swelling': 'yes', 'clot-breath': 'no', background: ['pregnant'], 'pregnancy-signs': ['none'] }),
    ['pregnancy'],
  );
  assert.deepEqual(
    advice({ medicines: ['withdrawal'], background: ['pregnant'] }),
    ['pregnant-tell-staff'],
    'ed-now stops before the background question, so every ed-now result asks about pregnancy',
  );
  assert.deepEqual(advice({ background: ['dialysis'] }), ['fluid-limits', 'no-supplements']);
  assert.deepEqual(advice({ background: ['long-term-condition'] }), ['fluid-limits', 'no-supplements', 'blood-sugar']);
  assert.deepEqual(advice({ medicines: ['quinine-bleeding'] }), ['quinine']);
  assert.deepEqual(evaluate(rules, { who: 'self', emergency: ['overheated-confused'] } as Answers).advice, [
    'pregnant-tell-staff',
    'heat-stroke-first-aid',
  ]);
  assert.deepEqual(
    evaluate(rules, withAnswers({ medicines: ['statin-pain'], 'other-signs': ['dark-urine'], dehydration: 'neither' }))
      .advice,
    ['pregnant-tell-staff', 'statin-dark-urine'],
  );
  assert.deepEqual(evaluate(rules, { who: 'child', emergency: ['none'] } as Answers).advice, ['child']);
  assert.deepEqual(evaluate(rules, { who: 'self', emergency: ['none'], where: ['belly'] } as Answers).advice, [
    'belly',
  ]);
});

test('advice added in rule set 3: heat and exercise care, water overload, Labor and Delivery, a clot while waiting', () => {
  const advice = (changes: Record<string, unknown>) => evaluate(rules, withAnswers(changes)).advice;
  assert.deepEqual(advice({ 'other-signs': ['heat-exercise'], heat: ['none'] }), [
    'heat-exercise-care',
    'no-over-drinking',
  ]);
  assert.deepEqual(
    advice({ 'other-signs': ['heat-exercise', 'fever'], heat: ['none'] }),
    ['no-over-drinking'],
    'home care for heat cramps is for self-care and appointment results only',
  );
  assert.deepEqual(advice({ 'other-signs': ['heat-exercise'], heat: ['water-overload'] }), [
    'pregnant-tell-staff',
    'water-overload',
    'no-over-drinking',
  ]);
  assert.deepEqual(advice({ background: ['pregnant'], 'pregnancy-signs': ['preeclampsia'] }), [
    'labor-delivery',
    'pregnant-tell-staff',
  ]);
  const clot = evaluate(rules, {
    who: 'self',
    emergency: ['none'],
    where: ['calf-foot'],
    'leg-swelling': 'yes',
    'clot-breath': 'severe',
  } as Answers);
  assert.equal(clot.level, 'emergency');
  assert.deepEqual(clot.advice, ['pregnant-tell-staff', 'clot-keep-still']);
});
