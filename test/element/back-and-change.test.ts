// Back and Change as a patient uses them (issue 13, points 4 and 5): Back keeps what was ticked on
// the screen being left; Change returns to the result when the changed answer asks nothing new, and
// says how many questions are left when it does. In Chromium and Firefox, with axe in each state.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { answer, currentQuestion, form, headingText, resultLevel, settle, shadow, walk } from './driver.js';
import { expectNoAxeViolations } from './axe.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

const mount = (lang = 'en') => fixture<SpasmChecker>(html`<spasm-checker lang=${lang}></spasm-checker>`);
const ticked = (el: SpasmChecker) =>
  [...form(el)!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
const focused = (el: SpasmChecker) => shadow(el).activeElement as HTMLElement | null;
const tick = (el: SpasmChecker, value: string) =>
  (form(el)!.querySelector(`input[value="${value}"]`)!.closest('label') as HTMLLabelElement).click();
const buttonNamed = (el: SpasmChecker, name: RegExp) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    name.test(b.textContent!.replace(/\s+/g, ' ').trim()),
  )!;

async function click(el: SpasmChecker, name: RegExp) {
  buttonNamed(el, name).click();
  await settle(el);
}

describe('Back', () => {
  it('keeps the ticks of the screen being left, without Continue, and shows them when it comes back', async () => {
    const el = await mount();
    await answer(el, 'self');
    await answer(el, ['none']);
    expect(currentQuestion(el)).to.equal('where');
    tick(el, 'calf-foot');
    tick(el, 'thigh');
    await click(el, /^Back$/);
    expect(currentQuestion(el)).to.equal('emergency');
    expect(focused(el)?.id).to.equal('step-heading');
    expect(el.answers, 'a draft is not an answer taken').to.deep.equal({ who: 'self' });
    await answer(el, ['none']);
    expect(currentQuestion(el)).to.equal('where');
    expect(ticked(el)).to.deep.equal(['calf-foot', 'thigh']);
  });

  it('keeps a single-choice tick too, and forgets the screen when nothing was ticked', async () => {
    const el = await mount();
    for (const q of ['who', 'emergency', 'where'] as const) await answer(el, calmAnswers[q]);
    expect(currentQuestion(el)).to.equal('leg-swelling');
    tick(el, 'not-sure');
    await click(el, /^Back$/);
    await answer(el, ['calf-foot']);
    expect(ticked(el)).to.deep.equal(['not-sure']);
    tick(el, 'not-sure');
    (form(el)!.querySelector('input[value="not-sure"]') as HTMLInputElement).checked = false;
    await click(el, /^Back$/);
    await answer(el, ['calf-foot']);
    expect(ticked(el)).to.deep.equal([]);
  });
});

describe('Change on the result', () => {
  it('returns to the result when the changed answer asks nothing new, with focus on the result heading', async () => {
    const el = await mount();
    await walk(el, calmAnswers);
    await click(el, /^Change Where$/);
    expect(currentQuestion(el)).to.equal('where');
    expect(ticked(el)).to.deep.equal(['calf-foot']);
    expect(shadow(el).querySelector('#left'), 'no count: this question was answered').to.equal(null);
    tick(el, 'thigh');
    await answer(el, []);
    expect(resultLevel(el)).to.equal('self-care');
    expect(focused(el)?.id).to.equal('step-heading');
    expect(focused(el)?.closest('[data-level]')).to.exist;
    expect(el.answers).to.deep.equal({ ...calmAnswers, where: ['calf-foot', 'thigh'] });
  });

  it('says how many questions are left when the changed answer asks new ones, then returns to the result', async () => {
    const el = await mount();
    await walk(el, calmAnswers);
    await click(el, /^Change Where$/);
    tick(el, 'back');
    await answer(el, []);
    expect(currentQuestion(el)).to.equal('nerve-signs');
    const note = shadow(el).querySelector('form #left')!;
    expect(note.textContent).to.equal('Your change asks more questions. Questions left: 1.');
    const heading = form(el)!.querySelector('#step-heading')!;
    expect(focused(el)).to.equal(heading);
    // Said when focus lands on the question: the note comes before the heading in reading order.
    expect(heading.getAttribute('aria-describedby')).to.equal('left');
    expect(note.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expectNoAxeViolations(el, 'a new question after a Change');
    await answer(el, ['none']);
    expect(resultLevel(el)).to.equal('self-care');
    expect(el.answers).to.deep.equal({ ...calmAnswers, where: ['calf-foot', 'back'], 'nerve-signs': ['none'] });
  });

  it('counts every question when "who" changes to someone else, and in Spanish too', async () => {
    const el = await mount('es');
    await walk(el, calmAnswers);
    await click(el, /^Cambiar Para quién$/);
    tick(el, 'someone-else');
    await answer(el, []);
    expect(currentQuestion(el)).to.equal('emergency');
    expect(headingText(el)).to.contain('Pregunta 2:');
    expect(shadow(el).querySelector('#left')!.textContent).to.equal(
      `Su cambio trae más preguntas. Quedan ${Object.keys(calmAnswers).length - 1}.`,
    );
    await answer(el, ['none']);
    expect(shadow(el).querySelector('#left')!.textContent).to.match(/Quedan 8\./);
  });
});
