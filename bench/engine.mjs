// triage() speed, in Node: the engine as npm users get it (dist/triage/index.js), fed the complete
// answers of every public vignette, round-robin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { quantile, repo, round, table } from './common.mjs';

const TRIALS = 5;
const TRIAL_MS = 400;

export async function measure() {
  /** @type {{ triage: (answers: unknown) => { level: string, reasons: unknown[] } }} */
  const { triage } = await import(pathToFileURL(join(repo, 'dist/triage/index.js')).href);
  /** @type {{ answers: unknown, expected: string }[]} */
  const vignettes = JSON.parse(readFileSync(join(repo, 'test/fixtures/vignettes.json'), 'utf8')).vignettes;
  const mismatches = vignettes.filter((v) => triage(v.answers).level !== v.expected).length;
  const inputs = vignettes.map((v) => v.answers);
  let sink = 0; // used below, so that the calls cannot be optimized away
  const warm = performance.now();
  while (performance.now() - warm < 300) for (const a of inputs) sink += triage(a).reasons.length;
  const trials = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    let calls = 0;
    const start = performance.now();
    let elapsed;
    do {
      for (const a of inputs) sink += triage(a).reasons.length;
      calls += inputs.length;
      elapsed = performance.now() - start;
    } while (elapsed < TRIAL_MS);
    trials.push((calls * 1000) / elapsed);
  }
  if (!(sink >= 0)) throw new Error('unreachable');
  const median = /** @type {number} */ (quantile(trials, 0.5));
  return {
    node: process.version,
    vignettes: inputs.length,
    levelMismatches: mismatches,
    trials: trials.map(Math.round),
    callsPerSecond: Math.round(median),
    microsecondsPerCall: round(1e6 / median, 2),
  };
}

/** @param {any} r what measure() returned */
export function report(r) {
  return table(
    `triage() speed (Node ${r.node}, dist/triage/index.js; median of n = ${r.trials.length} trials of ${TRIAL_MS} ms)`,
    ['', 'value'],
    [
      ['calls per second', r.callsPerSecond],
      ['µs per call', r.microsecondsPerCall],
      ['vignettes cycled / level mismatches', `${r.vignettes} / ${r.levelMismatches}`],
    ],
  );
}
