// Isolation from the host page: hostile global CSS and a real CSS framework change nothing inside
// the widget, and nothing of the widget's CSS leaks out to the page.
import { expect } from '@open-wc/testing';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { shadow } from '../element/driver.js';
import { openFrame } from './frame.js';

// The widget inherits the page's font family on purpose (it should look like the hospital's site),
// so both pages pin it through the public variable; the width is fixed so that a page scrollbar
// (hostile line heights make the page long) does not change the space the widget gets.
async function pageWith(stylesheet: string | null) {
  const link = stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : '';
  const win = await openFrame(
    {
      srcdoc: `<!doctype html><html lang="en"><head>${link}<link rel="stylesheet" href="/test/embed/pages/pin.css"></head><body><p id="page-text">Page text</p><button id="page-button">Page button</button>
    <spasm-checker></spasm-checker><script src="/dist/spasm-checker.js"></script></body></html>`,
    },
    { width: 700, height: 4000 },
  );
  await win.customElements.whenDefined('spasm-checker');
  const el = win.document.querySelector('spasm-checker') as SpasmChecker;
  await el.updateComplete;
  return { win, el };
}

/** The sizes and key styles of the parts a patient sees. */
function measure(el: SpasmChecker) {
  const root = shadow(el);
  const part = (selector: string) => {
    const node = root.querySelector<HTMLElement>(selector)!;
    const box = node.getBoundingClientRect();
    const style = getComputedStyle(node);
    return {
      width: Math.round(box.width),
      height: Math.round(box.height),
      fontSize: style.fontSize,
      lineHeight: style.lineHeight,
      letterSpacing: style.letterSpacing,
      textTransform: style.textTransform,
      display: style.display,
    };
  };
  return {
    root: part('.root'),
    title: part('#title'),
    banner: part('.banner'),
    option: part('label.option'),
    input: part('label.option input'),
    button: part('button[type="submit"]'),
    question: part('#step-heading'),
  };
}

describe('isolation from the host page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('looks and measures the same under hostile global CSS (demo/hostile.css) as on a plain page', async () => {
    const plain = measure((await pageWith(null)).el);
    const hostile = measure((await pageWith('/demo/hostile.css')).el);
    expect(hostile).to.deep.equal(plain);
    expect(plain.root.fontSize).to.equal('16px');
    expect(plain.button.display).to.not.equal('none');
  });

  it('looks and measures the same under Bootstrap 5', async () => {
    const plain = measure((await pageWith(null)).el);
    const bootstrap = measure((await pageWith('/node_modules/bootstrap/dist/css/bootstrap.min.css')).el);
    expect(bootstrap).to.deep.equal(plain);
  });

  it('leaks no style out to the page', async () => {
    const win = await openFrame({
      srcdoc: `<!doctype html><html lang="en"><body><p id="page-text">Page text</p><button id="page-button">Page button</button><label><input type="radio"> page radio</label><spasm-checker></spasm-checker></body></html>`,
    });
    const snapshot = () =>
      ['#page-text', '#page-button', 'label', 'input', 'body', 'html'].map((selector) => {
        const style = win.getComputedStyle(win.document.querySelector(selector)!);
        return [
          style.color,
          style.font,
          style.lineHeight,
          style.margin,
          style.padding,
          style.border,
          style.outline,
          style.boxSizing,
        ].join('|');
      });
    const before = snapshot();
    const script = win.document.createElement('script');
    script.src = '/dist/spasm-checker.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    win.document.body.append(script);
    await loaded;
    await (win.document.querySelector('spasm-checker') as SpasmChecker).updateComplete;
    expect(snapshot()).to.deep.equal(before);
    expect(win.document.styleSheets.length + win.document.adoptedStyleSheets.length).to.equal(0);
  });
});
