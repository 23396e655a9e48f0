// What each result may offer: the emergency number always; the clinic's phone never on emergency
// or ed-now; the booking link only on appointment (own clinic) and self-care.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { resultLevel, shadow, text, walk } from './driver.js';
import type { Given } from './driver.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

const cases: [string, string, Given, { book: boolean; clinic: boolean }][] = [
  ['emergency', 'stroke signs', { ...calmAnswers, emergency: ['stroke-signs'] }, { book: false, clinic: false }],
  ['ed-now', 'withdrawal', { ...calmAnswers, medicines: ['withdrawal'] }, { book: false, clinic: false }],
  [
    'same-day',
    'a swollen leg',
    { ...calmAnswers, 'leg-swelling': 'yes', 'clot-breath': 'no' },
    { book: false, clinic: true },
  ],
  [
    'appointment',
    'sciatica, own clinic',
    { ...calmAnswers, where: ['back'], 'nerve-signs': ['none'], 'nerve-pain': ['radiating'] },
    { book: true, clinic: true },
  ],
  [
    'appointment',
    'frequent cramps, own doctor',
    { ...calmAnswers, pattern: ['frequent'] },
    { book: false, clinic: false },
  ],
  ['self-care', 'a night cramp', calmAnswers, { book: true, clinic: true }],
  ['not-suitable', 'a child', { who: 'child', emergency: ['none'] }, { book: false, clinic: false }],
  ['not-suitable', 'belly only', { ...calmAnswers, where: ['belly'] }, { book: false, clinic: false }],
];

describe('calls to action on each result', () => {
  for (const [level, story, given, allowed] of cases) {
    it(`${level} (${story}) shows the emergency number, ${allowed.book ? 'a' : 'no'} booking link and ${allowed.clinic ? 'the' : 'no'} clinic phone`, async () => {
      const el = await fixture<SpasmChecker>(
        html`<spasm-checker clinic-name="Riverbend Pain Clinic" clinic-phone="(555) 010-4477" booking-url="https://example.org/book"></spasm-checker>`,
      );
      await walk(el, given);
      expect(resultLevel(el)).to.equal(level);
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a')];
      const hrefs = links.map((a) => a.getAttribute('href'));
      expect(hrefs).to.include('tel:911');
      expect(hrefs.includes('https://example.org/book'), 'booking link').to.equal(allowed.book);
      expect(hrefs.includes('tel:5550104477'), 'clinic phone').to.equal(allowed.clinic);
      if (allowed.clinic) expect(text(el)).to.contain('(555) 010-4477');
    });
  }

  for (const [level, story, given] of cases) {
    if (level === 'self-care' || level === 'appointment') continue; // no "Call 911" on these results
    it(`${level} (${story}) has one link that calls the emergency number: "Call 911", the call to action`, async () => {
      const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
      await walk(el, given);
      const calls = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.result a[href="tel:911"]')];
      expect(calls.map((a) => a.textContent!.trim())).to.deep.equal(['Call 911']);
      expect(calls[0].classList.contains('cta')).to.equal(true);
    });
  }

  it('says the number as text in the emergency result\'s sentences, next to the one "Call 911" link', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    await walk(el, { ...calmAnswers, emergency: ['chest-pain'] });
    const first = shadow(el).querySelector('.result > p')!;
    expect(first.textContent).to.equal('Call 911 now.');
    expect(first.querySelector('a')).to.equal(null);
    // The page-wide emergency line above the result stays a link: one Shift+Tab from anywhere.
    expect(shadow(el).querySelector('.banner a[href="tel:911"]')).to.exist;
  });

  it('lists what the patient told us with Change buttons outside any description, styled as the other buttons', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    await walk(el, calmAnswers);
    expect(shadow(el).querySelectorAll('dl, dd')).to.have.length(0);
    const rows = [...shadow(el).querySelectorAll('ul.told-us > li.told-row')];
    expect(rows.length).to.equal(Object.keys(calmAnswers).length);
    const print = [...shadow(el).querySelectorAll<HTMLButtonElement>('.result button')].find(
      (b) => b.textContent === 'Print summary',
    )!;
    const look = (b: Element) => {
      const c = getComputedStyle(b);
      return [c.borderTopStyle, c.borderTopWidth, c.borderTopColor, c.textDecorationLine, c.backgroundColor];
    };
    for (const row of rows) {
      const change = row.querySelector('button')!;
      expect(change.parentElement).to.equal(row);
      expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Change ${row.querySelector('.told-question')!.textContent}`,
      );
      // The answer is said apart from the button, and "Change" once.
      expect(row.querySelector('.told-answer')!.contains(change)).to.equal(false);
      expect(look(change)).to.deep.equal(look(print));
      expect(getComputedStyle(change).textDecorationLine).to.equal('none');
    }
  });

  it('explains the result with the reasons in plain words and lists what the patient told us, with a way to change each', async () => {
    const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
    await walk(el, { ...calmAnswers, 'leg-swelling': 'yes', 'clot-breath': 'no' });
    const why = [...shadow(el).querySelectorAll('.result h4')].find((h) => h.textContent === 'Why we suggest this')!;
    expect(why.nextElementSibling!.textContent!.trim()).to.equal('One arm or leg is swollen, red, darker or warm.');
    const rows = shadow(el).querySelectorAll('.told-us .told-row');
    expect(rows.length).to.equal(Object.keys(calmAnswers).length + 1, 'the calm answers and the breathing question');
    const change = rows[2].querySelector<HTMLButtonElement>('button')!;
    change.click();
    await el.updateComplete;
    const checked = [...shadow(el).querySelectorAll<HTMLInputElement>('form input:checked')].map((i) => i.value);
    expect(checked).to.deep.equal(['calf-foot']);
  });
});
