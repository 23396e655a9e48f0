// Focus moves to each new step's heading (never on page load), and axe finds no violations.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { answer, settle, shadow, walk } from './driver.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

const focused = (el: SpasmChecker) => shadow(el).activeElement;

describe('focus', () => {
  it('takes no focus on page load', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    await settle(el);
    expect(document.activeElement).to.equal(document.body);
    expect(focused(el)).to.equal(null);
  });

  it('moves to the new question heading after Continue and Back, and to the result heading at the end', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    await answer(el, 'self');
    expect(focused(el)?.id).to.equal('step-heading');
    expect(focused(el)?.textContent).to.contain('Question 2');
    shadow(el).querySelector<HTMLButtonElement>('form button[type="button"]')!.click();
    await settle(el);
    expect(focused(el)?.textContent).to.contain('Question 1');
    await answer(el, 'self');
    await answer(el, ['heart-signs']);
    expect(focused(el)?.id).to.equal('step-heading');
    expect(focused(el)?.closest('[data-level]')?.getAttribute('data-level')).to.equal('emergency');
  });
});

describe('axe', () => {
  it('finds no violations on the first screen', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    await expect(el).to.be.accessible();
  });

  it('finds no violations with the error shown', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('finds no violations on a result with every section', async () => {
    const el = await fixture<SpasmChecker>(
      html`<spasm-checker clinic-phone="555 010 4477" booking-url="/book"></spasm-checker>`,
    );
    await walk(el, {
      ...calmAnswers,
      'other-signs': ['heat-exercise'],
      heat: ['none'],
      background: ['pregnant'],
      'pregnancy-signs': ['none'],
    });
    await expect(el).to.be.accessible();
  });

  it('finds no violations in the open learn section', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker view="learn"></spasm-checker>`);
    await expect(el).to.be.accessible();
  });
});
