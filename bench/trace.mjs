// Where the first question's time goes: a Chromium trace of a page load, its renderer main thread's
// events between navigation start and the probe's "first question painted" mark, summed by kind.
import { ELEMENTS, WHICH, openTab, round, table } from './common.mjs';
import { elementPage } from './pages.mjs';

const TRACES = Math.max(1, Number(process.env.BENCH_TRACES) || 3);
export const CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'blink.user_timing',
  '__metadata',
];

/** The kinds, in the order printed. */
export const KINDS = [
  'navigation and page set-up',
  'HTML parse',
  'script parse and compile',
  'script evaluation',
  'first render',
  'garbage collection',
  'style and layout',
  'paint',
  'the probe (rAF and timer callbacks)',
  'other tasks',
];

/** Trace events of the renderer's style and layout work, and of its paint and compositing (bench/step-trace.mjs too). */
export const STYLE_AND_LAYOUT =
  /^(UpdateLayoutTree|RecalculateStyles|Layout|ParseAuthorStyleSheet|UpdateLayerTree|InvalidateLayout)$/;
export const PAINT = /^(Paint|PrePaint|Layerize|Commit|CompositeLayers|PaintImage|UpdateLayer|RasterTask)$/;

/** @typedef {{ name: string, cat: string, ph: string, ts: number, dur?: number, pid: number, tid: number, args?: any }} TraceEvent */

/**
 * The kind an event's own time counts for, or null: its parent's (its caller's).
 * @param {TraceEvent} e @param {string | null} parent the parent's kind @param {string} script the element's script
 */
function kindOf(e, parent, script) {
  const { name, cat } = e;
  if (STYLE_AND_LAYOUT.test(name)) return 'style and layout';
  if (PAINT.test(name)) return 'paint';
  if (name === 'ParseHTML') return 'HTML parse';
  if (/GC|Scavenge|MarkCompact|MinorMS/.test(name)) return 'garbage collection';
  // Every event of V8's compile category (lazy function compiles, code installation included).
  if (cat.includes('v8.compile') || (/v8/.test(cat) && /compile|parse|deserialize|streaming/i.test(name)))
    return 'script parse and compile';
  // The element's script, not the page's inline lines (the probe).
  if (name === 'EvaluateScript')
    return new URL(e.args?.data?.url ?? 'about:blank').pathname === script ? 'script evaluation' : 'other tasks';
  // Lit renders first in the microtasks that run when the element's script has run.
  if (/RunMicrotasks/i.test(name) && parent === 'script evaluation') return 'first render';
  // Neither element uses requestAnimationFrame or timers while it loads: the page's probe does.
  if (name === 'FireAnimationFrame' || name === 'TimerFire') return 'the probe (rAF and timer callbacks)';
  return null;
}

/**
 * One thread's time by kind, each event's own time (its duration less its children's) counted once.
 * @param {TraceEvent[]} events one thread's complete ('X') events
 * @param {(e: TraceEvent, parent: string | null) => string | null} kindOf an event's kind, given its
 *   parent's; null: its parent's
 * @param {(e: TraceEvent) => string} unnamed the kind of an outermost event that kindOf does not name
 * @param {(ts: number, dur: number) => number} [clip] the part of an event's time that counts
 * @returns {{ sums: Record<string, number>, busy: number }} in µs; busy: the outermost events' time
 */
export function ownTimeByKind(events, kindOf, unnamed, clip = (_ts, dur) => dur) {
  /** @type {Record<string, number>} */
  const sums = {};
  /** @type {{ end: number, kind: string }[]} */
  const stack = [];
  let busy = 0;
  for (const e of [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const kind = kindOf(e, parent?.kind ?? null) ?? parent?.kind ?? unnamed(e);
    const time = clip(e.ts, e.dur ?? 0);
    if (parent) sums[parent.kind] -= time;
    else busy += time;
    sums[kind] = (sums[kind] ?? 0) + time;
    stack.push({ end: e.ts + (e.dur ?? 0), kind });
  }
  return { sums, busy };
}

/**
 * Sums the main thread's time between navigation start and the first question painted by kind,
 * each event's own time (its duration less its children's) counted once.
 * @param {TraceEvent[]} events @param {string} script the element's script, as a path
 */
export function breakdown(events, script) {
  const end = events.find((e) => e.name === 'bench:first-question-painted');
  if (!end) throw new Error('no "bench:first-question-painted" mark in the trace');
  const { pid, tid } = end;
  const start = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.pid === pid &&
      /\/bench\/tmp\/element-/.test(e.args?.data?.documentLoaderURL ?? ''),
  );
  if (!start) throw new Error('no navigationStart of the bench page in the trace');
  const from = start.ts;
  const to = end.ts;
  const inWindow = (/** @type {TraceEvent} */ e) => e.ph === 'X' && e.dur != null && e.ts < to && e.ts + e.dur > from;
  // The page's own HTML, not that of the tab's initial about:blank.
  const isPage = (/** @type {TraceEvent} */ e) => /\/bench\/tmp\/element-/.test(e.args?.beginData?.url ?? '');
  const firstParse = events.find((e) => e.pid === pid && e.name === 'ParseHTML' && isPage(e))?.ts ?? to;
  const clip = (/** @type {number} */ ts, /** @type {number} */ dur) =>
    Math.max(0, Math.min(ts + dur, to) - Math.max(ts, from));
  const { sums, busy } = ownTimeByKind(
    events.filter((e) => e.pid === pid && e.tid === tid && inWindow(e)),
    (e, parent) => kindOf(e, parent, script),
    // Work no event names, before the HTML parser first runs: the navigation's commit, the new
    // document and its script context.
    (e) => (e.ts < firstParse ? 'navigation and page set-up' : 'other tasks'),
    clip,
  );
  // Script compiled off the main thread while the page loaded (script streaming), each thread's
  // outermost events only.
  let background = 0;
  /** @type {Map<number, number>} */
  const coveredUntil = new Map();
  for (const e of events
    .filter(
      (x) => x.pid === pid && x.tid !== tid && inWindow(x) && kindOf(x, null, script) === 'script parse and compile',
    )
    .sort((a, b) => a.ts - b.ts)) {
    const begin = Math.max(e.ts, coveredUntil.get(e.tid) ?? 0);
    const until = e.ts + (e.dur ?? 0);
    if (until > begin) background += clip(begin, until - begin);
    coveredUntil.set(e.tid, Math.max(until, coveredUntil.get(e.tid) ?? 0));
  }
  const ms = (/** @type {number} */ us) => round(us / 1000);
  return {
    windowMs: ms(to - from),
    mainThread: Object.fromEntries(KINDS.map((k) => [k, ms(sums[k] ?? 0)])),
    mainThreadBusyMs: ms(busy),
    idleMs: ms(to - from - busy),
    offMainThreadCompileMs: ms(background),
  };
}

/** One traced first visit. @param {import('./common.mjs').Browser} browser @param {string} url */
async function traceOnce(browser, url) {
  const { tab, close } = await openTab(browser);
  try {
    await tab.tracing.start({ categories: CATEGORIES });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__bench, { polling: 50 });
    const buffer = await tab.tracing.stop();
    if (!buffer) throw new Error('the trace is empty');
    const json = JSON.parse(Buffer.from(buffer).toString('utf8'));
    return breakdown(
      Array.isArray(json) ? json : json.traceEvents,
      new URL(url).pathname.endsWith('widget.html') ? ELEMENTS.widget.script : ELEMENTS.bare.script,
    );
  } finally {
    await close();
  }
}

/** @param {import('./common.mjs').Lab} lab */
export async function measure({ browser, origin }) {
  /** @type {Record<string, any>} */
  const out = { traces: TRACES };
  for (const which of WHICH) {
    const runs = [];
    for (let i = 0; i < TRACES; i++) runs.push(await traceOnce(browser, origin + elementPage(which)));
    // The load whose first question came at the median time, so that its parts add up.
    runs.sort((a, b) => /** @type {number} */ (a.windowMs) - /** @type {number} */ (b.windowMs));
    out[which] = { ...runs[Math.floor((runs.length - 1) / 2)], allWindowsMs: runs.map((r) => r.windowMs) };
  }
  return out;
}

/** @param {any} r what measure() returned */
export function report(r) {
  const rows = [
    ...KINDS.map((k) => [`  ${k}`, r.widget.mainThread[k], r.bare.mainThread[k]]),
    ['main thread busy, all of the above', r.widget.mainThreadBusyMs, r.bare.mainThreadBusyMs],
    ['main thread idle (network, frames, other processes)', r.widget.idleMs, r.bare.idleMs],
    ['navigation start → first question painted', r.widget.windowMs, r.bare.windowMs],
    [
      'script compiled off the main thread (streaming), in parallel',
      r.widget.offMainThreadCompileMs,
      r.bare.offMainThreadCompileMs,
    ],
  ];
  return table(
    `Where the first question's time goes (ms; one traced load per element, the median of n = ${r.traces}; no CPU slow-down)`,
    ['renderer main thread, navigation start → first question painted', 'widget', 'bare'],
    rows,
    [
      "Each trace event's own time (less its children's) is counted once, by name. \"Navigation and page set-up\": before the page's",
      'HTML is parsed (the tab\'s about:blank unloaded, the commit, the new document and script context). "Script evaluation": the',
      'element\'s script run; "first render": the microtasks right after it, where Lit renders first; compiles inside either count as',
      'compile. "Other tasks": loading and IPC. Few loads, traced apart from the untraced ones: read the parts against each other.',
      `windows of the ${r.traces} traced loads (ms): widget ${r.widget.allWindowsMs.join(', ')}; bare ${r.bare.allWindowsMs.join(', ')}.`,
    ],
  );
}
