// What every measurement shares: the two elements compared, statistics, printed tables, and a fresh
// browser tab with an optional CPU slow-down. Timings are reported, never asserted.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// puppeteer-core, through the test runner's launcher (already a devDependency): no browser download.
import { puppeteerCore } from '@web/test-runner-chrome';

/** @typedef {import('puppeteer-core').Browser} Browser */
/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('puppeteer-core').CDPSession} CDPSession */
/** @typedef {{ browser: Browser, origin: string }} Lab what a measurement in the browser is handed */
/** @typedef {{ n: number, median: number | null, p95: number | null, min: number | null, max: number | null }} Stats */

export const repo = fileURLToPath(new URL('..', import.meta.url));
export const tmp = join(repo, 'bench', 'tmp');
mkdirSync(tmp, { recursive: true });

/** The widget as a patient gets it, and a bare Lit element built the same way. */
export const ELEMENTS = /** @type {const} */ ({
  widget: { tag: 'spasm-checker', script: '/dist/spasm-checker.js', file: 'dist/spasm-checker.js' },
  bare: {
    tag: 'bare-element',
    script: '/bench/tmp/baseline/bare-element.js',
    file: 'bench/tmp/baseline/bare-element.js',
  },
});
/** @typedef {keyof typeof ELEMENTS} Which */
export const WHICH = /** @type {Which[]} */ (Object.keys(ELEMENTS));
/** The CPU slow-downs every timing is taken at (Emulation.setCPUThrottlingRate). */
export const RATES = [1, 4];

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

/** @param {unknown[]} args */
export const log = (...args) => console.error('bench:', ...args);
/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {number | null | undefined} x @param {number} [digits] */
export const round = (x, digits = 1) =>
  x != null && Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null;

/** Median (mean of the two middle values) or nearest-rank quantile. @param {number[]} values @param {number} q */
export function quantile(values, q) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return null;
  if (q === 0.5) return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  return v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)];
}

/** @param {number[]} values @returns {Stats} */
export function stats(values) {
  const v = values.filter(Number.isFinite);
  return {
    n: v.length,
    median: round(quantile(v, 0.5)),
    p95: round(quantile(v, 0.95)),
    min: round(v.length ? Math.min(...v) : null),
    max: round(v.length ? Math.max(...v) : null),
  };
}

/** a / b to two decimals, or null. @param {number | null | undefined} a @param {number | null | undefined} b */
export const ratio = (a, b) =>
  a != null && b != null && Number.isFinite(a) && Number.isFinite(b) && b !== 0
    ? Math.round((100 * a) / b) / 100
    : null;

/** @param {unknown} x */
export function fmt(x) {
  if (x == null || (typeof x === 'number' && !Number.isFinite(x))) return '–';
  if (typeof x !== 'number') return String(x);
  return x.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * A plain-text table: columns of numbers right-aligned, the others left-aligned, notes below.
 * @param {string} title @param {string[]} headers @param {unknown[][]} rows @param {string[]} [notes]
 */
export function table(title, headers, rows, notes = []) {
  const cells = [headers, ...rows].map((row) => row.map(fmt));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map(
    (_, i) => i > 0 && rows.some((r) => typeof r[i] === 'number' || /^[\d.,]+[×%]?( \/ |$)/.test(String(r[i]))),
  );
  /** @param {string[]} r */
  const line = (r) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [
    `\n${title}`,
    line(cells[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
    ...notes.map((n) => `  ${n}`),
  ].join('\n');
}

/** @returns {Promise<Browser>} */
export function launch() {
  return puppeteerCore.launch({
    executablePath: CHROME,
    headless: true,
    // --no-sandbox: Chromium refuses to start as root without it.
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
    protocolTimeout: 120_000,
    timeout: 60_000,
  });
}

/**
 * A tab in a browser context of its own (a first visit: nothing cached, nothing stored), with the
 * CPU slowed down `cpu` times. Close it with `close()`.
 * @param {Browser} browser
 * @param {{ cpu?: number, viewport?: import('puppeteer-core').Viewport }} [options]
 * @returns {Promise<{ tab: Page, cdp: CDPSession, close: () => Promise<void> }>}
 */
export async function openTab(browser, { cpu = 1, viewport = { width: 412, height: 823, deviceScaleFactor: 1 } } = {}) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  tab.setDefaultTimeout(30_000);
  await tab.setViewport(viewport);
  await tab.setCacheEnabled(false);
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { tab, cdp, close: () => context.close() };
}
