// The docs' one snippet, read from docs/install.md itself and put on a page as a webmaster would:
// it renders, nothing moves (layout shift 0 at 390 and 1280 px), the heights match the docs' one
// table, and without JavaScript its fallback reads right.
import { expect } from '@open-wc/testing';
import { docSnippet } from '../../scripts/doc-snippets.mjs';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { openFrame } from './frame.js';

const isChromium = navigator.userAgent.includes('Chrome');
let doc = '';
before(async () => {
  doc = await (await fetch('/docs/install.md')).text();
});

/** The snippet with its file served by the test server (the hash stays: it is the same file). */
const snippet = () =>
  docSnippet(doc, 'paste').replace(/src="\/js\/spasm-checker-[^"]*\.js"/, 'src="/dist/spasm-checker.js"');
const page = (body: string, column = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <style>body { margin: 0; padding: 0 8px; font-family: sans-serif; } main { max-width: ${column || 'none'}; margin: auto; }</style></head>
  <body><main><h1>Muscle cramps and spasms</h1><p>Text above the checker.</p>${body}<p>Text below the checker, and visible.</p></main></body></html>`;

function layoutShift(win: Window & typeof globalThis): Promise<number> {
  return new Promise((resolve) => {
    let sum = 0;
    const observer = new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) sum += entry.value;
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(sum);
    }, 300);
  });
}

describe("the docs' snippet on a page", () => {
  for (const width of [390, 1280]) {
    it(`renders with its integrity check at ${width} px`, async () => {
      const win = await openFrame({ srcdoc: page(snippet()) }, { width, height: 900 });
      const el = win.document.querySelector('spasm-checker') as SpasmChecker;
      expect(el.shadowRoot?.querySelector('form'), 'the first question').to.exist;
      expect(el.nextElementSibling?.tagName).to.equal('SCRIPT');
    });

    it(`moves nothing on the page at ${width} px: layout shift 0 (Chromium only)`, async function () {
      if (!isChromium) this.skip();
      const win = await openFrame({ srcdoc: page(snippet()) }, { width, height: 900 });
      expect(await layoutShift(win)).to.equal(0);
    });
  }

  it("is as tall as the docs' table says, and the reservation fits under it (Chromium only)", async function () {
    if (!isChromium) this.skip();
    const table = [...doc.matchAll(/^\| (\d+) px[^|]*\| (\d+) px \|$/gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(table.length).to.equal(3);
    const reserved = Number(/min-height: (\d+)px/.exec(docSnippet(doc, 'reserve'))![1]);
    for (const [column, documented] of table) {
      // "650 px or wider" is a 650 px column; the phone rows are the viewport less 8 px margins.
      const win = await openFrame({ srcdoc: page(snippet(), `${column}px`) }, { width: column + 16, height: 900 });
      const el = win.document.querySelector('spasm-checker') as SpasmChecker;
      const height = el.getBoundingClientRect().height;
      expect(
        Math.abs(height - documented),
        `${Math.round(height)} px in a ${column} px column; the docs say ${documented} px`,
      ).to.be.at.most(24);
      expect(reserved, `the reservation fits in a ${column} px column`).to.be.at.most(height);
    }
  });

  it('reads right with JavaScript off: the emergency line with its link, and no "Loading…"', async () => {
    const iframe = document.createElement('iframe');
    iframe.sandbox.add('allow-same-origin'); // no allow-scripts: JavaScript is off in it
    iframe.srcdoc = page(snippet());
    document.body.append(iframe);
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    const el = iframe.contentDocument!.querySelector('spasm-checker')!;
    expect(el.matches(':defined')).to.equal(false);
    const text = el.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).to.equal(
      'If you think this is an emergency, call 911 now. The muscle cramp checker needs JavaScript to show here.',
    );
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
    expect((el as HTMLElement).offsetHeight, 'the fallback shows').to.be.greaterThan(0);
    iframe.remove();
  });
});
