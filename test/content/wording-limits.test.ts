// How much a worried patient reads at once: no option over 30 words and no screen (question, hint
// and every option, as rendered, in each voice) over 160, in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locales } from '../../src/i18n/locales.js';
import {
  allScreens,
  checkWordingLimits,
  MAX_OPTION_WORDS,
  MAX_SCREEN_WORDS,
  screenText,
} from '../../scripts/wording-limits.js';
import { rules } from '../../src/content/rules.js';
import type { QuestionRule } from '../../src/triage/types.js';

for (const [code, messages] of Object.entries(locales)) {
  test(`${code}: no option over ${MAX_OPTION_WORDS} words, no screen over ${MAX_SCREEN_WORDS}`, (t) => {
    const limits = checkWordingLimits(messages);
    t.diagnostic(
      `fullest screen ${limits.fullestScreen.question} (${limits.fullestScreen.voice}): ${limits.fullestScreen.words} words`,
    );
    t.diagnostic(
      `longest option ${limits.longestOption.question}.${limits.longestOption.id}: ${limits.longestOption.words} words`,
    );
    assert.deepEqual(limits.problems, []);
    assert.equal(allScreens(messages).length, rules.questions.length * 2, 'every question in both voices');
  });
}

test('a screen counts its question, its kind of choice, its hint and every option', () => {
  const where = rules.questions.find((q) => q.id === 'where') as QuestionRule;
  const screen = screenText(where, locales.en, false);
  assert.equal(screen.lines[0], locales.en.questions.where.text);
  assert.equal(screen.lines[1], locales.en.ui.chooseAny, 'a multi question states "Choose all that fit."');
  assert.equal(screen.lines.length, 2 + where.options.length, 'no hint of its own');
  const swelling = rules.questions.find((q) => q.id === 'leg-swelling') as QuestionRule;
  const both = screenText(swelling, locales.en, false);
  assert.deepEqual(
    both.lines.slice(1, 3),
    [locales.en.ui.chooseSingle, locales.en.questions['leg-swelling'].hint],
    'a single question states "Choose one.", then its own hint, as the screen shows them',
  );
  assert.equal(
    screen.words,
    screen.lines.reduce((sum, line) => sum + line.split(/\s+/).filter((w) => /\w/.test(w)).length, 0),
  );
});

// scripts/wording-limits.ts counts a question's own hint, or "Choose all that fit." on a multi
// question; every screen also shows its kind of choice (issue 13), so a single-choice screen has
// "Choose one." as well. Counted here, so the limit holds for the screen as rendered.
for (const [code, messages] of Object.entries(locales)) {
  test(`${code}: every screen with its kind of choice stays at ${MAX_SCREEN_WORDS} words or fewer`, () => {
    for (const screen of allScreens(messages)) {
      const question = rules.questions.find((q) => q.id === screen.question)!;
      const shown = [...screen.lines];
      const kind = question.kind === 'single' ? messages.ui.chooseSingle : messages.ui.chooseAny;
      if (!shown.includes(kind)) shown.splice(1, 0, kind);
      const words = shown.reduce((sum, line) => sum + line.split(/\s+/).filter((w) => /\w/.test(w)).length, 0);
      assert.ok(words <= MAX_SCREEN_WORDS, `${screen.question} (${screen.voice}): ${words} words`);
    }
  });
}
