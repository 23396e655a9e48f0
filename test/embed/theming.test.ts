// The theming API: each public variable, set on :root or on the element, changes the part it
// themes; parts can be styled from the page; nothing else gets in.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { settle, shadow, walk } from '../element/driver.js';
import { calmAnswers } from '../fixtures/calm-answers.js';

// variable, value, the element it themes, the computed property, the computed value expected
const variables: [string, string, string, string, string][] = [
  ['--spasm-checker-font-family', 'monospace', '.root', 'fontFamily', 'monospace'],
  ['--spasm-checker-font-size', '20px', '.root', 'fontSize', '20px'],
  ['--spasm-checker-text', 'rgb(1, 2, 3)', '.root', 'color', 'rgb(1, 2, 3)'],
  ['--spasm-checker-muted', 'rgb(4, 5, 6)', '.progress', 'color', 'rgb(4, 5, 6)'],
  ['--spasm-checker-surface', 'rgb(7, 8, 9)', '.root', 'backgroundColor', 'rgb(7, 8, 9)'],
  ['--spasm-checker-border', 'rgb(10, 11, 12)', '.root', 'borderTopColor', 'rgb(10, 11, 12)'],
  ['--spasm-checker-accent', 'rgb(13, 14, 15)', 'button[type="submit"]', 'backgroundColor', 'rgb(13, 14, 15)'],
  ['--spasm-checker-on-accent', 'rgb(16, 17, 18)', 'button[type="submit"]', 'color', 'rgb(16, 17, 18)'],
  ['--spasm-checker-radius', '3px', 'button[type="submit"]', 'borderTopLeftRadius', '3px'],
  // The focus ring itself is checked with real keyboard focus in keyboard.test.ts; here, that the
  // variable reaches the private one the ring uses (focus state depends on the window having focus).
  ['--spasm-checker-focus', 'rgb(19, 20, 21)', '.root', '--_focus', 'rgb(19, 20, 21)'],
  ['--spasm-checker-emergency', 'rgb(22, 23, 24)', '.banner', 'borderLeftColor', 'rgb(22, 23, 24)'],
];

const levelVariables: [string, string][] = [
  ['emergency', '--spasm-checker-emergency'],
  ['ed-now', '--spasm-checker-ed-now'],
  ['same-day', '--spasm-checker-same-day'],
  ['appointment', '--spasm-checker-appointment'],
  ['self-care', '--spasm-checker-self-care'],
  ['not-suitable', '--spasm-checker-not-suitable'],
];
const paths: Record<string, Record<string, unknown>> = {
  emergency: { who: 'self', emergency: ['seizure'] },
  'ed-now': { ...calmAnswers, medicines: ['withdrawal'] },
  'same-day': { ...calmAnswers, 'leg-swelling': 'yes', 'clot-breath': 'no' },
  appointment: { ...calmAnswers, pattern: ['frequent'] },
  'self-care': calmAnswers,
  'not-suitable': { who: 'child', emergency: ['none'] },
};

function pageSheet(css: string) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet));
}
const computed = (el: SpasmChecker, selector: string, property: string) => {
  const style = getComputedStyle(shadow(el).querySelector(selector)!);
  return property.startsWith('--') ? style.getPropertyValue(property).trim() : style[property as 'color'];
};

describe('theming', () => {
  for (const [variable, value, selector, property, expected] of variables) {
    it(`${variable} works on :root and on the element`, async () => {
      const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
      const before = computed(el, selector, property);
      expect(before, 'the default differs from the test value').to.not.equal(expected);
      const remove = pageSheet(`:root { ${variable}: ${value}; }`);
      try {
        expect(computed(el, selector, property)).to.contain(expected);
      } finally {
        remove();
      }
      expect(computed(el, selector, property)).to.equal(before);
      el.style.setProperty(variable, value);
      expect(computed(el, selector, property)).to.contain(expected);
    });
  }

  for (const [level, variable] of levelVariables) {
    it(`${variable} colors the ${level} result`, async () => {
      const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
      el.style.setProperty(variable, 'rgb(99, 1, 2)');
      await walk(el, paths[level] as never);
      expect(computed(el, '[data-level]', 'borderLeftColor')).to.equal('rgb(99, 1, 2)');
    });
  }

  it('lets the page style the documented parts, and only those', async () => {
    const remove = pageSheet(`spasm-checker::part(primary-button) { outline: 7px dotted rgb(1, 1, 1); }
      spasm-checker::part(banner) { background-color: rgb(2, 2, 2); }
      spasm-checker::part(option) { border-top-width: 9px; }
      spasm-checker .banner, spasm-checker button { background-color: rgb(3, 3, 3) !important; }`);
    try {
      const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
      await settle(el);
      expect(computed(el, 'button[type="submit"]', 'outlineWidth')).to.equal('7px');
      expect(computed(el, '.banner', 'backgroundColor')).to.equal('rgb(2, 2, 2)');
      expect(computed(el, 'label.option', 'borderTopWidth')).to.equal('9px');
      expect(computed(el, 'button[type="submit"]', 'backgroundColor')).to.not.equal('rgb(3, 3, 3)');
    } finally {
      remove();
    }
  });
});
