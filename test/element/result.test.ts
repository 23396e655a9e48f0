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
