// Step latency: a real (trusted) click on Continue → requestAnimationFrame → a task, i.e. until the
// next screen is painted. The widget walks the public vignettes; the bare element re-renders its own
// one-question form. Both in one tab each, at every CPU slow-down in RATES; then a shorter traced
// run of each says where a step's main-thread time goes (bench/step-trace.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENTS, RATES, WHICH, openTab, ratio, repo, stats, table } from './common.mjs';
import { elementPage } from './pages.mjs';
import { STEP_KINDS, stepBreakdown } from './step-trace.mjs';
import { CATEGORIES } from './trace.mjs';

// A p95 needs enough clicks: of 40 it is the second slowest click, and moved by one stray task.
// 200 clicks also walk about 26 of the 58 vignettes, not the first 8.
const CLICKS = Math.max(10, Number(process.env.BENCH_STEPS) || 200);
const TRACED_CLICKS = 20;
const WARMUP = 3;
/** @type {{ id: string, answers: Record<string, string | string[]>, expected: string }[]} */
const vignettes = JSON.parse(readFileSync(join(repo, 'test/fixtures/vignettes.json'), 'utf8')).vignettes;

/** Runs in the page: every click on a submit button records click → rAF → task into window.__steps. */
function recordSteps() {
  window.__steps = [];
  document.addEventListener(
    'click',
    (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof HTMLButtonElement) || target.type !== 'submit') return;
      // A trusted event's timeStamp is when the input arrived, on performance.now()'s clock.
      const start = event.timeStamp;
      performance.mark('bench:step-start'); // the marks bound a step in a trace
      requestAnimationFrame(() =>
        setTimeout(() => {
          window.__steps.push(performance.now() - start);
          performance.mark('bench:step-painted');
        }),
      );
    },
    true,
  );
}

/**
 * Runs in the page: replaces the element with a fresh one and waits until it is painted.
 * @param {string} tag
 */
async function freshElement(tag) {
  const el = /** @type {HTMLElement & { updateComplete: Promise<unknown> }} */ (document.createElement(tag));
  document.querySelector(tag)?.replaceWith(el);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Runs in the page: ticks the given answers (or the first option) on the screen shown, brings
 * Continue into view and tells where it is; question null: no question (the result).
 * @param {string} tag @param {Record<string, string | string[]> | null} answers
 */
async function tick(tag, answers) {
  const el = /** @type {HTMLElement & { updateComplete: Promise<unknown> }} */ (document.querySelector(tag));
  const root = /** @type {ShadowRoot} */ (el.shadowRoot);
  const input = root.querySelector('form input');
  if (!(input instanceof HTMLInputElement))
    return { question: null, level: root.querySelector('[data-level]')?.getAttribute('data-level') ?? null };
  const values = answers ? answers[input.name] : input.value;
  if (values === undefined) return { error: `asked ${input.name}, which the answers do not cover` };
  for (const value of [values].flat()) {
    const option = root.querySelector(`form input[value="${CSS.escape(value)}"]`);
    if (!(option instanceof HTMLInputElement)) return { error: `no option ${value} on ${input.name}` };
    if (!option.checked) option.click();
  }
  const button = root.querySelector('form button[type="submit"]');
  if (!button) return { error: `no Continue on ${input.name}` };
  button.scrollIntoView({ block: 'center' });
  await el.updateComplete;
  // Settle, so that the click to be timed starts from a quiet page.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const box = button.getBoundingClientRect();
  return { question: input.name, x: box.x + box.width / 2, y: box.y + box.height / 2, count: window.__steps.length };
}

/**
 * Clicks Continue `count + WARMUP` times; returns the times of those after the warm-up, and with
 * `traced`, the trace of those clicks.
 * @param {import('./common.mjs').Browser} browser @param {string} origin @param {import('./common.mjs').Which} which @param {number} cpu
 * @param {{ count?: number, traced?: boolean }} [options]
 */
async function clicks(browser, origin, which, cpu, { count = CLICKS, traced = false } = {}) {
  const { tag } = ELEMENTS[which];
  const { tab, close } = await openTab(browser, { cpu });
  let tracing = false;
  const walks = { vignettes: 0, levelMismatches: 0 };
  try {
    await tab.evaluateOnNewDocument(recordSteps);
    await tab.goto(origin + elementPage(which), { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__bench, { polling: 50 });
    const list = which === 'widget' ? vignettes : [null];
    for (let v = 0; (await tab.evaluate(() => window.__steps.length)) < count + WARMUP; v = (v + 1) % list.length) {
      const vignette = list[v];
      await tab.evaluate(freshElement, tag);
      walks.vignettes++;
      let previous = null;
      for (let s = 0; s < (vignette ? 30 : 10); s++) {
        const shown = await tab.evaluate(tick, tag, vignette?.answers ?? null);
        if ('error' in shown) throw new Error(`${vignette?.id ?? which}: ${shown.error}`);
        if (shown.question !== null && shown.question === previous)
          throw new Error(`Continue on ${previous} did not change the screen`);
        if (shown.question === null) {
          if (vignette && shown.level !== vignette.expected) walks.levelMismatches++;
          break;
        }
        previous = shown.question;
        if (shown.count >= count + WARMUP) break;
        if (traced && !tracing && shown.count >= WARMUP) {
          await tab.tracing.start({ categories: CATEGORIES });
          tracing = true;
        }
        await tab.mouse.click(shown.x, shown.y);
        await tab.waitForFunction((n) => window.__steps.length > n, { polling: 'raf' }, shown.count);
      }
    }
    const times = await tab.evaluate(() => window.__steps);
    let events = null;
    if (tracing) {
      const json = JSON.parse(Buffer.from((await tab.tracing.stop()) ?? '').toString('utf8'));
      events = Array.isArray(json) ? json : json.traceEvents;
    }
    return { times: times.slice(WARMUP, WARMUP + count), walks, events };
  } finally {
    await close();
  }
}

/** @param {import('./common.mjs').Lab} lab */
export async function measure({ browser, origin }) {
  /** @type {Record<string, any>} */
  const out = { clicks: CLICKS, warmupClicksDiscarded: WARMUP };
  for (const cpu of RATES) {
    /** @type {Record<string, any>} */
    const o = {};
    for (const which of WHICH) {
      const { times, walks } = await clicks(browser, origin, which, cpu);
      o[which] = { ...stats(times), ...(which === 'widget' ? walks : {}) };
    }
    o.ratio = { median: ratio(o.widget.median, o.bare.median), p95: ratio(o.widget.p95, o.bare.p95) };
    for (const which of WHICH) {
      const { events } = await clicks(browser, origin, which, cpu, { count: TRACED_CLICKS, traced: true });
      o[which].breakdown = stepBreakdown(events ?? []);
    }
    out[`cpu${cpu}x`] = o;
  }
  return out;
}

/** @param {any} r what measure() returned */
export function report(r) {
  const rows = RATES.map((cpu) => {
    const o = r[`cpu${cpu}x`];
    return [
      cpu === 1 ? 'no slow-down' : `${cpu}× CPU slow-down`,
      o.widget.median,
      o.widget.p95,
      o.bare.median,
      o.bare.p95,
      `${o.ratio.median}× / ${o.ratio.p95}×`,
    ];
  });
  const mismatches = RATES.reduce((a, cpu) => a + r[`cpu${cpu}x`].widget.levelMismatches, 0);
  const parts = table(
    `Where a step's time goes: the main thread from the click to the next screen painted, ms per step (${TRACED_CLICKS} traced clicks per element and slow-down)`,
    ['', ...RATES.flatMap((cpu) => [`widget ${cpu}×`, `bare ${cpu}×`])],
    [...STEP_KINDS, 'all'].map((kind) => [
      kind,
      ...RATES.flatMap((cpu) =>
        WHICH.map((w) => {
          const b = r[`cpu${cpu}x`][w].breakdown;
          return kind === 'all' ? b.busyMs : b.mainThread[kind];
        }),
      ),
    ]),
    [
      "Each trace event's own time counted once; the style and layout that moving focus forces count as style and layout.",
    ],
  );
  return `${table(
    `Step: click on Continue → next screen painted (ms; n = ${r.clicks} clicks per element and slow-down, ${r.warmupClicksDiscarded} warm-up clicks discarded)`,
    ['', 'widget p50', 'widget p95', 'bare p50', 'bare p95', 'ratio p50 / p95'],
    rows,
    [
      "A trusted mouse click (puppeteer); from the click event's timeStamp to a task queued from the next requestAnimationFrame.",
      'Widget: the public vignettes walked in order, each on a fresh element (question → question, the last one → result);',
      `bare element: its one-question form re-rendered as the next question.${mismatches ? ` ${mismatches} walks ended on an unexpected level!` : ''}`,
    ],
  )}\n${parts}`;
}
