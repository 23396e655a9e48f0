// The widget works fully on a page served with a strict Content-Security-Policy and Trusted Types,
// themed from the site's own stylesheet.
import { expect, waitUntil } from '@open-wc/testing';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { resultLevel, shadow, walk } from '../element/driver.js';
import data from '../fixtures/vignettes.json' with { type: 'json' };
import type { Given } from '../element/driver.js';
import { openFrame } from './frame.js';

type PageWindow = Window & typeof globalThis & { violations: string[] };

async function openStrictPage(page = 'strict-csp.html') {
  const win = (await openFrame({ src: `/test/embed/pages/${page}` })) as PageWindow;
  await win.customElements.whenDefined('spasm-checker');
  const el = win.document.querySelector('spasm-checker') as SpasmChecker;
  await el.updateComplete;
  return { win, el };
}

describe('strict Content-Security-Policy with Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is served with the policy as a response header', async () => {
    const response = await fetch('/test/embed/pages/strict-csp.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
  });

  it('renders, completes vignettes and is themed from the site stylesheet, with no violation', async () => {
    const { win, el } = await openStrictPage();
    expect(shadow(el).querySelector('form')).to.exist;
    const button = shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(win.getComputedStyle(button).backgroundColor).to.equal('rgb(106, 27, 154)');
    for (const v of data.vignettes.slice(0, 12)) {
      el.restart();
      await el.updateComplete;
      await walk(el, v.answers as unknown as Given);
      expect(resultLevel(el), v.id).to.equal(v.expected);
    }
    expect(win.violations).to.deep.equal([]);
  });

  it('loads the script twice with no error and no violation (a second Lit would be refused a second policy)', async () => {
    const { win, el } = await openStrictPage('strict-csp-twice.html');
    expect(shadow(el).querySelector('form')).to.exist;
    expect(win.violations).to.deep.equal([]);
    expect((win as PageWindow & { errors: string[] }).errors).to.deep.equal([]);
  });

  it('really enforces the policy: an inline style and a raw innerHTML are refused on that page', async () => {
    const { win } = await openStrictPage();
    const probe = win.document.createElement('div');
    probe.setAttribute('style', 'color: red');
    win.document.body.append(probe);
    await waitUntil(() => win.violations.join().includes('style-src'), 'a style-src violation is reported');
    if ('trustedTypes' in win) {
      expect(() => (probe.innerHTML = '<b>x</b>')).to.throw();
    }
  });
});
