// Where a step's time goes: the renderer's main thread between a click on Continue (the mark set by
// the page's capturing click listener, so the input's hit testing before it is left out) and the next
// screen painted (the mark of the task queued from the next requestAnimationFrame), from a trace of
// traced clicks, each event's own time counted once. Puppeteer's own requestAnimationFrame polling
// falls in the window too, for both elements alike.
import { round } from './common.mjs';
import { PAINT, STYLE_AND_LAYOUT, ownTimeByKind } from './trace.mjs';

/** The kinds, in the order printed. */
export const STEP_KINDS = [
  'script: render, events, focus',
  'style and layout',
  'paint and compositing',
  'other: tasks, IPC',
];

/** @typedef {import('./trace.mjs').TraceEvent} TraceEvent */

/**
 * The kind an event's own time counts for, or null: its parent's. The style and layout that moving
 * focus forces count as style and layout (by their own events), as they would in the next frame;
 * the call itself counts as script.
 * @param {TraceEvent} e
 */
function kindOf({ name, cat }) {
  if (STYLE_AND_LAYOUT.test(name)) return STEP_KINDS[1];
  if (PAINT.test(name)) return STEP_KINDS[2];
  if (/^(EventDispatch|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame)$/.test(name) || /v8/.test(cat))
    return STEP_KINDS[0];
  return null;
}

/**
 * Each kind's main-thread time per step (ms), averaged over the steps in the trace.
 * @param {TraceEvent[]} events a trace with 'bench:step-start' and 'bench:step-painted' marks
 */
export function stepBreakdown(events) {
  const marks = events
    .filter((e) => e.name === 'bench:step-start' || e.name === 'bench:step-painted')
    .sort((a, b) => a.ts - b.ts);
  /** @type {[number, number][]} */
  const windows = [];
  marks.forEach((m, i) => {
    const next = marks[i + 1];
    if (m.name === 'bench:step-start' && next?.name === 'bench:step-painted') windows.push([m.ts, next.ts]);
  });
  if (!windows.length) throw new Error('no traced step (no bench:step-start → bench:step-painted marks)');
  const { pid, tid } = marks[0];
  const inStep = (/** @type {number} */ ts) => windows.some(([from, to]) => ts >= from && ts < to);
  const { sums, busy } = ownTimeByKind(
    events.filter((e) => e.ph === 'X' && e.dur != null && e.pid === pid && e.tid === tid && inStep(e.ts)),
    kindOf,
    () => STEP_KINDS[3],
  );
  const perStep = (/** @type {number} */ us) => round(us / 1000 / windows.length, 2);
  return {
    steps: windows.length,
    mainThread: Object.fromEntries(STEP_KINDS.map((k) => [k, perStep(sums[k] ?? 0)])),
    busyMs: perStep(busy),
  };
}
