// The one-file build, as a webmaster pastes it: a page with only the script tag and the element.
import { expect } from '@open-wc/testing';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import data from '../fixtures/vignettes.json' with { type: 'json' };
import { currentQuestion, resultLevel, settle, walk } from '../element/driver.js';
import type { Given } from '../element/driver.js';
import { openFrame } from './frame.js';

/** Loads a page holding only the tag and the script (classic or module), in an iframe. */
async function pageWithBundle(scriptType: 'classic' | 'module', loads = 1, file = 'spasm-checker.js', lang = 'en') {
  const type = scriptType === 'module' ? ' type="module"' : '';
  const script = `<script${type} src="/dist/${file}"></script>`;
  // The first script only records what the bundle says, and the start of every JSON text it
  // parses (which language's wording), before the bundle runs.
  const listen =
    `<script>window.seen={errors:[],warnings:[],parsed:[]};addEventListener('error',e=>seen.errors.push(e.message));console.warn=(...a)=>seen.warnings.push(a.join(' '));` +
    `JSON.parse=(p=>(t,...r)=>(seen.parsed.push(String(t).slice(0,12)),p(t,...r)))(JSON.parse)</script>`;
  const win = (await openFrame({
    srcdoc: `<!doctype html><html lang="${lang}"><body>${listen}${script.repeat(loads)}<spasm-checker></spasm-checker></body></html>`,
  })) as Window & typeof globalThis & { seen: { errors: string[]; warnings: string[]; parsed: string[] } };
  await win.customElements.whenDefined('spasm-checker');
  const el = win.document.querySelector('spasm-checker') as SpasmChecker;
  await el.updateComplete;
  return { win, el, ...win.seen };
}

describe('dist/spasm-checker.js on a page with nothing else', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the first question as a classic script', async () => {
    const { el } = await pageWithBundle('classic');
    expect(currentQuestion(el)).to.equal('who');
  });

  it('shows the first question as a module script', async () => {
    const { el } = await pageWithBundle('module');
    expect(currentQuestion(el)).to.equal('who');
  });

  it('does nothing harmful when loaded twice', async () => {
    const { el, errors, warnings } = await pageWithBundle('classic', 2);
    expect(errors).to.deep.equal([]);
    expect(currentQuestion(el)).to.equal('who');
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, and does not start, when another version is already registered', async () => {
    const win = (await openFrame({
      srcdoc: `<!doctype html><html lang="en"><body>
      <script>window.seen=[];console.warn=(...a)=>seen.push(a.join(' '));
      customElements.define('spasm-checker', class extends HTMLElement { static version = '0.0.1'; });</script>
      <script src="/dist/spasm-checker.js"></script><spasm-checker></spasm-checker></body></html>`,
    })) as Window & typeof globalThis & { seen: string[] };
    expect(win.seen).to.have.length(1);
    expect(win.seen[0]).to.contain('version 0.0.1 is already registered');
  });

  it('leaves no global variable behind', async () => {
    const { win } = await pageWithBundle('classic');
    const before = new Set(Object.keys(window));
    const added = Object.keys(win).filter((k) => !before.has(k) && k !== 'seen');
    expect(added).to.deep.equal([]);
  });

  it('the English-only file speaks English and completes a vignette', async () => {
    const { el } = await pageWithBundle('classic', 1, 'spasm-checker.en.js');
    expect(el.shadowRoot!.querySelector('#title')!.textContent).to.equal('Muscle cramp and spasm checker');
    await walk(el, data.vignettes[0].answers as unknown as Given);
    expect(resultLevel(el)).to.equal(data.vignettes[0].expected);
  });

  it('the Spanish-only file speaks Spanish, even on an English page (with one warning)', async () => {
    const { el, warnings } = await pageWithBundle('classic', 1, 'spasm-checker.es.js', 'en');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('es');
    expect(warnings.filter((w) => w.includes('lang="en"'))).to.have.length(1);
    await walk(el, data.vignettes[2].answers as unknown as Given);
    expect(resultLevel(el)).to.equal(data.vignettes[2].expected);
  });

  it('parses only the wording it shows: an English page never parses the Spanish, a switch parses it once', async () => {
    const { el, parsed } = await pageWithBundle('classic');
    const wording = () => parsed.filter((text) => text.startsWith('{"lang":'));
    expect(wording()).to.deep.equal(['{"lang":"en"']);
    for (const lang of ['es', 'en', 'es']) {
      el.lang = lang;
      // The element hears lang changes through a MutationObserver: one frame, then its update.
      await settle(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(lang);
    }
    expect(wording()).to.deep.equal(['{"lang":"en"', '{"lang":"es"']);
  });

  for (const v of data.vignettes) {
    it(`completes vignette ${v.id} to ${v.expected} by clicking through the rendered form`, async () => {
      const { el } = await pageWithBundle('classic');
      await walk(el, v.answers as unknown as Given);
      expect(resultLevel(el)).to.equal(v.expected);
    });
  }
});
