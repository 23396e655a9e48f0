// What the benchmark puts on the pages it drives (see bench/pages.mjs, bench/step.mjs,
// bench/layout.mjs), declared so the type check covers the browser code passed to puppeteer.
export {};

declare global {
  interface Window {
    /** Set by the probe once the first question is painted (times in ms from navigation start), with the long tasks (their durations) until then. */
    __bench?:
      | { scriptStart: number | null; responseEnd: number | null; seen: number; painted: number; longTasks: number[] }
      | { error: string };
    /** Continue → next paint, one entry per click on a submit button (bench/step.mjs). */
    __steps: number[];
    /** Layout shifts and long tasks seen by observers installed before any page script (bench/layout.mjs). */
    __perf: { shifts: { t: number; value: number; input: boolean }[]; longtasks: { t: number; duration: number }[] };
  }
  /** The two layout-instability fields the DOM library does not declare yet. */
  interface LayoutShift extends PerformanceEntry {
    value: number;
    hadRecentInput: boolean;
  }
}
