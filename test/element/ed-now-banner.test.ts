// Once an answer has reached ed-now, every later question says so first (spec, rule set 3): a
// patient who stops reading still knows to go to the emergency department.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { answer, currentQuestion, resultLevel, shadow } from './driver.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

const banner = (el: SpasmChecker) => shadow(el).querySelector('form .ed-now-banner');

describe('the emergency-department line on later questions', () => {
  it('is absent until an answer reaches ed-now, then leads every later question, said with its heading', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker emergency-number="112"></spasm-checker>`);
    for (const q of ['who', 'emergency', 'where', 'leg-swelling', 'leg-signs', 'nerve-pain'] as const) {
      expect(currentQuestion(el)).to.equal(q);
      expect(banner(el), `no line on ${q}`).to.equal(null);
      await answer(el, calmAnswers[q]);
    }
    expect(currentQuestion(el)).to.equal('medicines');
    expect(banner(el)).to.equal(null);
    await answer(el, ['withdrawal']);
    expect(currentQuestion(el)).to.equal('other-signs');
    const line = banner(el)!;
    expect(line.textContent).to.equal(
      'Your answers so far mean going to an emergency room now. The next questions check if you should call 112 instead.',
    );
    // Before the question in reading order, and said when focus lands on the question's heading
    // (Orca reads no fieldset description, and nothing above the focused heading).
    const heading = shadow(el).querySelector('form #step-heading')!;
    expect(line.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(heading.getAttribute('aria-describedby')).to.equal('ed-now');
    expect(shadow(el).activeElement).to.equal(heading);
    await answer(el, ['heat-exercise']);
    expect(currentQuestion(el)).to.equal('heat');
    expect(banner(el), 'still there on the next question').to.not.equal(null);
    await answer(el, ['none']);
    expect(resultLevel(el)).to.equal('ed-now');
  });

  it('is never shown to a patient whose answers stay below ed-now', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    const seen: boolean[] = [];
    const given: Record<string, string | readonly string[]> = { ...calmAnswers, 'other-signs': ['fever'] };
    for (let step = 0; step < 20 && currentQuestion(el); step++) {
      seen.push(banner(el) !== null);
      await answer(el, given[currentQuestion(el)!]);
    }
    expect(resultLevel(el)).to.equal('same-day');
    expect(seen.some(Boolean)).to.equal(false);
  });
});
