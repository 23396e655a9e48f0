// Time to first question painted: page loads of the widget and of the bare element, interleaved, each
// in a fresh browser context with the cache off, at every CPU slow-down in RATES.
import { ELEMENTS, RATES, WHICH, openTab, ratio, stats, table } from './common.mjs';
import { elementPage } from './pages.mjs';

const LOADS = Math.max(5, Number(process.env.BENCH_LOADS) || 20);
const WARMUP = 2;

/**
 * One first visit; the probe's times, in ms from navigation start.
 * @param {import('./common.mjs').Browser} browser @param {string} url @param {number} cpu
 */
export async function loadOnce(browser, url, cpu) {
  const { tab, close } = await openTab(browser, { cpu });
  try {
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__bench, { polling: 50 });
    const r = await tab.evaluate(() => window.__bench);
    if (!r || 'error' in r) throw new Error(r?.error ?? 'no probe result');
    return r;
  } finally {
    await close();
  }
}

/** @param {import('./common.mjs').Lab} lab */
export async function measure({ browser, origin }) {
  /** @type {Record<string, any>} */
  const out = { loads: LOADS, warmupLoadsDiscarded: WARMUP };
  for (const cpu of RATES) {
    /** @type {Record<string, { fromNavigation: number[], fromScript: number[], longest: number[] }>} */
    const runs = Object.fromEntries(WHICH.map((w) => [w, { fromNavigation: [], fromScript: [], longest: [] }]));
    for (let i = 0; i < LOADS + WARMUP; i++) {
      for (const which of WHICH) {
        const r = await loadOnce(browser, origin + elementPage(which), cpu);
        if (i < WARMUP) continue;
        // The script cannot start before the parser reaches its tag and its bytes are in.
        const scriptStart = Math.max(r.scriptStart ?? 0, r.responseEnd ?? 0);
        runs[which].fromNavigation.push(r.painted);
        runs[which].fromScript.push(r.painted - scriptStart);
        runs[which].longest.push(Math.max(0, ...r.longTasks));
      }
    }
    /** @type {Record<string, any>} */
    const o = Object.fromEntries(
      WHICH.map((w) => [
        w,
        {
          fromNavigation: stats(runs[w].fromNavigation),
          fromScript: stats(runs[w].fromScript),
          // Long tasks until the first question is painted: in how many loads, and the longest (0: none).
          loadsWithLongTask: runs[w].longest.filter((ms) => ms > 0).length,
          longestTask: stats(runs[w].longest),
        },
      ]),
    );
    o.ratio = {
      median: ratio(o.widget.fromNavigation.median, o.bare.fromNavigation.median),
      p95: ratio(o.widget.fromNavigation.p95, o.bare.fromNavigation.p95),
      fromScriptMedian: ratio(o.widget.fromScript.median, o.bare.fromScript.median),
    };
    out[`cpu${cpu}x`] = o;
  }
  return out;
}

/** @param {any} r what measure() returned */
export function report(r) {
  const rows = RATES.flatMap((cpu) => {
    const o = r[`cpu${cpu}x`];
    const label = cpu === 1 ? 'no slow-down' : `${cpu}× CPU slow-down`;
    return [
      [
        `${label}: navigation start → painted`,
        o.widget.fromNavigation.median,
        o.widget.fromNavigation.p95,
        o.bare.fromNavigation.median,
        o.bare.fromNavigation.p95,
        `${o.ratio.median}× / ${o.ratio.p95}×`,
      ],
      [
        `${label}: script start → painted`,
        o.widget.fromScript.median,
        o.widget.fromScript.p95,
        o.bare.fromScript.median,
        o.bare.fromScript.p95,
        `${o.ratio.fromScriptMedian}× / –`,
      ],
      [
        `${label}: longest task until painted (0: none over 50 ms); loads with one`,
        o.widget.longestTask.median,
        o.widget.longestTask.p95,
        o.bare.longestTask.median,
        o.bare.longestTask.p95,
        `${o.widget.loadsWithLongTask} and ${o.bare.loadsWithLongTask} of ${r.loads}`,
      ],
    ];
  });
  return table(
    `Time to first question painted (ms; n = ${r.loads} loads per element and slow-down, ${r.warmupLoadsDiscarded} warm-up loads discarded)`,
    ['', 'widget median', 'widget p95', 'bare median', 'bare p95', 'ratio median / p95'],
    rows,
    [
      `Pages: the tag, then the classic script (${ELEMENTS.widget.script}, ${ELEMENTS.bare.script}); a fresh browser context per load, cache off.`,
      '"painted": a task queued from the requestAnimationFrame in which the first form input is first in the shadow root (it runs',
      'after that frame\'s paint). "script start": the later of the script tag reached and its bytes received.',
    ],
  );
}
