// Layout shift and long tasks on the demo page (demo/index.html), while it loads and through a full
// walk of one vignette with trusted clicks: observers are installed before any page script runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTab, repo, round, sleep, table } from './common.mjs';

/** @typedef {import('puppeteer-core').ElementHandle<Element>} ElementHandle */

const RUNS = [
  {
    name: 'mobile',
    cpu: 1,
    viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  },
  {
    name: 'mobile',
    cpu: 4,
    viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  },
  { name: 'desktop', cpu: 1, viewport: { width: 1350, height: 940, deviceScaleFactor: 1 } },
];
/** @type {{ id: string, answers: Record<string, string | string[]>, expected: string }} */
const vignette = JSON.parse(readFileSync(join(repo, 'test/fixtures/vignettes.json'), 'utf8')).vignettes[0];

function installObservers() {
  window.__perf = { shifts: [], longtasks: [] };
  new PerformanceObserver((list) => {
    for (const e of /** @type {LayoutShift[]} */ (list.getEntries()))
      window.__perf.shifts.push({ t: e.startTime, value: e.value, input: e.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__perf.longtasks.push({ t: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** @param {string} selector */
const inWidget = (selector) =>
  `document.querySelector('spasm-checker')?.shadowRoot?.querySelector(${JSON.stringify(selector)})`;

/** @param {import('./common.mjs').Browser} browser @param {string} origin @param {typeof RUNS[number]} run */
async function walk(browser, origin, { cpu, viewport }) {
  const { tab, close } = await openTab(browser, { cpu, viewport });
  try {
    await tab.evaluateOnNewDocument(installObservers);
    await tab.goto(`${origin}/demo/index.html`, { waitUntil: 'load' });
    await tab.waitForFunction(inWidget('form input'), { polling: 'raf' });
    await sleep(500);
    const walkStart = await tab.evaluate(() => performance.now());
    let steps = 0;
    for (; steps < 30; steps++) {
      const question = /** @type {string | null} */ (await tab.evaluate(`${inWidget('form input')}?.name ?? null`));
      if (!question) break;
      if (!(question in vignette.answers)) throw new Error(`asked ${question}, which ${vignette.id} does not cover`);
      for (const value of [vignette.answers[question]].flat()) {
        const label = await tab.evaluateHandle(
          `${inWidget(`form input[value="${value}"]:not(:checked)`)}?.closest('label')`,
        );
        await /** @type {ElementHandle | null} */ (label.asElement())?.click(); // a trusted click: shifts right after it carry hadRecentInput
        await label.dispose();
      }
      const button = await tab.evaluateHandle(inWidget('form button[type="submit"]'));
      const continueButton = /** @type {ElementHandle | null} */ (button.asElement());
      if (!continueButton) throw new Error(`no Continue on ${question}`);
      await continueButton.click();
      await button.dispose();
      await tab.waitForFunction(`(${inWidget('form input')}?.name ?? 'result') !== ${JSON.stringify(question)}`, {
        polling: 'raf',
      });
      await sleep(100);
    }
    await sleep(700);
    const perf = await tab.evaluate(() => window.__perf);
    const level = await tab.evaluate(`${inWidget('[data-level]')}?.getAttribute('data-level') ?? null`);
    /** @param {'load' | 'walk'} phase */
    const of = (phase) => {
      const inPhase = (/** @type {{ t: number }} */ e) => (phase === 'load' ? e.t < walkStart : e.t >= walkStart);
      const shifts = perf.shifts.filter(inPhase);
      const tasks = perf.longtasks.filter(inPhase);
      return {
        layoutShift: round(
          shifts.filter((s) => !s.input).reduce((a, s) => a + s.value, 0),
          4,
        ),
        shiftAfterInput: round(
          shifts.filter((s) => s.input).reduce((a, s) => a + s.value, 0),
          4,
        ),
        longTasks: tasks.length,
        longestTaskMs: round(Math.max(0, ...tasks.map((x) => x.duration)), 0),
      };
    };
    return { steps, vignette: vignette.id, level, load: of('load'), walk: of('walk') };
  } finally {
    await close();
  }
}

/** @param {import('./common.mjs').Lab} lab */
export async function measure({ browser, origin }) {
  const runs = [];
  for (const run of RUNS)
    runs.push({
      name: run.name,
      cpu: run.cpu,
      viewport: `${run.viewport.width}×${run.viewport.height}`,
      ...(await walk(browser, origin, run)),
    });
  return { runs };
}

/** @param {any} r what measure() returned */
export function report(r) {
  const rows = r.runs.flatMap((/** @type {any} */ o) => {
    const label = `${o.name} ${o.viewport}${o.cpu === 1 ? '' : `, ${o.cpu}× CPU slow-down`}`;
    return [
      [`${label}: load`, o.load.layoutShift, o.load.shiftAfterInput, o.load.longTasks, o.load.longestTaskMs],
      [
        `${label}: walk (${o.steps} steps → ${o.level})`,
        o.walk.layoutShift,
        o.walk.shiftAfterInput,
        o.walk.longTasks,
        o.walk.longestTaskMs,
      ],
    ];
  });
  return table(
    `Layout shift and long tasks on demo/index.html (vignette ${r.runs[0].vignette})`,
    ['', 'layout shift', 'after input (excluded)', 'long tasks > 50 ms', 'longest (ms)'],
    rows,
    [
      'PerformanceObserver (layout-shift, longtask) from before any page script; trusted clicks, so shifts within 500 ms of one',
      'carry hadRecentInput and are excluded, as in CLS.',
    ],
  );
}
