// Layout for every body: 320 px wide, text twice as large, WCAG text spacing, forced colors,
// reduced motion, dark mode, and targets big enough to hit.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { answer, settle, shadow, walk } from './driver.js';
import type { Given } from './driver.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

const isChromium = !navigator.userAgent.includes('Firefox');
const longResult: Given = {
  ...calmAnswers,
  where: ['back', 'calf-foot'],
  'nerve-pain': ['radiating'],
  'nerve-signs': ['none'],
  background: ['pregnant', 'long-term-condition'],
  'pregnancy-signs': ['none'],
};

/** Every box inside the widget stays within the widget's width, and the widget within the viewport. */
function expectNoSidewaysOverflow(el: SpasmChecker, state: string) {
  const root = shadow(el).querySelector<HTMLElement>('.root')!;
  expect(root.scrollWidth, `${state}: the widget scrolls sideways`).to.be.at.most(root.clientWidth + 1);
  expect(document.documentElement.scrollWidth, `${state}: the page scrolls sideways`).to.be.at.most(
    window.innerWidth + 1,
  );
  const right = root.getBoundingClientRect().right + 1;
  for (const node of shadow(el).querySelectorAll<HTMLElement>('.root *')) {
    if (node.closest('[hidden]') || node.classList.contains('visually-hidden') || node.closest('.visually-hidden'))
      continue;
    expect(node.getBoundingClientRect().right, `${state}: ${node.outerHTML.slice(0, 80)}`).to.be.at.most(right);
  }
}

/** Walks the first question, a long-option question and a long result, checking each. */
async function checkScreens(el: SpasmChecker, label: string) {
  expectNoSidewaysOverflow(el, `${label}, first screen`);
  for (const q of ['who', 'emergency', 'where', 'leg-swelling', 'leg-signs', 'nerve-pain', 'nerve-signs']) {
    if (q === 'nerve-signs') expectNoSidewaysOverflow(el, `${label}, ${q}`);
    await answer(el, longResult[q]);
  }
  expectNoSidewaysOverflow(el, `${label}, medicines`);
  await walk(el, longResult);
  expectNoSidewaysOverflow(el, `${label}, result`);
}

describe('layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    // Media emulation needs the DevTools Protocol, which the Firefox launcher does not speak.
    if (isChromium) await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  it('works at 320 px wide (and so at 400% zoom) with no sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    await checkScreens(el, '320px');
  });

  it('works with text twice as large, through the base font size, at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<SpasmChecker>(
      html`<spasm-checker style="--spasm-checker-font-size: 32px"></spasm-checker>`,
    );
    expect(getComputedStyle(shadow(el).querySelector('.root')!).fontSize).to.equal('32px');
    await checkScreens(el, '2x text');
  });

  it('keeps every word visible with the WCAG text-spacing overrides', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p, li { margin-bottom: 2em !important; }`);
    shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, spacing];
    await settle(el);
    expect(getComputedStyle(shadow(el).querySelector('.option span')!).letterSpacing).to.not.equal('normal');
    const clipped = (node: HTMLElement) =>
      node.scrollHeight > node.clientHeight + 1 && getComputedStyle(node).overflow !== 'visible';
    for (const node of shadow(el).querySelectorAll<HTMLElement>('label, button, a, p, legend, h2, h3')) {
      expect(clipped(node), node.outerHTML.slice(0, 80)).to.equal(false);
    }
    await checkScreens(el, 'text spacing');
  });

  it('makes every option, button and call to action at least 44 px tall and 24 px wide', async () => {
    const el = await fixture<SpasmChecker>(
      html`<spasm-checker clinic-phone="555 010 4477" booking-url="/book"></spasm-checker>`,
    );
    const targets = () => shadow(el).querySelectorAll<HTMLElement>('label.option, button, a.cta');
    for (const t of targets()) expect(t.getBoundingClientRect().height, t.outerHTML.slice(0, 60)).to.be.at.least(44);
    await walk(el, calmAnswers);
    for (const t of targets()) {
      const box = t.getBoundingClientRect();
      expect(box.height, t.outerHTML.slice(0, 60)).to.be.at.least(44);
      expect(box.width, t.outerHTML.slice(0, 60)).to.be.at.least(24);
    }
  });

  it('turns transitions off when the device asks for reduced motion (Chromium only)', async function () {
    if (!isChromium) this.skip();
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    const option = () => getComputedStyle(shadow(el).querySelector('.option')!);
    expect(option().transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(option().transitionDuration).to.equal('0s');
  });

  it('follows the device in theme="auto", and stays light by default or dark when asked (Chromium only)', async function () {
    if (!isChromium) this.skip();
    const wrapper = await fixture(html`<div>
      <spasm-checker theme="auto"></spasm-checker><spasm-checker></spasm-checker><spasm-checker theme="dark"></spasm-checker>
    </div>`);
    const [auto, light, dark] = [...wrapper.querySelectorAll<SpasmChecker>('spasm-checker')];
    const background = (el: SpasmChecker) => getComputedStyle(shadow(el).querySelector('.root')!).backgroundColor;
    expect(background(auto)).to.equal('rgb(255, 255, 255)');
    expect(background(dark)).to.equal('rgb(27, 31, 36)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(auto)).to.equal('rgb(27, 31, 36)');
    expect(background(light)).to.equal('rgb(255, 255, 255)');
  });

  it('keeps borders, the selected option and the focus ring visible in forced colors (Chromium only)', async function () {
    if (!isChromium) this.skip();
    await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
      const option = shadow(el).querySelector<HTMLLabelElement>('label.option')!;
      option.click();
      await settle(el);
      expect(getComputedStyle(option).outlineStyle).to.equal('solid');
      expect(getComputedStyle(option).borderStyle).to.equal('solid');
      // Reach Continue with the keyboard, as :focus-visible is meant for (the radio group is one stop).
      option.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      const button = shadow(el).activeElement as HTMLButtonElement;
      expect(button.type).to.equal('submit');
      expect(getComputedStyle(button).outlineStyle).to.equal('solid');
      expect(getComputedStyle(button).outlineColor).to.not.equal('rgba(0, 0, 0, 0)');
    } finally {
      await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'none' }] });
    }
  });

  it('never tells urgency by colour alone: every level has its own words in the heading', async () => {
    const titles = new Set<string>();
    for (const given of [
      { ...calmAnswers, emergency: ['seizure'] },
      { ...calmAnswers, medicines: ['withdrawal'] },
      { ...calmAnswers, 'leg-swelling': 'yes', 'clot-breath': 'no' },
      { ...calmAnswers, pattern: ['frequent'] },
      calmAnswers,
      { who: 'child', emergency: ['none'] },
    ]) {
      const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
      await walk(el, given);
      titles.add(shadow(el).querySelector('#step-heading')!.textContent!.trim());
    }
    expect(titles.size).to.equal(6);
  });
});
