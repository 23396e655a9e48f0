// The configurator page (demo/configurator.html): reads the form, validates it with the element's
// own validateSettings, drives a live <spasm-checker>, checks color contrast, and writes the tag
// and the CSS to paste. Plain DOM and textContent only: the page runs under a strict CSP with
// Trusted Types, and nothing typed here is ever parsed as HTML.
import {
  DEFAULT_EMERGENCY_NUMBER,
  MAX_CLINIC_NAME_LENGTH,
  THEMES,
  VIEWS,
  validateSettings,
} from '../src/config/options.js';
import type { Settings, Theme } from '../src/config/options.js';
import { safeBookingUrl } from '../src/config/safe-url.js';
import { locales } from '../src/i18n/locales.js';
import { version } from '../src/version.js';

type Scheme = 'light' | 'dark';
/** Red, green, blue (0–255) and alpha (0–1). */
type Rgba = readonly [number, number, number, number];

interface ColorSpec {
  key: string;
  label: string;
  hint: string;
  light: string;
  dark: string;
}

// The defaults of src/spasm-checker.styles.ts (light, and the dark theme's); a test checks them
// against the rendered widget so they cannot drift apart.
const COLORS: readonly ColorSpec[] = [
  { key: 'accent', label: 'Accent', hint: 'Buttons, selected answers and links.', light: '#0b5cad', dark: '#8ab4f8' },
  {
    key: 'on-accent',
    label: 'Text on accent',
    hint: 'Text on buttons filled with the accent or the emergency color.',
    light: '#ffffff',
    dark: '#0b1a2e',
  },
  { key: 'text', label: 'Text', hint: 'All ordinary text.', light: '#1b1f24', dark: '#e8eaed' },
  { key: 'muted', label: 'Secondary text', hint: 'Question numbers and hints.', light: '#4a5360', dark: '#b8c0cc' },
  { key: 'surface', label: 'Background', hint: "The widget's background.", light: '#ffffff', dark: '#1b1f24' },
  { key: 'border', label: 'Borders', hint: 'Around the widget and each answer.', light: '#6b7480', dark: '#8a94a3' },
  {
    key: 'emergency',
    label: 'Emergency',
    hint: 'The emergency line, emergency links and the emergency call button.',
    light: '#b3261e',
    dark: '#ffb4ab',
  },
  {
    key: 'focus',
    label: 'Focus ring',
    hint: 'The outline around whatever has keyboard focus.',
    light: '#b3261e',
    dark: '#ffb4ab',
  },
];

interface ContrastCheck {
  fg: string;
  bg: string;
  min: number;
  why: string;
  /** Checked only when this earlier, lower bar for the same pair was met (one warning per pair). */
  after?: number;
}

const CHECKS: readonly ContrastCheck[] = [
  { fg: 'text', bg: 'surface', min: 4.5, why: 'text' },
  { fg: 'muted', bg: 'surface', min: 4.5, why: 'secondary text' },
  { fg: 'on-accent', bg: 'accent', min: 4.5, why: 'the text of the Continue button and the calls to action' },
  { fg: 'emergency', bg: 'surface', min: 4.5, why: 'the emergency line and emergency links, which are text' },
  { fg: 'on-accent', bg: 'emergency', min: 4.5, why: 'the text of the emergency call button' },
  { fg: 'accent', bg: 'surface', min: 3, why: 'buttons and selected answers (controls)' },
  {
    fg: 'accent',
    bg: 'surface',
    min: 4.5,
    why: 'the Back and Start again buttons and links, whose text is the accent color',
    after: 3,
  },
  { fg: 'focus', bg: 'surface', min: 3, why: 'the focus ring' },
  { fg: 'border', bg: 'surface', min: 3, why: 'the borders of the answers' },
];

const DEFAULT_HEADING_LEVEL = 2;
const DEFAULT_SCRIPT_SRC = `/js/spasm-checker-${version}.js`;
const RESERVED_HEIGHT = '600px';
/** Fallback text that reads right with and without JavaScript (never "Loading…", which stays forever without it). */
const LOADING: Record<string, string> = {
  en: 'The muscle cramp checker needs JavaScript to show here.',
  es: 'La revisión de calambres y espasmos necesita JavaScript para mostrarse aquí.',
};
/** How long a new warning waits while the webmaster is still typing. */
const TYPING_PAUSE_MS = 700;

// ---- Small DOM helpers ------------------------------------------------------------------------

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`configurator: no #${id} on the page`);
  return element as T;
}

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

function radioValue(form: HTMLFormElement, name: string): string {
  const item = form.elements.namedItem(name);
  return item instanceof RadioNodeList ? item.value : '';
}

// ---- Escaping for the snippets ----------------------------------------------------------------

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// ---- Colors -----------------------------------------------------------------------------------

// Plain color values only: no var(), calc(), url(), nothing that could end the declaration.
const COLOR_SYNTAX =
  /^(?:#[0-9a-f]{3,8}|[a-z]{3,30}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([-+0-9a-z.,%/\s]*\))$/i;
const NOT_A_COLOR = /^(?:inherit|initial|unset|revert|revert-layer|currentcolor|none)$/i;

let scratch: CanvasRenderingContext2D | null = null;

/** The sRGB value of a CSS color, or null when it is not a plain CSS color. */
function parseColor(value: string): Rgba | null {
  const text = value.trim();
  if (!COLOR_SYNTAX.test(text) || NOT_A_COLOR.test(text) || !CSS.supports('color', text)) return null;
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return [byte(0), byte(1), byte(2), full.length === 8 ? byte(3) / 255 : 1];
  }
  // Anything else (names, rgb(), hsl(), oklch() …) is resolved by the browser on a 1×1 canvas.
  if (!scratch) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    scratch = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!scratch) return null;
  scratch.clearRect(0, 0, 1, 1);
  scratch.fillStyle = '#000000';
  scratch.fillStyle = text;
  scratch.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = scratch.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

const toHex = ([r, g, b]: Rgba) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
const same = (a: Rgba, b: Rgba) => a.every((n, i) => Math.abs(n - b[i]) < (i === 3 ? 0.002 : 0.5));

function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG 2 contrast ratio of two opaque colors (1 to 21). */
function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The ratio as WCAG reads it: cut (never rounded up) to two decimals, so 4.499 shows as 4.49. */
const formatRatio = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

const schemesFor = (theme: Theme): Scheme[] => (theme === 'auto' ? ['light', 'dark'] : [theme]);

// ---- The model: everything the page shows, computed from the form ------------------------------

interface ColorState {
  spec: ColorSpec;
  typed: string;
  rgba: Rgba | null;
  /** Written to the CSS: valid, and not the default of every scheme the theme can show. */
  changed: boolean;
}

interface ContrastResult {
  text: string;
  fails: boolean;
}

interface Model {
  settings: Settings;
  lang: string;
  scriptSrc: string;
  integrity: string | null;
  attributes: [string, string][];
  colors: ColorState[];
  /** Warnings by field id ("other" for any the page has no field for). */
  warnings: Map<string, string[]>;
  notes: Map<string, string>;
  contrast: ContrastResult[];
  tag: string;
  css: string;
}

let integrityHash: string | null = null;

function read(form: HTMLFormElement): Model {
  const value = (id: string) =>
    (form.elements.namedItem(id) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
  const warnings = new Map<string, string[]>();
  const warn = (field: string, message: string) => warnings.set(field, [...(warnings.get(field) ?? []), message]);
  const notes = new Map<string, string>();

  // The element's own validation; each warning names its attribute, which is the field's id.
  const settings = validateSettings(
    {
      clinicName: value('clinic-name'),
      clinicPhone: value('clinic-phone'),
      bookingUrl: value('booking-url'),
      emergencyNumber: value('emergency-number'),
      view: radioValue(form, 'view'),
      theme: radioValue(form, 'theme'),
      headingLevel: value('heading-level'),
    },
    (message) => {
      const text = message.replace(/^<spasm-checker>:\s*/, '');
      const attribute = /^([a-z-]+)=/.exec(text)?.[1] ?? '';
      warn(document.getElementById(`${attribute}-warning`) ? attribute : 'other', text);
    },
  );
  const typedName = value('clinic-name').trim();
  if (typedName.length > MAX_CLINIC_NAME_LENGTH) {
    warn('clinic-name', `Longer than ${MAX_CLINIC_NAME_LENGTH} characters: the widget shows “${settings.clinicName}”.`);
  }
  if (settings.clinicTel) notes.set('clinic-phone', `Its link dials ${settings.clinicTel}.`);

  const lang = ['en', 'es'].includes(radioValue(form, 'lang')) ? radioValue(form, 'lang') : '';

  // The script address: an https: URL or a path on the site, like a booking link.
  let scriptSrc = DEFAULT_SCRIPT_SRC;
  const typedSrc = value('script-src').trim();
  if (typedSrc) {
    const safe = safeBookingUrl(typedSrc);
    if (safe) scriptSrc = safe;
    else
      warn(
        'script-src',
        `"${typedSrc.slice(0, 60)}" cannot be used (only https: addresses and paths starting with one "/"); using ${DEFAULT_SCRIPT_SRC} instead.`,
      );
  }
  const integrity = (form.elements.namedItem('integrity') as HTMLInputElement).checked ? integrityHash : null;

  // Colors: what the webmaster typed, resolved; a value that is not a color is left out, as CSS
  // would otherwise drop the whole property instead of falling back to the default.
  const schemes = schemesFor(settings.theme);
  const colors = COLORS.map((spec): ColorState => {
    const typed = value(`color-${spec.key}`).trim();
    const rgba = typed ? parseColor(typed) : null;
    if (typed && !rgba)
      warn(
        `color-${spec.key}`,
        `"${typed.slice(0, 60)}" is not a color this page can use; the widget's default is used instead.`,
      );
    if (rgba && rgba[3] < 1)
      warn(`color-${spec.key}`, 'This color is see-through, so its contrast cannot be checked. Use an opaque color.');
    const changed = !!rgba && schemes.some((scheme) => !same(rgba, parseColor(spec[scheme])!));
    return { spec, typed, rgba, changed };
  });
  const contrast = checkContrast(colors, schemes);

  const attributes: [string, string][] = [];
  if (settings.clinicName) attributes.push(['clinic-name', settings.clinicName]);
  if (settings.clinicPhone) attributes.push(['clinic-phone', settings.clinicPhone]);
  if (settings.bookingUrl) attributes.push(['booking-url', settings.bookingUrl]);
  if (settings.emergencyNumber !== DEFAULT_EMERGENCY_NUMBER)
    attributes.push(['emergency-number', settings.emergencyNumber]);
  if (settings.view !== VIEWS[0]) attributes.push(['view', settings.view]);
  if (settings.theme !== THEMES[0]) attributes.push(['theme', settings.theme]);
  if (settings.headingLevel !== DEFAULT_HEADING_LEVEL)
    attributes.push(['heading-level', String(settings.headingLevel)]);
  if (lang) attributes.push(['lang', lang]);

  const model = {
    settings,
    lang,
    scriptSrc,
    integrity,
    attributes,
    colors,
    warnings,
    notes,
    contrast,
    tag: '',
    css: '',
  };
  model.tag = tagSnippet(model);
  model.css = cssSnippet(colors);
  return model;
}

function checkContrast(colors: ColorState[], schemes: Scheme[]): ContrastResult[] {
  const byKey = new Map(colors.map((c) => [c.spec.key, c]));
  const results: ContrastResult[] = [];
  for (const scheme of schemes) {
    const where = schemes.length > 1 ? `On devices set to ${scheme} mode: ` : '';
    const pick = (key: string) => {
      const color = byKey.get(key)!;
      if (color.rgba) return { rgba: color.rgba, shown: color.typed };
      return { rgba: parseColor(color.spec[scheme])!, shown: `default ${color.spec[scheme]}` };
    };
    for (const check of CHECKS) {
      const fg = pick(check.fg);
      const bg = pick(check.bg);
      if (fg.rgba[3] < 1 || bg.rgba[3] < 1) continue;
      const ratio = contrastRatio(fg.rgba, bg.rgba);
      if (check.after !== undefined && ratio < check.after) continue;
      const pair = `${byKey.get(check.fg)!.spec.label} (${fg.shown}) on ${byKey.get(check.bg)!.spec.label} (${bg.shown})`;
      const fails = ratio < check.min;
      results.push({
        fails,
        text: fails
          ? `${where}${pair}: ${formatRatio(ratio)}. Needs at least ${check.min}:1 for ${check.why}.`
          : `${where}${pair}: ${formatRatio(ratio)}, at least ${check.min}:1 for ${check.why}.`,
      });
    }
  }
  return results;
}

/** The element's fallback lines, in the chosen language (English when it follows the page). */
function fallbackLines(model: Pick<Model, 'lang' | 'settings'>): {
  before: string;
  number: string;
  after: string;
  loading: string;
} {
  const messages = locales[model.lang || 'en'];
  const [before, ...rest] = messages.ui.emergencyLine.split('{number}');
  const number = model.settings.emergencyNumber;
  return { before, number, after: rest.join(number), loading: LOADING[messages.lang] ?? LOADING.en };
}

function tagSnippet(model: Omit<Model, 'tag' | 'css'>): string {
  const open = model.attributes.length
    ? `<spasm-checker\n${model.attributes.map(([name, value]) => `  ${name}="${escapeAttribute(value)}"\n`).join('')}>`
    : '<spasm-checker>';
  const line = fallbackLines(model);
  const emergency = `<p>${escapeText(line.before)}<a href="tel:${escapeAttribute(line.number)}">${escapeText(line.number)}</a>${escapeText(line.after)}</p>`;
  const integrity = model.integrity ? ` integrity="${escapeAttribute(model.integrity)}" crossorigin="anonymous"` : '';
  return [
    open,
    `  ${emergency}`,
    `  <p>${escapeText(line.loading)}</p>`,
    '</spasm-checker>',
    `<script src="${escapeAttribute(model.scriptSrc)}"${integrity}></script>`,
  ].join('\n');
}

function cssSnippet(colors: ColorState[]): string {
  const changed = colors.filter((c) => c.changed);
  const rules: string[] = [];
  if (changed.length) {
    rules.push(`spasm-checker {\n${changed.map((c) => `  --spasm-checker-${c.spec.key}: ${c.typed};\n`).join('')}}`);
  }
  rules.push(`spasm-checker:not(:defined) {\n  display: block;\n  min-height: ${RESERVED_HEIGHT};\n}`);
  return rules.join('\n\n');
}

// ---- Rendering --------------------------------------------------------------------------------

const WARNING_FIELDS = [
  'clinic-name',
  'clinic-phone',
  'booking-url',
  'emergency-number',
  'view',
  'theme',
  'heading-level',
  'script-src',
  ...COLORS.map((c) => `color-${c.key}`),
];
const FIELD_NAMES: Record<string, string> = {
  'clinic-name': 'Clinic name',
  'clinic-phone': 'Clinic phone',
  'booking-url': 'Booking page',
  'emergency-number': 'Emergency number',
  view: 'What to show',
  theme: 'Theme',
  'heading-level': 'Heading level',
  'script-src': 'Script address',
  ...Object.fromEntries(COLORS.map((c) => [`color-${c.key}`, `${c.label} color`])),
};

function buildColorRows(container: HTMLElement) {
  for (const spec of COLORS) {
    const id = `color-${spec.key}`;
    const row = make('div', { class: 'field color', 'data-color': spec.key });
    row.append(make('label', { for: id }, spec.label));
    const hint = make(
      'p',
      { class: 'hint', id: `${id}-hint` },
      `${spec.hint} Default ${spec.light}, dark theme ${spec.dark}. `,
    );
    hint.append(make('code', {}, `--spasm-checker-${spec.key}`));
    row.append(hint);
    const inputs = make('div', { class: 'color-inputs' });
    inputs.append(
      make('input', {
        id,
        name: id,
        type: 'text',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': `${id}-hint ${id}-warning`,
      }),
      make('input', {
        id: `${id}-picker`,
        type: 'color',
        'aria-label': `${spec.label}: color picker`,
        'data-for': id,
        'data-light': spec.light,
        'data-dark': spec.dark,
        value: spec.light,
      }),
    );
    row.append(inputs, make('p', { class: 'warning', id: `${id}-warning`, hidden: '' }));
    container.append(row);
  }
}

function setList(list: HTMLElement, items: string[]) {
  list.replaceChildren(...items.map((text) => make('li', {}, text)));
  list.hidden = items.length === 0;
}

/** What the page showed last, so that only changes are written and announced. */
const shown = { warnings: new Map<string, string>(), status: '' };
let typingTimer: ReturnType<typeof setTimeout> | undefined;

function render(form: HTMLFormElement, model: Model, immediate: boolean) {
  renderPreview(model);
  byId('tag-code').textContent = model.tag;
  byId('css-code').textContent = model.css;

  // Notes and color pickers follow at once; they are not warnings.
  for (const id of ['clinic-phone']) {
    const note = byId(`${id}-note`);
    note.textContent = model.notes.get(id) ?? '';
    note.hidden = !note.textContent;
  }
  const scheme: Scheme = model.settings.theme === 'dark' ? 'dark' : 'light';
  for (const color of model.colors) {
    const picker = byId<HTMLInputElement>(`color-${color.spec.key}-picker`);
    if (document.activeElement !== picker)
      picker.value = color.rgba && color.rgba[3] === 1 ? toHex(color.rgba) : color.spec[scheme];
  }
  const all = byId('contrast-all');
  all.replaceChildren(
    ...model.contrast.map((c) =>
      make('li', { class: c.fails ? 'fails' : 'passes' }, `${c.fails ? 'Fails' : 'Passes'}: ${c.text}`),
    ),
  );

  // A new warning waits until the webmaster pauses (or leaves the field), so that half-typed
  // addresses do not flash warnings; fixing a value clears its warning at once.
  clearTimeout(typingTimer);
  let pending = false;
  const show = (key: string, text: string, apply: () => void) => {
    const before = shown.warnings.get(key) ?? '';
    if (text === before) return;
    if (text && !before && !immediate) {
      pending = true;
      return;
    }
    shown.warnings.set(key, text);
    apply();
  };
  for (const field of WARNING_FIELDS) {
    const text = (model.warnings.get(field) ?? []).join(' ');
    show(field, text, () => {
      const element = byId(`${field}-warning`);
      element.textContent = text;
      element.hidden = !text;
      const input = document.getElementById(field);
      if (input instanceof HTMLInputElement || input instanceof HTMLSelectElement) {
        if (text) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    });
  }
  const other = model.warnings.get('other') ?? [];
  show('other', other.join('\n'), () => setList(byId('other-warnings'), other));
  const failures = model.contrast.filter((c) => c.fails).map((c) => c.text);
  show('contrast', failures.join('\n'), () => {
    setList(byId('contrast-warnings'), failures);
    const ok = byId('contrast-ok');
    ok.textContent = failures.length ? '' : 'Every color pair has enough contrast.';
    ok.hidden = !!failures.length;
  });
  if (pending) typingTimer = setTimeout(() => render(form, read(form), true), TYPING_PAUSE_MS);
  else announce();
}

/** One polite summary of the warnings on screen, written (and so announced) only when it changes. */
function announce() {
  const fields = WARNING_FIELDS.filter((field) => shown.warnings.get(field)).map((field) => FIELD_NAMES[field]);
  if (shown.warnings.get('other')) fields.push('other settings');
  const pairs = (shown.warnings.get('contrast') ?? '').split('\n').filter(Boolean).length;
  const parts: string[] = [];
  if (fields.length)
    parts.push(
      `Check ${fields.length === 1 ? 'this field' : `these ${fields.length} fields`}: ${fields.join(', ')}. The code uses the widget's default instead.`,
    );
  if (pairs) parts.push(`${pairs} color ${pairs === 1 ? 'pair has' : 'pairs have'} too little contrast.`);
  const text = parts.join(' ') || 'Everything you entered can be used.';
  if (text === shown.status) return;
  shown.status = text;
  byId('status').textContent = text;
}

function renderPreview(model: Model) {
  const widget = document.querySelector<HTMLElement>('spasm-checker');
  if (!widget) return;
  const wanted = new Map(model.attributes);
  for (const name of [
    'clinic-name',
    'clinic-phone',
    'booking-url',
    'emergency-number',
    'view',
    'theme',
    'heading-level',
    'lang',
  ]) {
    const value = wanted.get(name);
    if (value === undefined) widget.removeAttribute(name);
    else if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
  }
  // CSSOM, which a strict CSP allows (unlike a style attribute).
  for (const color of model.colors) {
    const property = `--spasm-checker-${color.spec.key}`;
    if (color.changed) widget.style.setProperty(property, color.typed);
    else widget.style.removeProperty(property);
  }
  // The same fallback lines as the snippet.
  const line = fallbackLines(model);
  const emergency = make('p');
  emergency.append(line.before, make('a', { href: `tel:${line.number}` }, line.number), line.after);
  widget.replaceChildren(emergency, make('p', {}, line.loading));
}

// ---- Copy buttons -----------------------------------------------------------------------------

function setUpCopy(button: HTMLButtonElement) {
  const code = byId(button.dataset.copy ?? '');
  const status = byId(`${button.id}-status`);
  button.addEventListener('click', () => {
    const text = code.textContent ?? '';
    const selectIt = () => {
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    };
    if (!navigator.clipboard) return selectIt();
    navigator.clipboard.writeText(text).then(() => (status.textContent = 'Copied.'), selectIt);
    setTimeout(() => (status.textContent = ''), 5000);
  });
}

// ---- Start ------------------------------------------------------------------------------------

function start() {
  const form = byId<HTMLFormElement>('settings');
  buildColorRows(byId('colors'));
  byId<HTMLInputElement>('script-src').placeholder = DEFAULT_SCRIPT_SRC;

  const update = (event?: Event) => render(form, read(form), event?.type !== 'input');
  form.addEventListener('input', (event) => {
    const target = event.target;
    // A color picker writes its value into the text field it belongs to.
    if (target instanceof HTMLInputElement && target.type === 'color' && target.dataset.for) {
      byId<HTMLInputElement>(target.dataset.for).value = target.value;
    }
    update(event);
  });
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'color' && target.dataset.for) {
      byId<HTMLInputElement>(target.dataset.for).value = target.value;
    }
    update(event);
  });
  // Enter in a field must not submit anything anywhere.
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('reset-colors').addEventListener('click', () => {
    for (const spec of COLORS) byId<HTMLInputElement>(`color-${spec.key}`).value = '';
    update();
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) setUpCopy(button);

  // Shown on the first render: the contrast line starts out unwritten.
  shown.warnings.set('contrast', '-');
  update();
  // The hash of the build next to this page (written by the build), for the integrity attribute.
  fetch('../dist/spasm-checker.js.sri', { cache: 'no-store' })
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '')
    .then((text) => {
      const hash = text.trim();
      const box = byId<HTMLInputElement>('integrity');
      if (/^sha384-[A-Za-z0-9+/]+={0,2}$/.test(hash)) integrityHash = hash;
      else {
        box.checked = false;
        box.disabled = true;
        byId('integrity-hint').textContent =
          'Not available: dist/spasm-checker.js.sri was not found next to this page (run npm run build).';
      }
      update();
      document.body.setAttribute('data-ready', '');
    });
}

start();
