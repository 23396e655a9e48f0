// Webmaster attributes: each bad value gives one console warning and a safe fallback.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { shadow, walk } from './driver.js';
import { captureConsole } from '../console-capture.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

function captureWarnings() {
  const { messages: warnings, restore } = captureConsole('warn');
  return { warnings, restore };
}

async function selfCareLinks(attributes: Record<string, string>) {
  const el = document.createElement('spasm-checker') as SpasmChecker;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await fixture(el);
  await walk(el, calmAnswers);
  return [...shadow(el).querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.getAttribute('href'));
}

describe('webmaster attributes', () => {
  const bookingCases: [string, string | null][] = [
    ['https://example.org/book?x=1', 'https://example.org/book?x=1'],
    ['/book/pain', '/book/pain'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    [' javascript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['http://example.org/book', null],
    ['//evil.example/book', null],
    ['./book', null],
    ['../book', null],
    ['/\\evil.example', null],
  ];
  for (const [value, expected] of bookingCases) {
    it(`booking-url=${JSON.stringify(value)} ${expected ? 'is used' : 'is refused with one warning'}`, async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const hrefs = await selfCareLinks({ 'booking-url': value });
        if (expected) {
          expect(hrefs).to.include(expected);
          expect(warnings).to.have.length(0);
        } else {
          expect(hrefs.every((h) => h === null || h.startsWith('tel:'))).to.equal(true, String(hrefs));
          expect(warnings.filter((w) => w.includes('booking-url'))).to.have.length(1);
        }
      } finally {
        restore();
      }
    });
  }

  it('builds the clinic tel: link from digits and a leading + only, and refuses a number with anything else', async () => {
    expect(await selfCareLinks({ 'clinic-phone': '+1 (555) 010-4477' })).to.include('tel:+15550104477');
    const { warnings, restore } = captureWarnings();
    try {
      // "ext 2" would dial 2 more digits than the patient reads: no link at all is safer.
      const hrefs = await selfCareLinks({ 'clinic-phone': '+1 (555) 010-4477 ext 2' });
      expect(hrefs.filter((h) => h !== 'tel:911')).to.deep.equal([]);
      expect(warnings.filter((w) => w.includes('clinic-phone'))).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('treats an empty attribute as unset, without a warning', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const hrefs = await selfCareLinks({ 'booking-url': '', 'clinic-phone': '', 'emergency-number': '' });
      expect(hrefs).to.include('tel:911');
      expect(warnings).to.have.length(0);
    } finally {
      restore();
    }
  });

  it('falls back to 911, view "full" and heading level 2 on bad values, warning once for each', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<SpasmChecker>(
        html`<spasm-checker emergency-number="9-1-1; call me" view="everything" heading-level="9"></spasm-checker>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(shadow(el).querySelector('.banner a')!.getAttribute('href')).to.equal('tel:911');
      expect(shadow(el).querySelector('h2#title')).to.exist;
      expect(shadow(el).querySelector('form')).to.exist;
      expect(shadow(el).querySelector('.learn')).to.exist;
      expect(warnings.filter((w) => w.includes('emergency-number'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('view'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('heading-level'))).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('uses the emergency number everywhere it is shown', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker emergency-number="112"></spasm-checker>`);
    expect(shadow(el).querySelector('.banner')!.textContent).to.contain('112');
    expect(shadow(el).querySelector('.banner a')!.getAttribute('href')).to.equal('tel:112');
  });

  it('view="checker" shows only the checker and view="learn" only the learn section, both with the emergency line', async () => {
    const checker = await fixture<SpasmChecker>(html`<spasm-checker view="checker"></spasm-checker>`);
    expect(shadow(checker).querySelector('form')).to.exist;
    expect(shadow(checker).querySelector('.learn')).to.equal(null);
    expect(shadow(checker).querySelector('.banner')).to.exist;
    const learn = await fixture<SpasmChecker>(html`<spasm-checker view="learn"></spasm-checker>`);
    expect(shadow(learn).querySelector('form')).to.equal(null);
    expect(shadow(learn).querySelector('.learn #learn-body')!.hasAttribute('hidden')).to.equal(false);
    expect(shadow(learn).querySelector('.banner')).to.exist;
  });

  it('view="full" keeps the learn section collapsed below the checker until opened', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.learn button')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).querySelector('#learn-body')!.hasAttribute('hidden')).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).querySelector('#learn-body')!.hasAttribute('hidden')).to.equal(false);
  });
});
