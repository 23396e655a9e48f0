// The printed and copied summary, built directly from an evaluation (no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../../src/triage/engine.js';
import { rules } from '../../src/content/rules.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { buildSummary, summaryText } from '../../src/views/summary.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

const answers = {
  ...calmAnswers,
  who: 'someone-else',
  'leg-swelling': 'yes',
  pattern: ['frequent'],
  background: ['pregnant'],
};
const date = new Date(2026, 10, 26);

test('the summary holds the result, reasons, yes and no answers, the date and the rule-set version', () => {
  const s = buildSummary(evaluate(rules, answers), en, rules, true, date);
  assert.equal(s.result, en.levels['same-day'].title);
  assert.deepEqual(s.reasons, [en.reasons['leg-swelling.yes']]);
  assert.ok(s.yes.includes(`${en.questions['leg-swelling'].short}: Yes`));
  assert.ok(s.yes.some((y) => y.startsWith(`${en.questions.who.short}: `)));
  assert.deepEqual(
    s.no,
    ['emergency', 'leg-signs', 'nerve-pain', 'medicines', 'other-signs'].map(
      (q) => en.questions[q as keyof typeof en.questions].short,
    ),
  );
  assert.equal(s.date, 'Date: November 26, 2026');
  assert.deepEqual(s.footer, ['Rule set 3.0.0', en.ui.notReviewed]);
});

test('the plain text has the same content, one item a line, and no markup', () => {
  const s = buildSummary(evaluate(rules, answers), en, rules, true, date);
  const text = summaryText(s, en);
  assert.ok(text.startsWith(`${en.ui.summaryTitle}\nDate: November 26, 2026\n\nYour result: ${s.result}`));
  for (const line of [...s.reasons, ...s.yes, ...s.no]) assert.ok(text.includes(`\n- ${line}`), line);
  assert.ok(text.endsWith(`Rule set 3.0.0\n${en.ui.notReviewed}`));
  assert.doesNotMatch(text, /[<>]/);
});

test("the summary speaks the patient's language, dates included", () => {
  const s = buildSummary(evaluate(rules, answers), es, rules, true, date);
  assert.equal(s.date, 'Fecha: 26 de noviembre de 2026');
  assert.equal(s.result, es.levels['same-day'].title);
});

test('a signed review shows the reviewer and dates in the footer', () => {
  const reviewed = {
    ...rules,
    review: {
      status: 'reviewed' as const,
      reviewer: 'Dr. A. Reviewer',
      reviewedOn: '2026-12-01',
      nextReview: '2027-12-01',
    },
  };
  const s = buildSummary(evaluate(rules, answers), en, reviewed, false, date);
  assert.equal(s.footer[1], 'Rules reviewed by Dr. A. Reviewer on 2026-12-01. Next review: 2027-12-01.');
});
