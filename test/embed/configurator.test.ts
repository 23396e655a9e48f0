// The configurator page (demo/configurator.html, built into dist/configurator.js), as a webmaster
// uses it: fill the form, watch the real widget change, copy a tag and CSS that hold only usable,
// escaped values, and see contrast problems with their ratio. Runs after `npm run build`.
import { expect, waitUntil } from '@open-wc/testing';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { version } from '../../src/version.js';
import { openFrame } from './frame.js';

interface Page {
  win: Window & typeof globalThis;
  doc: Document;
  el: SpasmChecker;
  violations: string[];
}

const RESERVATION = 'spasm-checker:not(:defined) {\n  display: block;\n  min-height: 600px;\n}';

const until = (condition: () => boolean, what: string, timeout = 5000) =>
  waitUntil(condition, `timed out waiting for ${what}`, { timeout, interval: 20 });

async function openConfigurator(width = 1200, height = 900): Promise<Page> {
  const win = await openFrame({ src: '/demo/configurator.html' }, { width, height });
  const doc = win.document;
  await win.customElements.whenDefined('spasm-checker');
  await until(() => doc.body.hasAttribute('data-ready'), 'the configurator to start (is dist/configurator.js built?)');
  const el = doc.querySelector('spasm-checker') as SpasmChecker;
  await el.updateComplete;
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  return { win, doc, el, violations };
}

const byId = <T extends HTMLElement = HTMLElement>(page: Page, id: string) => {
  const element = page.doc.getElementById(id);
  if (!element) throw new Error(`no #${id}`);
  return element as T;
};

/** Types a value as a webmaster does: input events while typing, change when leaving the field. */
async function fill(page: Page, id: string, value: string, leave = true) {
  const input = byId<HTMLInputElement | HTMLSelectElement>(page, id);
  input.value = value;
  input.dispatchEvent(new page.win.Event('input', { bubbles: true }));
  if (leave) input.dispatchEvent(new page.win.Event('change', { bubbles: true }));
  await page.el.updateComplete;
}

async function choose(page: Page, name: string, value: string) {
  page.doc.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
  await page.el.updateComplete;
}

const tagSnippet = (page: Page) => byId(page, 'tag-code').textContent ?? '';
const cssSnippet = (page: Page) => byId(page, 'css-code').textContent ?? '';
const shown = (element: HTMLElement) => !element.hidden && element.getClientRects().length > 0;
const warningOf = (page: Page, field: string) => byId(page, `${field}-warning`);
const contrastWarnings = (page: Page) =>
  [...byId(page, 'contrast-warnings').querySelectorAll('li')].map((li) => li.textContent ?? '');

/** The pasted tag as a browser reads it. */
function parseTag(snippet: string) {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const element = doc.querySelector('spasm-checker');
  if (!element) throw new Error('no <spasm-checker> in the snippet');
  const attributes = Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
  return { doc, element, attributes, script: doc.querySelector('script') };
}

const attributesOf = (element: Element) =>
  Object.fromEntries([...element.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value]));

// WCAG 2 contrast, computed here independently of the page.
function ratio(a: string, b: string) {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return `${(Math.floor(((hi + 0.05) / (lo + 0.05)) * 100) / 100).toFixed(2)}:1`;
}

describe('the configurator page (demo/configurator.html)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is served with no inline script or style, under its own strict policy', async () => {
    const source = await (await fetch('/demo/configurator.html')).text();
    const doc = new DOMParser().parseFromString(source, 'text/html');
    expect(doc.querySelectorAll('script:not([src])').length, 'inline scripts').to.equal(0);
    expect(doc.querySelectorAll('[style]').length, 'style attributes').to.equal(0);
    expect(doc.querySelectorAll('style').length, 'style elements').to.equal(0);
    // (The test server adds its own web-socket script to every page it serves.)
    const scripts = [...doc.querySelectorAll('script')]
      .map((s) => s.getAttribute('src'))
      .filter((src) => !src?.startsWith('/__web-dev-server'));
    expect(scripts).to.deep.equal(['../dist/spasm-checker.js', '../dist/configurator.js']);
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy)
      .to.contain("script-src 'self'")
      .and.to.contain("style-src 'self'")
      .and.to.contain("require-trusted-types-for 'script'");
    expect(policy).to.not.contain('unsafe');
    // The page's own stylesheet is applied (the policy allows it) and the widget rendered.
    const page = await openConfigurator();
    expect(page.win.getComputedStyle(page.doc.querySelector('main')!).display).to.equal('grid');
    expect(page.el.shadowRoot!.querySelector('form')).to.exist;
    expect(page.violations).to.deep.equal([]);
  });

  it('starts from the defaults: a bare tag with its fallback lines, and the space reservation', async () => {
    const page = await openConfigurator();
    const { attributes, element, script } = parseTag(tagSnippet(page));
    expect(attributes).to.deep.equal({});
    expect(element.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
    expect([...element.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      en.ui.emergencyLine.replace('{number}', '911'),
      'The muscle cramp checker needs JavaScript to show here.',
    ]);
    expect(script!.getAttribute('src')).to.equal(`/js/spasm-checker-${version}.js`);
    const sri = await fetch('/dist/spasm-checker.js.sri');
    if (sri.ok) {
      expect(script!.getAttribute('integrity')).to.equal((await sri.text()).trim());
      expect(script!.getAttribute('crossorigin')).to.equal('anonymous');
    }
    expect(cssSnippet(page)).to.equal(RESERVATION);
    expect(attributesOf(page.el)).to.deep.equal({});
    expect(shown(byId(page, 'contrast-ok'))).to.equal(true);
    expect(byId(page, 'status').textContent).to.equal('Everything you entered can be used.');
    expect(page.doc.querySelectorAll('.warning:not([hidden])').length).to.equal(0);
  });

  it('updates the live widget and the snippet as the fields are filled', async () => {
    const page = await openConfigurator();
    const root = () => page.el.shadowRoot!;

    await fill(page, 'emergency-number', '112');
    const link = root().querySelector('.banner a')!;
    expect(link.getAttribute('href')).to.equal('tel:112');
    expect(link.textContent).to.equal('112');
    expect(tagSnippet(page)).to.contain('emergency-number="112"').and.to.contain('<a href="tel:112">112</a>');

    await choose(page, 'lang', 'es');
    await page.el.updateComplete;
    expect(root().querySelector('#title')!.textContent).to.equal(es.ui.title);
    expect(root().querySelector('section')!.getAttribute('lang')).to.equal('es');
    expect(tagSnippet(page)).to.contain('lang="es"').and.to.contain(es.ui.emergencyLine.split('{number}')[0]);

    await choose(page, 'lang', '');
    await page.el.updateComplete;
    expect(root().querySelector('#title')!.textContent).to.equal(en.ui.title);
    expect(tagSnippet(page)).to.not.contain('lang=');

    await choose(page, 'view', 'learn');
    expect(root().querySelector('form'), 'no checker in the learn view').to.equal(null);
    await choose(page, 'theme', 'dark');
    expect(root().querySelector('.root')!.classList.contains('dark')).to.equal(true);
    await fill(page, 'heading-level', '4');
    expect(root().querySelector('h4#title')).to.exist;
    expect(parseTag(tagSnippet(page)).attributes).to.deep.equal({
      'emergency-number': '112',
      view: 'learn',
      theme: 'dark',
      'heading-level': '4',
    });
    expect(page.violations).to.deep.equal([]);
  });

  it('refuses a javascript: booking URL with a warning next to its field, and keeps it out of the code', async () => {
    const page = await openConfigurator();
    const input = byId(page, 'booking-url');
    const warning = warningOf(page, 'booking-url');

    // While typing, the code never holds the value, and the warning waits for a pause.
    await fill(page, 'booking-url', 'javascript:alert(1)', false);
    expect(tagSnippet(page)).to.not.contain('javascript');
    expect(shown(warning)).to.equal(false);
    await until(() => shown(warning), 'the warning after a pause in typing');

    await fill(page, 'booking-url', 'javascript:window.top.pwned="yes"');
    expect(shown(warning)).to.equal(true);
    expect(warning.textContent).to.contain('booking-url=').and.to.contain('cannot be used');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('booking-url-warning');
    expect(tagSnippet(page)).to.not.contain('javascript').and.to.not.contain('booking-url');
    expect(page.el.hasAttribute('booking-url')).to.equal(false);
    expect(byId(page, 'status').getAttribute('role')).to.equal('status');
    expect(byId(page, 'status').textContent).to.contain('Booking page');
    expect((window as Window & { pwned?: string }).pwned).to.equal(undefined);

    await fill(page, 'booking-url', '/book/pain');
    expect(shown(warning)).to.equal(false);
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(parseTag(tagSnippet(page)).attributes).to.deep.equal({ 'booking-url': '/book/pain' });
    expect(byId(page, 'status').textContent).to.equal('Everything you entered can be used.');
    expect(page.violations).to.deep.equal([]);
  });

  it('writes a tag with exactly the expected attributes, HTML-escaped, the same as the live widget', async () => {
    const page = await openConfigurator();
    await fill(page, 'clinic-name', `Smith & "Jones" <b>Pain</b> Clinic's`);
    await fill(page, 'clinic-phone', '(555) 010-4477');
    await fill(page, 'booking-url', 'https://example.org/book?a=1&b=2');
    await fill(page, 'emergency-number', '999');
    await choose(page, 'view', 'checker');
    await choose(page, 'theme', 'auto');
    await fill(page, 'heading-level', '3');
    await choose(page, 'lang', 'es');
    const snippet = tagSnippet(page);
    expect(snippet).to.not.contain('<b>');
    const expected = {
      'clinic-name': `Smith & "Jones" <b>Pain</b> Clinic's`,
      'clinic-phone': '(555) 010-4477',
      'booking-url': 'https://example.org/book?a=1&b=2',
      'emergency-number': '999',
      view: 'checker',
      theme: 'auto',
      'heading-level': '3',
      lang: 'es',
    };
    const { attributes, element, script } = parseTag(snippet);
    expect(attributes).to.deep.equal(expected);
    expect(attributesOf(page.el)).to.deep.equal(expected);
    expect(element.querySelector('b')).to.equal(null);
    expect(element.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
    expect(element.querySelectorAll('p').length).to.equal(2);
    expect(script!.getAttribute('src')).to.equal(`/js/spasm-checker-${version}.js`);
    expect(byId(page, 'clinic-phone-note').textContent).to.contain('tel:5550104477');

    // Refused values fall back as the element would: no attribute, the default in the fallback line.
    await fill(page, 'emergency-number', '91x');
    expect(shown(warningOf(page, 'emergency-number'))).to.equal(true);
    const refused = parseTag(tagSnippet(page));
    expect(refused.attributes).to.not.have.property('emergency-number');
    expect(refused.element.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
    await fill(page, 'clinic-phone', 'call us');
    expect(shown(warningOf(page, 'clinic-phone'))).to.equal(true);
    expect(parseTag(tagSnippet(page)).attributes).to.not.have.property('clinic-phone');

    // A long name is cut as the widget cuts it.
    await fill(page, 'clinic-name', 'A'.repeat(100));
    expect(shown(warningOf(page, 'clinic-name'))).to.equal(true);
    expect(parseTag(tagSnippet(page)).attributes['clinic-name']).to.equal(`${'A'.repeat(79)}…`);

    // The script address: a site path or https:, anything else gives the default.
    await fill(page, 'script-src', '/static/spasm-checker.js');
    expect(parseTag(tagSnippet(page)).script!.getAttribute('src')).to.equal('/static/spasm-checker.js');
    await fill(page, 'script-src', 'javascript:alert(1)');
    expect(shown(warningOf(page, 'script-src'))).to.equal(true);
    expect(parseTag(tagSnippet(page)).script!.getAttribute('src')).to.equal(`/js/spasm-checker-${version}.js`);
    byId<HTMLInputElement>(page, 'integrity').checked = false;
    await fill(page, 'script-src', '');
    expect(parseTag(tagSnippet(page)).script!.hasAttribute('integrity')).to.equal(false);
    expect(page.violations).to.deep.equal([]);
  });

  it('warns about a low-contrast accent and text-on-accent pair, with its ratio', async () => {
    const page = await openConfigurator();
    await fill(page, 'color-accent', '#777777');
    await fill(page, 'color-on-accent', '#888888');
    const warnings = contrastWarnings(page);
    const pair = warnings.find((w) => w.startsWith('Text on accent (#888888) on Accent (#777777)'));
    expect(pair, warnings.join('\n')).to.exist;
    expect(pair).to.contain(ratio('#888888', '#777777')).and.to.contain('4.5:1');
    expect(shown(byId(page, 'contrast-warnings'))).to.equal(true);
    expect(shown(byId(page, 'contrast-ok'))).to.equal(false);
    expect(byId(page, 'status').textContent).to.contain('too little contrast');
    // The live widget shows the colors, set through CSSOM (no style attribute from markup).
    const button = page.el.shadowRoot!.querySelector('button[type="submit"]')!;
    expect(page.win.getComputedStyle(button).backgroundColor).to.equal('rgb(119, 119, 119)');
    expect(page.win.getComputedStyle(button).color).to.equal('rgb(136, 136, 136)');
    expect(cssSnippet(page)).to.equal(
      `spasm-checker {\n  --spasm-checker-accent: #777777;\n  --spasm-checker-on-accent: #888888;\n}\n\n${RESERVATION}`,
    );
    // The color picker follows the typed value.
    expect(byId<HTMLInputElement>(page, 'color-accent-picker').value).to.equal('#777777');
    expect(page.violations).to.deep.equal([]);
  });

  it('shows no contrast warning for good colors, and writes only the variables that changed', async () => {
    const page = await openConfigurator();
    await fill(page, 'color-accent', '#00594f');
    await fill(page, 'color-on-accent', '#ffffff');
    await fill(page, 'color-text', '#222222');
    await fill(page, 'color-surface', '#ffffff');
    await fill(page, 'color-emergency', '#b3261e');
    expect(contrastWarnings(page)).to.deep.equal([]);
    expect(shown(byId(page, 'contrast-warnings'))).to.equal(false);
    expect(shown(byId(page, 'contrast-ok'))).to.equal(true);
    expect(page.doc.querySelectorAll('.warning:not([hidden])').length).to.equal(0);
    expect(cssSnippet(page)).to.equal(
      `spasm-checker {\n  --spasm-checker-accent: #00594f;\n  --spasm-checker-text: #222222;\n}\n\n${RESERVATION}`,
    );
    // Every pair is listed with its ratio.
    const all = [...byId(page, 'contrast-all').querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(
      all.some((line) => line.includes(`Text (#222222) on Background (#ffffff): ${ratio('#222222', '#ffffff')}`)),
    ).to.equal(true);
    expect(all.every((line) => line.startsWith('Passes'))).to.equal(true);
    // The other colors and the reset.
    byId(page, 'reset-colors').click();
    await page.el.updateComplete;
    expect(cssSnippet(page)).to.equal(RESERVATION);
    expect(page.el.style.getPropertyValue('--spasm-checker-accent')).to.equal('');
    expect(page.violations).to.deep.equal([]);
  });

  it('checks contrast against the dark defaults too when the theme follows the device', async () => {
    const page = await openConfigurator();
    await fill(page, 'color-surface', '#fafafa');
    expect(contrastWarnings(page)).to.deep.equal([]);
    await choose(page, 'theme', 'auto');
    const warnings = contrastWarnings(page);
    expect(warnings.length).to.be.greaterThan(0);
    expect(
      warnings.every((w) => w.startsWith('On devices set to dark mode:')),
      warnings.join('\n'),
    ).to.equal(true);
    expect(
      warnings.some((w) =>
        w.includes(`Text (default #e8eaed) on Background (#fafafa): ${ratio('#e8eaed', '#fafafa')}`),
      ),
    ).to.equal(true);
    // In the dark theme, the dark default is not a change; in the light theme it is.
    await choose(page, 'theme', 'dark');
    await fill(page, 'color-surface', '#1b1f24');
    expect(cssSnippet(page)).to.equal(RESERVATION);
    await choose(page, 'theme', 'light');
    expect(cssSnippet(page)).to.contain('--spasm-checker-surface: #1b1f24;');
  });

  it('refuses anything that is not a plain color, and leaves it out of the CSS and the widget', async () => {
    const page = await openConfigurator();
    for (const value of ['blu', 'var(--brand)', 'red; } body { display: none', 'inherit', 'url(x.png)', '#12345']) {
      await fill(page, 'color-accent', value);
      expect(shown(warningOf(page, 'color-accent')), value).to.equal(true);
      expect(byId(page, 'color-accent').getAttribute('aria-invalid'), value).to.equal('true');
      expect(cssSnippet(page), value).to.equal(RESERVATION);
      expect(page.el.style.getPropertyValue('--spasm-checker-accent'), value).to.equal('');
    }
    // Other CSS color syntaxes are resolved and checked.
    await fill(page, 'color-accent', 'navy');
    expect(shown(warningOf(page, 'color-accent'))).to.equal(false);
    expect(cssSnippet(page)).to.contain('--spasm-checker-accent: navy;');
    expect(byId<HTMLInputElement>(page, 'color-accent-picker').value).to.equal('#000080');
    await fill(page, 'color-text', 'rgb(200 200 200)');
    expect(
      contrastWarnings(page).some((w) => w.startsWith('Text (rgb(200 200 200)) on Background (default #ffffff)')),
    ).to.equal(true);
    expect(page.violations).to.deep.equal([]);
  });

  const sixDigitHex = (color: string) => color.replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/, '#$1$1$2$2$3$3');
  for (const theme of ['light', 'dark'] as const) {
    it(`lists the widget's own ${theme} defaults for every color`, async () => {
      const page = await openConfigurator();
      await choose(page, 'theme', theme);
      const root = page.el.shadowRoot!.querySelector('.root')!;
      const pickers = [...page.doc.querySelectorAll<HTMLInputElement>('input[type="color"]')];
      expect(pickers.length).to.be.at.least(5);
      for (const picker of pickers) {
        const key = picker.id.replace(/^color-|-picker$/g, '');
        // A custom property keeps its text as written, and the CSS minifier writes #ffffff as #fff:
        // compare colors, not spellings (a color picker needs the six-digit form).
        const used = sixDigitHex(page.win.getComputedStyle(root).getPropertyValue(`--_${key}`).trim().toLowerCase());
        expect(used, key).to.equal(picker.dataset[theme]);
        expect(picker.value, `${key} picker shows the default`).to.equal(picker.dataset[theme]);
      }
    });
  }

  it('works at 320 px wide: no horizontal scrolling, even with long values', async () => {
    const page = await openConfigurator(320, 700);
    await fill(page, 'clinic-name', 'Riverbend Community Hospital Department of Pain Management and Spine');
    await fill(page, 'booking-url', `https://www.example-hospital.org/${'very-long-path/'.repeat(8)}`);
    await fill(page, 'color-accent', '#777777');
    await fill(page, 'color-on-accent', '#888888');
    expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    for (const id of ['tag-code', 'css-code', 'booking-url', 'color-accent']) {
      expect(byId(page, id).getBoundingClientRect().right, id).to.be.at.most(320);
    }
  });

  it('labels every field, and groups the choices in fieldsets with legends', async () => {
    const page = await openConfigurator();
    const fields = [...page.doc.querySelectorAll<HTMLInputElement>('#settings input, #settings select')];
    expect(fields.length).to.be.at.least(20);
    for (const field of fields) {
      const named = field.labels?.length || field.getAttribute('aria-label');
      expect(named, field.id || field.name).to.be.ok;
      if (field.type === 'radio') expect(field.closest('fieldset')!.querySelector('legend'), field.name).to.exist;
    }
    for (const id of (byId(page, 'booking-url').getAttribute('aria-describedby') ?? '').split(' ')) {
      expect(page.doc.getElementById(id), id).to.exist;
    }
  });
});
