// axe in every state, not a sample: the first screen, every question, the error, every outcome
// (both not-suitable exits too), the learn section, in every locale, in the light and dark themes.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { locales } from '../../src/i18n/locales.js';
import { rules } from '../../src/content/rules.js';
import { answer, currentQuestion, resultLevel, settle, shadow, walk } from './driver.js';
import type { Given } from './driver.js';
import { expectNoAxeViolations } from './axe.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

/** A path that asks all fourteen questions. */
const everyQuestion: Given = {
  ...calmAnswers,
  where: ['calf-foot', 'back'],
  'nerve-signs': ['none'],
  medicines: ['new-medicine'],
  'other-signs': ['fluid-loss', 'heat-exercise', 'lip-finger-tingling'],
  dehydration: 'neither',
  heat: ['none'],
  'tingling-risk': 'no',
  'leg-swelling': 'not-sure',
  'clot-breath': 'no',
  background: ['pregnant'],
  'pregnancy-signs': ['none'],
};
const outcomes: [string, Given][] = [
  ['emergency', { ...calmAnswers, emergency: ['overheated-confused'] }],
  ['ed-now', { ...calmAnswers, medicines: ['statin-pain'], 'other-signs': ['dark-urine'], dehydration: 'neither' }],
  [
    'same-day',
    {
      ...calmAnswers,
      'leg-swelling': 'yes',
      'clot-breath': 'no',
      background: ['pregnant'],
      'pregnancy-signs': ['none'],
    },
  ],
  ['appointment', { ...calmAnswers, where: ['back'], 'nerve-pain': ['radiating'], 'nerve-signs': ['none'] }],
  [
    'self-care',
    {
      ...calmAnswers,
      'other-signs': ['heat-exercise'],
      heat: ['none'],
      background: ['pregnant'],
      'pregnancy-signs': ['none'],
    },
  ],
  ['not-suitable', { who: 'child', emergency: ['none'] }],
  ['not-suitable', { ...calmAnswers, where: ['belly'] }],
];

for (const lang of Object.keys(locales)) {
  for (const theme of ['light', 'dark']) {
    describe(`axe, lang="${lang}", theme="${theme}"`, () => {
      const mount = () =>
        fixture<SpasmChecker>(
          html`<spasm-checker lang=${lang} theme=${theme} clinic-phone="555 010 4477" booking-url="/book"></spasm-checker>`,
        );

      it('every question, from the first screen on, and the choose-an-answer error', async () => {
        const el = await mount();
        const seen: string[] = [];
        while (currentQuestion(el)) {
          const question = currentQuestion(el)!;
          await expectNoAxeViolations(el, `question ${question}`);
          if (question === 'who') {
            shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
            await settle(el);
            expect(shadow(el).querySelector('#error')).to.exist;
            await expectNoAxeViolations(el, 'error');
          }
          seen.push(question);
          await answer(el, everyQuestion[question]);
        }
        expect(seen).to.deep.equal(rules.questions.map((q) => q.id));
        await expectNoAxeViolations(el, 'result after every question');
      });

      for (const [level, given] of outcomes) {
        it(`the ${level} result (${Object.values(given)
          .flat()
          .filter((v) => v !== 'none' && v !== 'no')
          .slice(-1)})`, async () => {
          const el = await mount();
          await walk(el, given);
          expect(resultLevel(el)).to.equal(level);
          await expectNoAxeViolations(el, `${level} result`);
        });
      }

      it('the open learn section', async () => {
        const el = await mount();
        shadow(el).querySelector<HTMLButtonElement>('.learn button')!.click();
        await settle(el);
        await expectNoAxeViolations(el, 'learn');
      });
    });
  }
}
