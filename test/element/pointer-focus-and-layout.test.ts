// Fixes found on a real hospital page (issue 10): no focus ring on a heading that took focus after
// a click, while keyboard users still see it; a space after the disclosure's "+"; the "What you
// told us" rows laid out the same at every width. In Chromium and Firefox.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { calmAnswers } from '../fixtures/calm-answers.js';
import { answer, currentQuestion, settle, shadow, walk } from './driver.js';

/** A real pointer click in the middle of an element (not element.click(), which is no pointer). */
async function click(element: Element) {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

const focusedHeading = (el: SpasmChecker) => {
  const active = shadow(el).activeElement as HTMLElement | null;
  expect(active?.id, 'focus moved to the new heading').to.equal('step-heading');
  return active!;
};

describe('focus after a pointer click and after the keyboard', () => {
  it('shows the ring on the new heading when the keyboard moved on (Firefox: when its keys activate)', async function () {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    // Tab in from the page, as keyboard users do, to the first option, choose it, then Tab to Continue.
    const active = () => shadow(el).activeElement as HTMLElement | null;
    for (let i = 0; i < 20 && !(active() instanceof HTMLInputElement); i++) await sendKeys({ press: 'Tab' });
    expect(active()).to.be.instanceOf(HTMLInputElement);
    // Arrow keys choose a radio in both browsers (Down to the next option, Up back to the first).
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect((active() as HTMLInputElement).checked, 'Space chose the option').to.equal(true);
    for (let i = 0; i < 20 && active()?.getAttribute('type') !== 'submit'; i++) await sendKeys({ press: 'Tab' });
    expect(active()?.getAttribute('type')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const state = () =>
      `${currentQuestion(el)} / ${(shadow(el).activeElement as HTMLElement | null)?.outerHTML.slice(0, 80)} / ${document.activeElement?.tagName}`;
    for (let i = 0; i < 20 && (shadow(el).activeElement as HTMLElement | null)?.id !== 'step-heading'; i++)
      await new Promise((r) => setTimeout(r, 50));
    if (currentQuestion(el) === 'who' && navigator.userAgent.includes('Firefox')) {
      // Firefox over WebDriver BiDi drops Enter's and Space's activation in a test page that is not
      // the first one of the run (Tab and arrows still arrive, and the file passes on its own):
      // then there is no keyboard activation to test, so say so instead of passing.
      this.skip();
    }
    expect(currentQuestion(el), state()).to.not.equal('who');
    const heading = focusedHeading(el);
    expect(heading.matches(':focus-visible')).to.equal(true);
    const style = getComputedStyle(heading);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
  it("moves focus to the next question's heading without a ring after a click", async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    await click(shadow(el).querySelector('input[value="self"]')!.closest('label')!);
    await click(shadow(el).querySelector('button[type="submit"]')!);
    await settle(el);
    const heading = focusedHeading(el);
    expect(heading.matches(':focus-visible')).to.equal(false);
    expect(getComputedStyle(heading).outlineStyle).to.equal('none');
  });

  it('moves focus to the result heading without a ring after a click (the calm self-care result)', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    for (let i = 0; i < 20 && currentQuestion(el) && currentQuestion(el) !== 'background'; i++)
      await answer(el, calmAnswers[currentQuestion(el)!]);
    expect(currentQuestion(el)).to.equal('background');
    // The last question, answered with the pointer.
    const input = shadow(el).querySelector<HTMLInputElement>(`input[value="${[calmAnswers.background].flat()[0]}"]`)!;
    if (!input.checked) await click(input.closest('label')!);
    await click(shadow(el).querySelector('button[type="submit"]')!);
    await settle(el);
    expect(shadow(el).querySelector('[data-level]')?.getAttribute('data-level')).to.equal('self-care');
    const heading = focusedHeading(el);
    expect(heading.matches(':focus-visible')).to.equal(false);
    expect(getComputedStyle(heading).outlineStyle).to.equal('none');
  });
});

describe('layout details', () => {
  it('puts a space between "+" and "About cramps and spasms"', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker lang="en"></spasm-checker>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('.disclosure')!;
    const words = [...button.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
    const range = document.createRange();
    range.selectNodeContents(words);
    const textLeft = range.getBoundingClientRect().left;
    const style = getComputedStyle(button);
    const contentLeft =
      button.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    // The "+" alone, in the button's font, measured the same way.
    const probe = document.createElement('span');
    probe.textContent = '+';
    probe.style.font = style.font;
    document.body.append(probe);
    const plus = probe.getBoundingClientRect().width;
    probe.remove();
    const space = textLeft - contentLeft - plus;
    expect(space, `gap after "+": ${space}px`).to.be.at.least(parseFloat(style.fontSize) * 0.25);
  });

  for (const width of [320, 390, 1280]) {
    it(`lays out every "What you told us" row the same at ${width} px: what was asked, the answer below it, then Change`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><spasm-checker lang="en"></spasm-checker></div>`,
      );
      const el = wrapper.querySelector('spasm-checker') as SpasmChecker;
      await walk(el, calmAnswers);
      const rows = [...shadow(el).querySelectorAll('.told-row')];
      expect(rows.length).to.be.at.least(5);
      for (const row of rows) {
        const asked = row.querySelector('.told-question')!.getBoundingClientRect();
        const answer = row.querySelector('.told-answer')!.getBoundingClientRect();
        const change = row.querySelector('button')!.getBoundingClientRect();
        expect(answer.top, row.textContent!).to.be.at.least(asked.bottom - 0.5);
        expect(Math.abs(answer.left - asked.left), row.textContent!).to.be.below(0.5);
        expect(change.top, row.textContent!).to.be.at.least(answer.bottom - 0.5);
      }
    });
  }
});
