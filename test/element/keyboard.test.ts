// Keyboard only: every public vignette completed with Tab, arrow keys, Space and Enter (all of
// them in Chromium, a handful in Firefox), no keyboard trap, and a focus ring that can be seen.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import data from '../fixtures/vignettes.json' with { type: 'json' };
import { currentQuestion, resultLevel, settle, shadow } from './driver.js';
import type { Given } from './driver.js';

const isFirefox = navigator.userAgent.includes('Firefox');
const FIREFOX_SAMPLE = [
  'night-calf-cramp',
  'heat-cramps-over-an-hour',
  'cauda-equina',
  'child-night-cramps',
  'dialysis-cramps',
];

const press = (key: string) => sendKeys({ press: key });
/** Presses keys one after another in one trip to the test runner (test/plugins/press-keys.mjs). */
const pressAll = (keys: readonly string[]) =>
  keys.length ? executeServerCommand('press-keys', { keys }) : Promise.resolve();
const active = (el: SpasmChecker) => shadow(el).activeElement as HTMLElement | null;

async function tabUntil(el: SpasmChecker, found: (e: HTMLElement | null) => boolean, what: string) {
  for (let i = 0; i < 40; i++) {
    if (found(active(el))) return;
    await press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

/**
 * Answers the question on screen with the keyboard alone and presses Enter on Continue. Tab is
 * pressed until focus is on an option; the keys after that (arrows or Space and Tab, then Tab to
 * Continue and Enter) are planned from the screen and pressed in one go, and what the checker
 * recorded is checked afterwards, so a key that does something else still fails the walk.
 */
async function answerByKeyboard(el: SpasmChecker, question: string, wanted: string | readonly string[]) {
  const values = [wanted].flat();
  const isInput = (e: HTMLElement | null): e is HTMLInputElement => e instanceof HTMLInputElement;
  await tabUntil(el, isInput, 'an option');
  const inputs = [...shadow(el).querySelectorAll('input')];
  const first = active(el) as HTMLInputElement;
  let keys: string[];
  if (first.type === 'radio') {
    // Arrow keys move through the group, wrap, and tick the radio they land on; Space ticks the
    // first one when focus is already there. One Tab then leaves the group for Continue.
    const steps =
      (inputs.findIndex((i) => i.value === values[0]) - inputs.indexOf(first) + inputs.length) % inputs.length;
    keys = [...Array<string>(steps).fill('ArrowDown'), ...(steps === 0 && !first.checked ? [' '] : []), 'Tab'];
  } else {
    // Every box is a Tab stop: Space on the ones to change, Tab to the next; after the last, Continue.
    expect(first).to.equal(inputs[0]);
    keys = inputs.flatMap((box) => (values.includes(box.value) !== box.checked ? [' ', 'Tab'] : ['Tab']));
  }
  await pressAll([...keys, 'Enter']);
  await settle(el);
  expect(
    [(el.answers as Record<string, string | string[]>)[question]].flat(),
    `what was recorded for ${question}`,
  ).to.have.members(values);
}

describe('keyboard only', () => {
  const vignettes = data.vignettes.filter((v) => !isFirefox || FIREFOX_SAMPLE.includes(v.id));
  for (const v of vignettes) {
    it(`completes vignette ${v.id} to ${v.expected} (all vignettes in Chromium, ${FIREFOX_SAMPLE.length} in Firefox)`, async () => {
      const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
      const given = v.answers as unknown as Given;
      for (let step = 0; step < 15 && currentQuestion(el); step++) {
        const question = currentQuestion(el)!;
        await answerByKeyboard(el, question, given[question]);
        expect(currentQuestion(el), 'Enter on Continue moved on').to.not.equal(question);
        // Focus lands on the next step's heading (a question or the result).
        expect(active(el)?.id).to.equal('step-heading');
      }
      expect(resultLevel(el)).to.equal(v.expected);
    });
  }

  it('has no keyboard trap: Tab and Shift+Tab leave the widget', async () => {
    const wrapper = await fixture(
      html`<div><button id="before">before</button><spasm-checker></spasm-checker><button id="after">after</button></div>`,
    );
    const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    for (let i = 0; i < 40 && document.activeElement?.id !== 'after'; i++) await press('Tab');
    expect(document.activeElement?.id).to.equal('after');
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 40 && document.activeElement?.id !== 'before'; i++) await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement?.id).to.equal('before');
  });

  it('shows a focus ring of at least 2px with 3:1 contrast on links, options and buttons', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await press('Tab');
      const focused = active(el);
      if (!focused) break;
      const style = getComputedStyle(focused);
      expect(style.outlineStyle, focused.outerHTML).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(contrast(style.outlineColor, 'rgb(255, 255, 255)')).to.be.at.least(3);
      seen.add(focused.tagName.toLowerCase());
    }
    expect([...seen]).to.include.members(['a', 'input', 'button']);
  });
});

function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
