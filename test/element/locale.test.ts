// Language: the element's own lang, else the nearest ancestor's, else <html lang>, else English;
// regional tags use their language; unknown ones fall back to English with one warning; a change
// at run time re-renders in place and keeps the answers.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { answer, currentQuestion, settle, shadow } from './driver.js';
import { captureConsole } from '../console-capture.js';

const title = (el: SpasmChecker) => shadow(el).querySelector('#title')!.textContent!.trim();
const rootLang = (el: SpasmChecker) => shadow(el).querySelector('.root')!.getAttribute('lang');

describe('language', () => {
  const htmlLang = document.documentElement.lang;
  afterEach(() => (document.documentElement.lang = htmlLang));

  it("uses the element's own lang, with es-MX read as Spanish", async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker lang="es-MX"></spasm-checker>`);
    expect(title(el)).to.equal(es.ui.title);
    expect(rootLang(el)).to.equal('es');
  });

  it("else the nearest ancestor's lang, else <html lang>, else English", async () => {
    const wrapper = await fixture(html`<div lang="es"><section><spasm-checker></spasm-checker></section></div>`);
    expect(title(wrapper.querySelector<SpasmChecker>('spasm-checker')!)).to.equal(es.ui.title);
    document.documentElement.lang = 'es-US';
    const fromHtml = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    expect(title(fromHtml)).to.equal(es.ui.title);
    document.documentElement.removeAttribute('lang');
    const fallback = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    expect(title(fallback)).to.equal(en.ui.title);
    expect(rootLang(fallback)).to.equal('en');
  });

  it('falls back to English with one console warning for a language it does not have', async () => {
    const { messages: warnings, restore } = captureConsole('warn');
    try {
      const el = await fixture<SpasmChecker>(html`<spasm-checker lang="xx-Test"></spasm-checker>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(title(el)).to.equal(en.ui.title);
      expect(warnings.filter((w) => w.includes('xx-Test'))).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('re-renders in place when lang changes at run time, keeping the answers and the step', async () => {
    const wrapper = await fixture(html`<div lang="en"><spasm-checker></spasm-checker></div>`);
    const el = wrapper.querySelector<SpasmChecker>('spasm-checker')!;
    await answer(el, 'someone-else');
    await answer(el, ['none']);
    expect(currentQuestion(el)).to.equal('where');
    wrapper.setAttribute('lang', 'es');
    await settle(el);
    expect(title(el)).to.equal(es.ui.title);
    expect(shadow(el).querySelector('form #step-heading')!.textContent).to.contain(es.questions.where.text as string);
    expect(shadow(el).querySelector('legend#kind')!.textContent).to.equal(es.ui.chooseAny);
    expect(currentQuestion(el)).to.equal('where');
    expect(el.answers).to.deep.equal({ who: 'someone-else', emergency: ['none'] });
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(title(el)).to.equal(en.ui.title);
  });
});

describe('announcements and help for every patient', () => {
  it('has a polite live region from the start, not a status bar, and uses it when "None of these" clears other choices', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    const status = shadow(el).querySelector('[aria-live="polite"]')!;
    // role="status" is read as "status bar" by Orca in browse mode, even empty.
    expect(status.hasAttribute('role')).to.equal(false);
    expect(shadow(el).querySelectorAll('[role="status"], output')).to.have.length(0);
    expect(status.textContent).to.equal('');
    await answer(el, 'self');
    shadow(el).querySelector<HTMLInputElement>('input[value="seizure"]')!.click();
    shadow(el).querySelector<HTMLInputElement>('input[value="none"]')!.click();
    await settle(el);
    await settle(el);
    expect(status.textContent).to.equal(en.ui.clearedOthers);
  });

  it('is a region labelled by its title, with headings at heading-level', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker heading-level="4"></spasm-checker>`);
    const region = shadow(el).querySelector('section.root')!;
    expect(shadow(el).getElementById(region.getAttribute('aria-labelledby')!)!.tagName).to.equal('H4');
    expect(shadow(el).querySelector('form h5#step-heading')).to.exist;
  });

  it('tells deaf and hard-of-hearing patients how to reach 911 on emergency screens', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    await answer(el, 'self');
    await answer(el, ['breathing']);
    expect(shadow(el).querySelector('.deaf-help')!.textContent).to.match(/text 911/i);
    const other = await fixture<SpasmChecker>(html`<spasm-checker emergency-number="112"></spasm-checker>`);
    await answer(other, 'self');
    await answer(other, ['breathing']);
    expect(shadow(other).querySelector('.deaf-help')).to.equal(null);
  });
});
