// Writes the README's "## Performance" section from bench/results.json, so the figures shown are the
// last benchmark run's and nothing else. `--check` changes nothing and fails when the section is stale.
// Usage: node scripts/performance-section.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HEADING = '## Performance';

/** @param {unknown} x @param {number} [digits] */
const num = (x, digits = 1) =>
  typeof x === 'number' && Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits }) : '–';
/** @param {any} s stats: median and p95 */
const msPair = (s) => (s ? `${num(s.median)} ms (${num(s.p95)})` : '–');
/** @param {any} r a ratio: median and p95 */
const ratioPair = (r) => (r ? `${num(r.median, 2)}× (${num(r.p95, 2)}×)` : '–');

/**
 * The Markdown of the section, from the heading to the blank line before the next one.
 * @param {any} r the contents of bench/results.json
 */
export function performanceSection(r) {
  const m = r.machine ?? {};
  const fq = r.firstQuestion;
  const st = r.step;
  const files = r.sizes?.files ?? [];
  /** @param {string} file */
  const size = (file) => files.find((/** @type {any} */ f) => f.file === file);
  const widget = size('dist/spasm-checker.js');
  const bare = files.find((/** @type {any} */ f) => f.file.startsWith('bench/'));
  const lines = [
    HEADING,
    '',
    '`npm run bench` builds everything, then measures the widget beside a bare Lit element built the',
    'same way (one property, one style, one event: a one-question form that Continue re-renders),',
    'side by side in one headless Chromium run, and writes `bench/results.json`. This section is',
    'written from that file by `npm run bench:readme` (`npm run bench` runs it; a test fails when the',
    'section is stale).',
    `Last run: ${String(r.date).slice(0, 10)}, ${m.chromium ?? 'Chromium'}, Node ${m.node}, ${m.cpus} cores,`,
    `load average ${num(m.loadAverageAtStart)} at the start and ${num(m.loadAverageAtEnd)} at the end; it took ${r.seconds} s.`,
    '',
    '| | widget | bare Lit element | widget ÷ bare |',
    '|---|---|---|---|',
  ];
  for (const cpu of [1, 4]) {
    const o = fq?.[`cpu${cpu}x`];
    const label = cpu === 1 ? 'first question painted, median (p95), from navigation start' : '… with 4× CPU slow-down';
    lines.push(
      `| ${label} | ${msPair(o?.widget.fromNavigation)} | ${msPair(o?.bare.fromNavigation)} | ${ratioPair(o?.ratio)} |`,
    );
  }
  for (const cpu of [1, 4]) {
    const o = fq?.[`cpu${cpu}x`];
    const label =
      cpu === 1
        ? 'loads with a long task (over 50 ms) before the first question is painted; the longest'
        : '… with 4× CPU slow-down';
    /** @param {any} e */
    const cell = (e) =>
      !e?.longestTask
        ? '–'
        : e.loadsWithLongTask
          ? `${e.loadsWithLongTask} of ${fq.loads}; ${num(e.longestTask.max)} ms`
          : `0 of ${fq.loads}`;
    lines.push(`| ${label} | ${cell(o?.widget)} | ${cell(o?.bare)} | |`);
  }
  for (const cpu of [1, 4]) {
    const o = st?.[`cpu${cpu}x`];
    const label = cpu === 1 ? 'step: click on Continue → next paint, p50 (p95)' : '… with 4× CPU slow-down';
    lines.push(`| ${label} | ${msPair(o?.widget)} | ${msPair(o?.bare)} | ${ratioPair(o?.ratio)} |`);
  }
  const mem = r.memory;
  lines.push(
    `| JS heap growth per mount/remove cycle (cycles 10 → ${mem?.cycles ?? '–'}) | ${num(mem?.widget.growthPerCycle, 0)} B (${num(mem?.widget.growthShareOfOneElement)}% of one element) | ${num(mem?.bare.growthPerCycle, 0)} B | |`,
    `| download, gzip -9 (brotli 11) | ${num(widget?.gzip, 0)} B (${num(widget?.brotli, 0)}) | ${num(bare?.gzip, 0)} B (${num(bare?.brotli, 0)}) | ${widget && bare ? num(widget.gzip / bare.gzip, 2) : '–'}× |`,
    '',
    `n: ${fq?.loads ?? '–'} page loads per element and slow-down, each a first visit in a fresh browser context with the cache off`,
    `(${fq?.warmupLoadsDiscarded ?? '–'} warm-up loads discarded); ${st?.clicks ?? '–'} trusted clicks per element and slow-down (${st?.warmupClicksDiscarded ?? '–'} warm-up clicks`,
    'discarded; the widget walks the public vignettes). "Painted" is a task queued from the',
    '`requestAnimationFrame` of the frame that shows the question, so it runs after that paint.',
    '',
  );
  const tr = r.trace;
  if (tr) {
    lines.push(
      `Where the first question's time goes: one traced load per element (the median of ${tr.traces}), the renderer's main`,
      "thread from navigation start to the first question painted, each trace event's own time counted once, in ms",
      '(traced loads are few and timed apart from the loads above: read the parts against each other):',
      '',
      '| | widget | bare Lit element |',
      '|---|---|---|',
      ...Object.keys(tr.widget.mainThread).map(
        (k) => `| ${k} | ${num(tr.widget.mainThread[k])} | ${num(tr.bare.mainThread[k])} |`,
      ),
      `| main thread idle (network, frames, other processes) | ${num(tr.widget.idleMs)} | ${num(tr.bare.idleMs)} |`,
      `| **navigation start → first question painted** | **${num(tr.widget.windowMs)}** | **${num(tr.bare.windowMs)}** |`,
      `| script compiled off the main thread, in parallel | ${num(tr.widget.offMainThreadCompileMs)} | ${num(tr.bare.offMainThreadCompileMs)} |`,
      '',
      '"Navigation and page set-up" is the work before the page\'s HTML is parsed (the tab\'s `about:blank` unloaded, the',
      'commit, the new document and its script context); "script evaluation" is the element\'s script run, and "first',
      'render" the microtasks right after it, where Lit renders the first time (compiles inside either count as compile);',
      '"the probe" is the page\'s own timing code; "other tasks" are loading and IPC.',
      '',
    );
  }
  const b1 = st?.cpu1x;
  const b4 = st?.cpu4x;
  if (b1?.widget.breakdown && b4?.widget.breakdown) {
    const kinds = Object.keys(b1.widget.breakdown.mainThread);
    /** @param {any} o @param {string} k */
    const cell = (o, k) => num(k === 'all' ? o.breakdown.busyMs : o.breakdown.mainThread[k], 2);
    lines.push(
      `Where a step's time goes: the main thread from the click on Continue to the next screen painted, in ms per step`,
      `(${b1.widget.breakdown.steps} traced clicks per element and slow-down, after the timed ones; each trace event's own time counted`,
      'once; the style and layout that moving focus forces count as style and layout):',
      '',
      '| | widget | bare Lit element | widget, 4× slow-down | bare, 4× slow-down |',
      '|---|---|---|---|---|',
      ...[...kinds, 'all'].map(
        (k) =>
          `| ${k === 'all' ? '**all**' : k} | ${cell(b1.widget, k)} | ${cell(b1.bare, k)} | ${cell(b4.widget, k)} | ${cell(b4.bare, k)} |`,
      ),
      '',
    );
  }
  if (files.length) {
    lines.push(
      'Sizes, against the budget that `npm run test:size` enforces (gzip -9):',
      '',
      '| file | gzip -9 | brotli 11 | limit / aim |',
      '|---|---|---|---|',
    );
    for (const f of files.filter((/** @type {any} */ f) => f.budget)) {
      const over = f.gzip > f.budget.limit ? ': **over the limit**' : f.gzip > f.budget.aim ? ': over the aim' : '';
      lines.push(
        `| \`${f.file}\` (${f.name.replace(/^widget, /, '')}) | ${num(f.gzip, 0)} B | ${num(f.brotli, 0)} B | ${num(f.budget.limit, 0)} / ${num(f.budget.aim, 0)}${over} |`,
      );
    }
    const parts = r.sizes.split?.widget ?? [];
    /** @param {RegExp} re */
    const share = (re) =>
      parts.filter((/** @type {any} */ p) => re.test(p.part)).reduce((a, /** @type {any} */ p) => a + p.share, 0);
    lines.push(
      '',
      `Of the one-file build's minified bytes, wording is ${num(share(/^wording/))}% (two languages), Lit ${num(share(/^Lit$/))}%, the view ${num(share(/^view/))}%, rules and content ${num(share(/^rules/))}%, the engine ${num(share(/^engine/))}%.`,
      '',
    );
  }
  const runs = r.layout?.runs ?? [];
  if (runs.length) {
    const shift = Math.max(...runs.flatMap((/** @type {any} */ o) => [o.load.layoutShift, o.walk.layoutShift]));
    const tasks = runs.map(
      (/** @type {any} */ o) =>
        `${o.name}${o.cpu === 1 ? '' : ` at ${o.cpu}×`} ${o.load.longTasks} on load and ${o.walk.longTasks} in the walk (longest ${num(Math.max(o.load.longestTaskMs, o.walk.longestTaskMs), 0)} ms)`,
    );
    lines.push(
      `- Layout shift on the demo page, on load and through a ${runs[0].steps}-step walk (mobile and desktop, and at 4× slow-down; shifts`,
      `  right after a click excluded, as in CLS): at most ${num(shift, 4)}.`,
      `- Long tasks over 50 ms on the demo page: ${tasks.join('; ')}.`,
    );
  }
  if (r.engine)
    lines.push(
      `- \`triage()\` in Node: ${num(r.engine.callsPerSecond, 0)} calls per second (${num(r.engine.microsecondsPerCall, 2)} µs a call).`,
    );
  const lh = r.lighthouse;
  if (lh?.skipped) lines.push(`- Lighthouse: not run (${lh.skipped}).`);
  else if (lh) {
    const scores = ['mobile', 'desktop'].map((f) =>
      lh[f]?.failed ? `${f} failed` : `${f} ${lh[f]?.performance} / ${lh[f]?.accessibility} / ${lh[f]?.bestPractices}`,
    );
    lines.push(`- Lighthouse on the demo page (performance / accessibility / best practices): ${scores.join(', ')}.`);
  }
  const notMeasured = Object.keys(r.errors ?? {});
  if (notMeasured.length) lines.push(`- Not measured in the last run: ${notMeasured.join(', ')}.`);
  lines.push(
    '',
    'Timings are reported, never asserted: machines are noisy, and this one is shared, so read the ratio to the',
    'bare element in the same run rather than the absolute times.',
  );
  return lines.join('\n') + '\n';
}

/**
 * The README with its Performance section replaced, everything else as it was.
 * @param {string} readme @param {any} results
 */
export function withPerformanceSection(readme, results) {
  const start = readme.indexOf(`\n${HEADING}\n`);
  if (start < 0) throw new Error(`README.md has no "${HEADING}" heading`);
  const next = readme.indexOf('\n## ', start + 1);
  const end = next < 0 ? readme.length : next;
  return `${readme.slice(0, start + 1)}${performanceSection(results)}${next < 0 ? '' : '\n'}${readme.slice(end + 1)}`;
}

/** Reads bench/results.json and README.md; writes README.md unless `check`. Returns whether it was fresh. */
export function writeReadmeSection({ check = false } = {}) {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const fresh = withPerformanceSection(readme, JSON.parse(readFileSync(resolve(root, 'bench/results.json'), 'utf8')));
  if (!check && fresh !== readme) writeFileSync(resolve(root, 'README.md'), fresh);
  return fresh === readme;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const check = process.argv.includes('--check');
  const fresh = writeReadmeSection({ check });
  if (check && !fresh) {
    console.error('README.md: the Performance section does not match bench/results.json; run "npm run bench:readme".');
    process.exit(1);
  }
  console.log(
    check
      ? 'README.md: the Performance section matches bench/results.json.'
      : fresh
        ? 'README.md: the Performance section was up to date.'
        : 'README.md: wrote the Performance section from bench/results.json.',
  );
}
