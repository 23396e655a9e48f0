// The rendered form's contract from the spec, checked through what a user or test driver sees.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { answer, currentQuestion, form, headingText, resultLevel, settle, shadow, text, walk } from './driver.js';
import { calmAnswers } from '../fixtures/calm-answers.js';
import { rules } from '../../src/content/rules.js';

const mount = () => fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);

describe('the rendered form', () => {
  it('renders into an open shadow root, with the intro and the first question on the first screen', async () => {
    const el = await mount();
    expect(el.shadowRoot).to.exist;
    expect(shadow(el).querySelector('.intro')).to.exist;
    expect(currentQuestion(el)).to.equal('who');
    expect(headingText(el)).to.equal('Question 1: Who is this for?');
  });

  it('has one form: the question heading one below heading-level, then one fieldset named by it and by the kind of choice, and native inputs', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker heading-level="3"></spasm-checker>`);
    expect(shadow(el).querySelectorAll('form')).to.have.length(1);
    const f = form(el)!;
    expect(f.querySelectorAll('fieldset')).to.have.length(1);
    // The focused heading sits outside the group it names: a screen reader says the question once
    // on arrival, and the group's name (question and kind of choice) when Tab enters the options.
    const fieldset = f.querySelector('h4#step-heading[tabindex="-1"] + fieldset')!;
    expect(fieldset).to.exist;
    expect(fieldset.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]'), 'no heading inside the group').to.equal(
      null,
    );
    expect(fieldset.getAttribute('aria-labelledby')).to.equal('step-heading kind');
    expect(fieldset.querySelector(':scope > legend#kind')!.textContent).to.equal('Choose one.');
    expect(shadow(el).querySelector('h3#title')).to.exist;
    const radios = [...f.querySelectorAll<HTMLInputElement>('input')];
    expect(radios.map((r) => [r.type, r.name])).to.deep.equal(radios.map(() => ['radio', 'who']));
    expect(radios.map((r) => r.value)).to.deep.equal(['self', 'someone-else', 'child']);
    for (const radio of radios) {
      expect(radio.labels?.[0]?.textContent?.trim()).to.not.equal('');
      expect(radio.checked, 'nothing is pre-selected').to.equal(false);
    }
    expect(f.querySelectorAll('button[type="submit"]')).to.have.length(1);
  });

  it('uses checkboxes for multi questions, and "None of these" clears the others and is cleared by them', async () => {
    const el = await mount();
    await answer(el, 'self');
    const boxes = [...form(el)!.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.every((b) => b.type === 'checkbox' && b.name === 'emergency')).to.equal(true);
    const none = boxes.find((b) => b.value === 'none')!;
    const chest = boxes.find((b) => b.value === 'chest-pain')!;
    chest.click();
    none.click();
    expect([chest.checked, none.checked]).to.deep.equal([false, true]);
    chest.click();
    expect([chest.checked, none.checked]).to.deep.equal([true, false]);
  });

  it('shows an inline error, starting with "Error:", tied to every option, and stays when Continue is pressed with nothing chosen', async () => {
    const el = await mount();
    const inputs = () => [...form(el)!.querySelectorAll('input')];
    for (const input of inputs()) {
      expect(input.hasAttribute('aria-invalid'), 'no error yet').to.equal(false);
      expect(input.hasAttribute('aria-describedby'), 'nothing to describe yet').to.equal(false);
    }
    form(el)!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    const error = shadow(el).querySelector('#error')!;
    expect(error.textContent!.trim()).to.equal('Error: Choose an answer.');
    expect(error.closest('fieldset'), 'inside the group of options').to.exist;
    for (const input of inputs()) {
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('error');
    }
    expect(shadow(el).activeElement).to.equal(error);
    expect(currentQuestion(el)).to.equal('who');
    // Ticking an option clears the error and the invalid state.
    (inputs()[0].closest('label') as HTMLLabelElement).click();
    await settle(el);
    expect(shadow(el).querySelector('#error')).to.equal(null);
    for (const input of inputs()) expect(input.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('ties the error to the check boxes of a question that allows any number', async () => {
    const el = await mount();
    await answer(el, 'self');
    form(el)!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    const boxes = [...form(el)!.querySelectorAll('input')];
    expect(boxes.every((b) => b.type === 'checkbox' && b.getAttribute('aria-invalid') === 'true')).to.equal(true);
    expect(boxes.every((b) => b.getAttribute('aria-describedby') === 'error')).to.equal(true);
    expect(shadow(el).querySelector('legend#kind')!.textContent).to.equal('Choose all that fit.');
  });

  it("describes every option by the question's hint, a safety instruction Orca does not read from the group", async () => {
    const el = await mount();
    for (const q of ['who', 'emergency', 'where'] as const) await answer(el, calmAnswers[q]);
    expect(currentQuestion(el)).to.equal('leg-swelling');
    const hint = shadow(el).querySelector('#hint')!;
    expect(hint.textContent).to.equal('On dark skin, redness is hard to see. Feel for warmth.');
    expect(hint.closest('fieldset')).to.exist;
    for (const input of form(el)!.querySelectorAll('input'))
      expect(input.getAttribute('aria-describedby')).to.equal('hint');
    expect(shadow(el).querySelector('legend#kind')!.textContent).to.equal('Choose one.');
    expect(form(el)!.querySelector('fieldset')!.hasAttribute('aria-describedby'), 'no fieldset description').to.equal(
      false,
    );
  });

  it("numbers every question and names its options' group by the question and the kind of choice, in words", async () => {
    const el = await mount();
    const path: Record<string, string | readonly string[]> = {
      ...calmAnswers,
      where: ['calf-foot', 'back'],
      'nerve-signs': ['none'],
      'other-signs': ['heat-exercise', 'lip-finger-tingling'],
      heat: ['none'],
      'tingling-risk': 'no',
      'leg-swelling': 'not-sure',
      'clot-breath': 'no',
    };
    for (let n = 1; currentQuestion(el); n++) {
      const id = currentQuestion(el)!;
      const kind = rules.questions.find((q) => q.id === id)!.kind;
      expect(headingText(el), id).to.match(new RegExp(`^Question ${n}: \\S`));
      expect(shadow(el).querySelector('legend#kind')!.textContent, id).to.equal(
        kind === 'single' ? 'Choose one.' : 'Choose all that fit.',
      );
      expect(form(el)!.querySelector('fieldset')!.getAttribute('aria-labelledby')).to.equal('step-heading kind');
      await answer(el, path[id]);
    }
    expect(resultLevel(el)).to.not.equal(null);
  });

  it('reads the answers from the form on submit, so .checked and requestSubmit() work, and never navigates', async () => {
    const el = await mount();
    const before = location.href;
    let submittedNatively = false;
    const f = form(el)!;
    f.addEventListener('submit', (e) => (submittedNatively = !e.defaultPrevented), { once: false });
    f.querySelector<HTMLInputElement>('input[value="someone-else"]')!.checked = true;
    f.requestSubmit();
    await settle(el);
    expect(submittedNatively).to.equal(false);
    expect(location.href).to.equal(before);
    expect(currentQuestion(el)).to.equal('emergency');
    expect(headingText(el)).to.contain('Question 2:');
    expect(el.answers).to.deep.equal({ who: 'someone-else' });
  });

  it('keeps the answers when going Back', async () => {
    const el = await mount();
    await answer(el, 'self');
    await answer(el, ['none']);
    await answer(el, ['thigh', 'back']);
    shadow(el).querySelector<HTMLButtonElement>('form button[type="button"]')!.click();
    await settle(el);
    expect(currentQuestion(el)).to.equal('where');
    const checked = [...form(el)!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    expect(checked).to.deep.equal(['thigh', 'back']);
  });

  it('shows exactly one data-level, only on the result, and exposes result, answers and restart()', async () => {
    const el = await mount();
    expect(el.result).to.equal(null);
    expect(shadow(el).querySelectorAll('[data-level]')).to.have.length(0);
    await walk(el, calmAnswers);
    expect(shadow(el).querySelectorAll('[data-level]')).to.have.length(1);
    expect(resultLevel(el)).to.equal('self-care');
    expect(form(el)).to.equal(null);
    expect(el.result).to.deep.equal({ level: 'self-care', reasons: [], routes: [], complete: true });
    expect(el.answers).to.deep.equal(calmAnswers);
    el.restart();
    await settle(el);
    expect(el.result).to.equal(null);
    expect(el.answers).to.deep.equal({});
    expect(currentQuestion(el)).to.equal('who');
    expect(shadow(el).querySelectorAll('[data-level]')).to.have.length(0);
  });

  it('ends the questions at once on an emergency answer', async () => {
    const el = await mount();
    await answer(el, 'self');
    await answer(el, ['chest-pain']);
    expect(resultLevel(el)).to.equal('emergency');
    expect(el.answers).to.deep.equal({ who: 'self', emergency: ['chest-pain'] });
    expect(text(el)).to.match(/Why we suggest this\s*Chest pain/);
  });

  it('speaks about "them" when checking for someone else, and to "you" otherwise', async () => {
    const other = await mount();
    await answer(other, 'someone-else');
    expect(headingText(other)).to.match(/have they had/);
    const self = await mount();
    await answer(self, 'self');
    expect(headingText(self)).to.match(/have you had/);
  });

  it('moves focus to the error again when Continue is pressed twice with nothing chosen', async () => {
    const el = await mount();
    const submit = () => form(el)!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    submit();
    await settle(el);
    expect(shadow(el).activeElement?.id).to.equal('error');
    (shadow(el).querySelector('input') as HTMLInputElement).focus();
    submit();
    await settle(el);
    expect(shadow(el).activeElement?.id).to.equal('error');
  });

  it('does not move focus when the page calls restart(), only when the patient chooses Start again', async () => {
    const el = await mount();
    await walk(el, calmAnswers);
    (document.activeElement as HTMLElement | null)?.blur();
    el.restart();
    await settle(el);
    expect(shadow(el).activeElement).to.equal(null);
    await walk(el, calmAnswers);
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.result button')]
      .find((b) => b.textContent === 'Start again')!
      .click();
    await settle(el);
    expect(shadow(el).activeElement?.id).to.equal('step-heading');
  });

  it('forgets the answers about one person when "who" changes to another', async () => {
    const el = await mount();
    await answer(el, 'self');
    await answer(el, ['none']);
    await answer(el, ['calf-foot']);
    for (let i = 0; i < 3; i++) {
      shadow(el).querySelector<HTMLButtonElement>('form button[type="button"]')?.click();
      await settle(el);
    }
    expect(currentQuestion(el)).to.equal('who');
    await answer(el, 'someone-else');
    expect(form(el)!.querySelectorAll('input:checked')).to.have.length(0);
    expect(el.answers).to.deep.equal({ who: 'someone-else' });
  });

  it('shows the same emergency line, in the same place, on every screen', async () => {
    const el = await mount();
    const lines = new Set<string>();
    const check = () => {
      const banner = shadow(el).querySelector('.root > .banner')!;
      expect(banner.previousElementSibling?.id, 'right under the title').to.equal('title');
      lines.add(`${banner.textContent!.trim()} ${banner.querySelector('a')!.getAttribute('href')}`);
    };
    check();
    for (const q of Object.keys(calmAnswers)) {
      await answer(el, calmAnswers[q]);
      check();
    }
    expect(resultLevel(el)).to.equal('self-care');
    expect([...lines]).to.deep.equal(['If you think this is an emergency, call 911 now. tel:911']);
  });
});
