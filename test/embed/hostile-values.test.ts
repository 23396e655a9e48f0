// Every attribute a webmaster types, fed hostile values: no script runs, the widget still renders,
// the safe fallback is used, and each refused value gives one warning naming the attribute.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { shadow, walk } from '../element/driver.js';
import { captureConsole } from '../console-capture.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

declare global {
  interface Window {
    pwned?: string;
  }
}
const js = 'window.top.pwned="yes"';

type Case = [attribute: string, value: string, refused: boolean];
const cases: Case[] = [
  ['booking-url', `javascript:${js}`, true],
  ['booking-url', `JaVaScRiPt:${js}`, true],
  ['booking-url', `  javascript:${js}`, true],
  ['booking-url', `java\tscript:${js}`, true],
  ['booking-url', `java\nscript:${js}`, true],
  ['booking-url', `\u0000javascript:${js}`, true],
  ['booking-url', `javascript&colon;${js}`, true],
  ['booking-url', `&#106;avascript:${js}`, true],
  ['booking-url', `data:text/html,<script>${js}</script>`, true],
  ['booking-url', 'DATA:text/html;base64,PHNjcmlwdD4=', true],
  ['booking-url', `vbscript:msgbox(1)`, true],
  ['booking-url', 'blob:https://example.org/1234', true],
  ['booking-url', 'file:///etc/passwd', true],
  ['booking-url', 'http://example.org/book', true],
  ['booking-url', 'HTTP://example.org/book', true],
  ['booking-url', '//evil.example/book', true],
  ['booking-url', '/\\evil.example/book', true],
  ['booking-url', '\\\\evil.example\\book', true],
  ['booking-url', './book', true],
  ['booking-url', '../book', true],
  ['booking-url', 'https://', true],
  ['booking-url', 'https://exa mple.org/book', true],
  ['booking-url', `https://example.org/"><img src=x onerror=${js}>`, true],
  ['booking-url', 'ftp://example.org/book', true],
  ['booking-url', 'mailto:book@example.org', true],
  ['booking-url', `${'https://example.org/'}${'a'.repeat(3000)}`, true],
  ['clinic-phone', `javascript:${js}`, true],
  ['clinic-phone', '911?body=hi&x=1', true],
  ['clinic-phone', '<img src=x onerror=window.top.pwned=1>555', true],
  ['clinic-phone', '1', true],
  ['clinic-phone', '+1 (555) 010-4477 ;ext=2', true],
  ['clinic-phone', '555-0100 (8am-5pm)', true],
  ['clinic-phone', '555 0100 +1', true],
  ['emergency-number', `javascript:${js}`, true],
  ['emergency-number', '911;ext=1', true],
  ['emergency-number', '9 1 1', true],
  ['emergency-number', '-911', true],
  ['emergency-number', '91100000', true],
  ['clinic-name', `<img src=x onerror=${js}>`, false],
  ['clinic-name', `<script>${js}</script>`, false],
  ['clinic-name', `${'Very long clinic name '.repeat(20)}`, false],
  ['view', 'checker<script>', true],
  ['view', '"><svg onload=alert(1)>', true],
  ['theme', 'dark;background:url(javascript:alert(1))', true],
  ['heading-level', '<h1>', true],
  ['heading-level', '0', true],
  ['heading-level', '6', true],
  ['heading-level', '2.5', true],
];

describe(`${cases.length} hostile attribute values`, () => {
  for (const [written, dialled] of [
    ['(555) 010-4477', 'tel:5550104477'],
    ['+1 555.010.4477', 'tel:+15550104477'],
    ['+44 20 7946 0958', 'tel:+442079460958'],
  ]) {
    it(`clinic-phone=${JSON.stringify(written)} is shown as written and dials exactly ${dialled}`, async () => {
      const el = await fixture<SpasmChecker>(html`<spasm-checker clinic-phone=${written}></spasm-checker>`);
      await walk(el, calmAnswers);
      const call = [...shadow(el).querySelectorAll('a')].find(
        (a) => a.getAttribute('href')!.startsWith('tel:') && a.getAttribute('href') !== 'tel:911',
      )!;
      expect(call.getAttribute('href')).to.equal(dialled);
      expect(call.textContent).to.contain(written);
    });
  }

  afterEach(() => delete window.pwned);

  for (const [attribute, value, refused] of cases) {
    it(`${attribute}=${JSON.stringify(value).slice(0, 60)}${refused ? ' is refused' : ' is made harmless'}`, async () => {
      const { messages: warnings, restore } = captureConsole('warn');
      try {
        const el = document.createElement('spasm-checker') as SpasmChecker;
        el.setAttribute(attribute, value);
        await fixture(el);
        expect(shadow(el).querySelector('.banner a')!.getAttribute('href'), 'the emergency line still works').to.match(
          /^tel:\d+$/,
        );
        await walk(el, calmAnswers);
        expect(shadow(el).querySelector('[data-level="self-care"]'), 'the widget still works').to.exist;
        for (const a of shadow(el).querySelectorAll('a')) {
          expect(a.getAttribute('href'), 'every link is a phone number, https or same-site path').to.match(
            /^(tel:\+?\d+$|https:\/\/|\/(?![/\\]))/,
          );
        }
        expect(shadow(el).querySelectorAll('img, script, svg, iframe')).to.have.length(0);
        expect(window.pwned, 'no script ran').to.equal(undefined);
        const named = warnings.filter((w) => w.includes(attribute));
        expect(named, 'one warning naming the attribute and the fallback').to.have.length(refused ? 1 : 0);
        if (refused) expect(named[0]).to.match(/using .+ instead/);
        if (attribute === 'clinic-name') expect(shadow(el).textContent!.length).to.be.lessThan(20000);
      } finally {
        restore();
      }
    });
  }

  it('renders a clinic name full of markup as text, cut to 80 characters', async () => {
    const el = await fixture<SpasmChecker>(
      html`<spasm-checker clinic-name=${`<b>${'x'.repeat(200)}</b>`} clinic-phone="555 010 4477"></spasm-checker>`,
    );
    await walk(el, calmAnswers);
    const call = [...shadow(el).querySelectorAll('a')].find((a) => a.getAttribute('href') === 'tel:5550104477')!;
    expect(call.textContent).to.contain('<b>xxx');
    expect(call.querySelector('b')).to.equal(null);
    const name = call.textContent!.split(':')[0].replace(/^Call /, '');
    expect(name.length).to.be.at.most(80);
  });
});
