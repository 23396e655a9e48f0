// `npm run bench`: what <spasm-checker> costs a patient's device, beside a bare Lit element built the
// same way (bench/baseline/). Builds, runs every measurement (one module each, in this folder), prints
// their tables, writes bench/results.json and the README's Performance section from it.
//
// Environment: CHROME_PATH (default /usr/bin/chromium); BENCH_SKIP_BUILD=1 measures the dist/ there;
// BENCH_LOADS, BENCH_STEPS, BENCH_TRACES set the repetitions; BENCH_SKIP_LIGHTHOUSE=1.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { serve } from '../scripts/serve.mjs';
import { writeReadmeSection } from '../scripts/performance-section.mjs';
import { launch, log, repo } from './common.mjs';
import { writePages } from './pages.mjs';
import * as sizes from './sizes.mjs';
import * as engine from './engine.mjs';
import * as firstQuestion from './first-question.mjs';
import * as step from './step.mjs';
import * as trace from './trace.mjs';
import * as memory from './memory.mjs';
import * as layout from './layout.mjs';
import * as lighthouse from './lighthouse.mjs';

/** @typedef {{ measure: (lab: import('./common.mjs').Lab) => Promise<unknown>, report: (r: any) => string }} Measurement */
/** @type {[string, Measurement][]} in the order printed (Lighthouse last, with a browser of its own) */
const MEASUREMENTS = [
  ['sizes', sizes],
  ['engine', engine],
  ['firstQuestion', firstQuestion],
  ['step', step],
  ['trace', trace],
  ['memory', memory],
  ['layout', layout],
];

process.chdir(repo);
const started = Date.now();
/** @type {Record<string, any>} */
const results = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    chromium: null,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    os: `${platform()} ${release()}`,
    loadAverageAtStart: loadavg()[0],
  },
  seconds: null,
  errors: {},
};
const printed = [];

if (!process.env.BENCH_SKIP_BUILD) {
  log('npm run build …');
  if (spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] }).status !== 0)
    throw new Error('npm run build failed');
}
await build({ configFile: 'bench/vite.baseline.config.ts', logLevel: 'warn' });
writePages();

const server = await serve({ root: repo });
const browser = await launch();
results.machine.chromium = await browser.version();
/** @param {string} key @param {Measurement} m */
async function run(key, m) {
  log(`${key} …`);
  const t = Date.now();
  try {
    results[key] = await m.measure({ browser, origin: server.origin });
    printed.push(m.report(results[key]));
  } catch (error) {
    results.errors[key] = String(/** @type {Error} */ (error)?.stack ?? error);
    printed.push(`\n${key}: FAILED: ${/** @type {Error} */ (error)?.message ?? error}`);
  }
  log(`${key}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
try {
  for (const [key, m] of MEASUREMENTS) await run(key, m);
} finally {
  await browser.close();
}
try {
  await run('lighthouse', lighthouse); // it starts a Chromium of its own
} finally {
  await server.close();
}

results.machine.loadAverageAtEnd = loadavg()[0];
results.seconds = Math.round((Date.now() - started) / 1000);
const m = results.machine;
console.log(
  `spasm-checker bench · ${results.date} · Node ${m.node} · ${m.chromium} · ${m.cpus} CPUs (${m.cpuModel}) · load average ${m.loadAverageAtStart.toFixed(1)} → ${m.loadAverageAtEnd.toFixed(1)}`,
);
console.log(printed.join('\n'));
writeFileSync(join(repo, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
const readmeWasFresh = writeReadmeSection();
const failed = Object.keys(results.errors);
console.log(
  `\nRan in ${results.seconds} s. Wrote bench/results.json${readmeWasFresh ? '' : " and the README's Performance section"}.${failed.length ? ` Not measured: ${failed.join(', ')}.` : ''}`,
);
process.exitCode = failed.length ? 1 : 0;
