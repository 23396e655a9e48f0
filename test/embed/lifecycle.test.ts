// Lifecycle: properties set before the script loads, moving in the DOM, two widgets, the light-DOM
// fallback before, after and when rendering fails, and no layout shift while upgrading.
import { expect, fixture, html } from '@open-wc/testing';
import { SpasmChecker } from '../../src/spasm-checker.js';
import '../../src/define.js';
import { answer, currentQuestion, resultLevel, settle, shadow, walk } from '../element/driver.js';
import { captureConsole } from '../console-capture.js';
import { calmAnswers } from '../fixtures/calm-answers.js';
import { openFrame } from './frame.js';

const isChromium = !navigator.userAgent.includes('Firefox');

const frameSize = { width: 600, height: 800 };
const visible = (node: Element) => node.getClientRects().length > 0;

describe('lifecycle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('honours properties set before the script loads', async () => {
    const win = await openFrame(
      {
        srcdoc: `<!doctype html><html lang="en"><body><spasm-checker></spasm-checker>
        <script src="/test/embed/pages/set-before-upgrade.js"></script><script src="/dist/spasm-checker.js"></script></body></html>`,
      },
      frameSize,
    );
    await win.customElements.whenDefined('spasm-checker');
    const el = win.document.querySelector('spasm-checker') as SpasmChecker;
    await el.updateComplete;
    expect(el.clinicPhone).to.equal('555 010 9999');
    await walk(el, calmAnswers);
    const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:5550109999');
  });

  it('keeps the answers and the current step when moved in the DOM (a CMS tab or accordion)', async () => {
    const wrapper = await fixture(
      html`<div><div id="tab-1"><spasm-checker></spasm-checker></div><div id="tab-2"></div></div>`,
    );
    const el = wrapper.querySelector<SpasmChecker>('spasm-checker')!;
    await answer(el, 'self');
    await answer(el, ['none']);
    wrapper.querySelector('#tab-2')!.append(el);
    await settle(el);
    expect(currentQuestion(el)).to.equal('where');
    expect(el.answers).to.deep.equal({ who: 'self', emergency: ['none'] });
    await walk(el, calmAnswers);
    expect(resultLevel(el)).to.equal('self-care');
  });

  it('goes back to the default when an attribute is removed, and applies changes made while detached', async () => {
    const wrapper = await fixture(html`<div><spasm-checker emergency-number="112"></spasm-checker></div>`);
    const el = wrapper.querySelector<SpasmChecker>('spasm-checker')!;
    const banner = () => shadow(el).querySelector('.banner a')!.getAttribute('href');
    expect(banner()).to.equal('tel:112');
    el.removeAttribute('emergency-number');
    await settle(el);
    expect(banner()).to.equal('tel:911');
    el.remove();
    el.emergencyNumber = '999';
    el.setAttribute('view', 'checker');
    wrapper.append(el);
    await settle(el);
    expect(banner()).to.equal('tel:999');
    expect(shadow(el).querySelector('.learn')).to.equal(null);
  });

  it('keeps two widgets on one page independent', async () => {
    const wrapper = await fixture(
      html`<div><spasm-checker></spasm-checker><spasm-checker lang="es"></spasm-checker></div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll<SpasmChecker>('spasm-checker')];
    await answer(a, 'self');
    await answer(a, ['seizure']);
    expect(resultLevel(a)).to.equal('emergency');
    expect(currentQuestion(b)).to.equal('who');
    expect(b.answers).to.deep.equal({});
    await answer(b, 'child');
    expect(currentQuestion(a)).to.equal(null);
  });

  it('shows the light-DOM fallback before the script runs and hides it once the widget renders', async () => {
    const win = await openFrame(
      {
        srcdoc: `<!doctype html><html lang="en"><body><spasm-checker><p id="fallback">If you think this is an emergency, call <a href="tel:911">911</a> now.</p></spasm-checker></body></html>`,
      },
      frameSize,
    );
    const fallback = win.document.querySelector('#fallback')!;
    expect(visible(fallback)).to.equal(true);
    const script = win.document.createElement('script');
    script.src = '/dist/spasm-checker.js';
    win.document.body.append(script);
    await win.customElements.whenDefined('spasm-checker');
    await (win.document.querySelector('spasm-checker') as SpasmChecker).updateComplete;
    expect(visible(fallback)).to.equal(false);
  });

  it('keeps the light-DOM fallback visible, and says why, when rendering fails', async () => {
    class BrokenChecker extends SpasmChecker {
      protected override renderWidget(): never {
        throw new Error('broken on purpose');
      }
    }
    if (!customElements.get('broken-checker')) customElements.define('broken-checker', BrokenChecker);
    const { messages: errors, restore } = captureConsole('error');
    try {
      const el = await fixture(html`<broken-checker><p id="fallback">Call 911 in an emergency.</p></broken-checker>`);
      expect(visible(el.querySelector('#fallback')!)).to.equal(true);
      expect(errors.join()).to.contain('could not render');
    } finally {
      restore();
    }
  });

  async function layoutShifts(win: Window & typeof globalThis): Promise<number> {
    await win.customElements.whenDefined('spasm-checker');
    await (win.document.querySelector('spasm-checker') as SpasmChecker).updateComplete;
    // Layout shifts are recorded when frames are painted: give the upgrade a few to show.
    await new Promise((resolve) => setTimeout(resolve, 250));
    return new Promise<number>((resolve) => {
      let sum = 0;
      const observer = new win.PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) sum += entry.value;
        }
      });
      observer.observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => {
        observer.disconnect();
        resolve(sum);
      }, 300);
    });
  }

  it('measures layout shift for real: a late upgrade above visible text does shift it (control, Chromium only)', async function () {
    if (!isChromium) this.skip();
    const win = await openFrame(
      {
        srcdoc: `<!doctype html><html lang="en"><body><p>Above</p><spasm-checker></spasm-checker><p>Below, and visible</p>
        <script src="/test/embed/pages/load-late.js"></script></body></html>`,
      },
      { width: 600, height: 1500 },
    );
    expect(await layoutShifts(win)).to.be.greaterThan(0);
  });

  for (const [width, height] of [
    [412, 823],
    [412, 3000],
    [1350, 940],
    [1350, 3000],
  ]) {
    it(`causes no layout shift while upgrading on the demo page, on a slow network, at ${width}×${height} (Chromium only)`, async function () {
      if (!isChromium) this.skip();
      // The demo page as it is, with the script arriving 400 ms late (see slowScriptMiddleware).
      const win = await openFrame({ src: '/demo/index.html?slow' }, { width, height });
      expect(await layoutShifts(win)).to.equal(0);
      const el = win.document.querySelector('spasm-checker') as SpasmChecker;
      expect(shadow(el).querySelector('form')).to.exist;
    });
  }
});
