// The summary for the doctor: Print prints it alone (the page hidden only while printing, on one
// page), Copy puts the same as plain text on the clipboard, and both are announced as actions.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { settle, shadow, walk } from './driver.js';
import { expectNoAxeViolations } from './axe.js';
import type { Given } from './driver.js';

const isChromium = !navigator.userAgent.includes('Firefox');
const given: Given = {
  who: 'self',
  emergency: ['none'],
  where: ['calf-foot'],
  'leg-swelling': 'yes',
  'leg-signs': ['one-sided-ache'],
  'clot-breath': 'no',
  'nerve-pain': ['none'],
  medicines: ['new-medicine'],
  'other-signs': ['none'],
  dehydration: 'neither',
  pattern: ['frequent'],
  background: ['pregnant'],
  'pregnancy-signs': ['none'],
};
const button = (el: SpasmChecker, words: RegExp) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('.result button')].find((b) => words.test(b.textContent ?? ''))!;

async function resultPage() {
  const wrapper = await fixture(
    html`<div><p id="page-text">The hospital page</p><spasm-checker></spasm-checker></div>`,
  );
  const el = wrapper.querySelector<SpasmChecker>('spasm-checker')!;
  await walk(el, given);
  const actions: string[] = [];
  el.addEventListener('spasm-checker-action', (e) => actions.push(e.detail.kind));
  return { wrapper, el, actions };
}

describe('print and copy', () => {
  const realPrint = window.print;
  afterEach(async () => {
    window.print = realPrint;
    if (isChromium) await emulateMedia({ media: 'screen' });
  });

  it('Print hides the page only while printing and restores it afterwards', async () => {
    const { el, actions } = await resultPage();
    let printed = 0;
    window.print = () => {
      printed++;
      expect(el.hasAttribute('data-spasm-printing')).to.equal(true);
    };
    button(el, /print/i).click();
    expect(printed).to.equal(1);
    expect(actions).to.deep.equal(['print']);
    expect(document.adoptedStyleSheets.length).to.equal(1);
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('data-spasm-printing')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(0);
  });

  it('prints the summary alone, on one page, with the result, reasons, yes and no, date and rule-set version (Chromium only)', async function () {
    if (!isChromium) this.skip();
    const { el, wrapper } = await resultPage();
    window.print = () => {};
    button(el, /print/i).click();
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(wrapper.querySelector('#page-text')!).display).to.equal('none');
    const summary = shadow(el).querySelector<HTMLElement>('.print-summary')!;
    expect(getComputedStyle(summary).display).to.equal('block');
    expect(getComputedStyle(shadow(el).querySelector('.result')!).display).to.equal('none');
    const text = summary.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Get medical care today');
    expect(text).to.match(/You said yes to:.*Swelling: Yes/);
    expect(text).to.match(/You said no to:.*Warning signs/);
    expect(text).to.contain(String(new Date().getFullYear()));
    expect(text).to.contain('If you think this is an emergency, call 911 now.');
    expect(text).to.contain('Rule set 3.0.0');
    expect(text).to.contain('not yet reviewed');
    expect(await executeServerCommand('pdf-page-count')).to.equal(1);
    await expectNoAxeViolations(el, 'print view');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('builds the print-only summary only for Print, hidden on screen and from screen readers, and drops it after', async () => {
    const { el } = await resultPage();
    expect(shadow(el).querySelector('.print-summary'), 'before Print').to.equal(null);
    window.print = () => {};
    button(el, /print/i).click();
    expect(getComputedStyle(shadow(el).querySelector('.print-summary')!).display).to.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(shadow(el).querySelector('.print-summary'), 'after printing').to.equal(null);
  });

  it('leaves an ordinary page print alone when Print was not used (Chromium only)', async function () {
    if (!isChromium) this.skip();
    const { el, wrapper } = await resultPage();
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(wrapper.querySelector('#page-text')!).display).to.equal('block');
    expect(getComputedStyle(shadow(el).querySelector('.result')!).display).to.equal('block');
    // The whole result does not fit one page: so the one-page count above is not a counter that says 1.
    expect(await executeServerCommand('pdf-page-count')).to.be.greaterThan(1);
  });

  it('Copy puts the same summary on the clipboard as plain text and says so', async () => {
    const { el, actions } = await resultPage();
    let copied = '';
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      button(el, /copy/i).click();
      const status = () => shadow(el).querySelector('[aria-live="polite"]')!.textContent;
      await waitUntil(() => status() === 'Summary copied.', 'the copy is announced');
      await settle(el);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    expect(actions).to.deep.equal(['copy']);
    expect(copied.split('\n')[0]).to.equal('Muscle cramp check: summary');
    expect(copied).to.contain('Your result: Get medical care today');
    expect(copied).to.contain('- Swelling: Yes');
    expect(copied).to.contain('Rule set 3.0.0');
    expect(copied).to.not.match(/<|>/);
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.equal('Summary copied.');
  });
});
