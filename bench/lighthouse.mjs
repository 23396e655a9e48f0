// Lighthouse on the demo page, mobile and desktop, if it is present: in node_modules, or in npx's
// cache (it is not a dependency: about 120 MB). `npx lighthouse@12.8.2 --version` fetches it once.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME, log, repo, round, table, tmp } from './common.mjs';

const SPEC = process.env.BENCH_LIGHTHOUSE || 'lighthouse@12.8.2';
const env = { ...process.env, CHROME_PATH: CHROME, npm_config_update_notifier: 'false' };

/** The command that runs Lighthouse without installing anything, or null. */
function command() {
  const local = join(repo, 'node_modules/.bin/lighthouse');
  if (existsSync(local)) return [local];
  // --no: npx runs only what it already has, and asks no registry.
  const npx = ['npx', '--no', `--package=${SPEC}`, '--', 'lighthouse'];
  const probe = spawnSync(npx[0], [...npx.slice(1), '--version'], {
    cwd: repo,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return probe.status === 0 ? npx : null;
}

/** @param {import('./common.mjs').Lab} lab */
export async function measure({ origin }) {
  if (process.env.BENCH_SKIP_LIGHTHOUSE) return { skipped: 'BENCH_SKIP_LIGHTHOUSE is set' };
  const cmd = command();
  if (!cmd) return { skipped: `${SPEC} is not installed; "npx ${SPEC} --version" fetches it once` };
  /** @type {Record<string, any>} */
  const out = {};
  for (const form of ['mobile', 'desktop']) {
    const path = join(tmp, `lighthouse-${form}.json`);
    rmSync(path, { force: true });
    log(`lighthouse (${form}) …`);
    const args = [
      `${origin}/demo/index.html`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${path}`,
      '--quiet',
      ...(form === 'desktop' ? ['--preset=desktop'] : []),
    ];
    // Not spawnSync: the page comes from this process's own server, which must go on answering.
    const failure = await promisify(execFile)(cmd[0], [...cmd.slice(1), ...args], {
      cwd: repo,
      env,
      timeout: 120_000,
    }).then(
      () => null,
      (/** @type {any} */ error) => String(error.stderr || error.stdout || error.message),
    );
    if (failure !== null || !existsSync(path)) {
      out[form] = { failed: (failure ?? 'no report written').trim().split('\n').slice(-2).join(' | ').slice(0, 300) };
      continue;
    }
    const report = JSON.parse(readFileSync(path, 'utf8'));
    const score = (/** @type {string} */ c) =>
      report.categories?.[c]?.score == null ? null : Math.round(report.categories[c].score * 100);
    const audit = (/** @type {string} */ a) => report.audits?.[a]?.numericValue ?? null;
    out[form] = {
      version: report.lighthouseVersion,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcpMs: round(audit('first-contentful-paint'), 0),
      lcpMs: round(audit('largest-contentful-paint'), 0),
      tbtMs: round(audit('total-blocking-time'), 0),
      cls: round(audit('cumulative-layout-shift'), 4),
    };
  }
  return out;
}

/** @param {any} r what measure() returned */
export function report(r) {
  if (r.skipped) return `\nLighthouse: not run (${r.skipped}).`;
  const rows = ['mobile', 'desktop'].map((form) => {
    const o = r[form];
    return o.failed
      ? [form, `failed: ${o.failed}`]
      : [form, o.performance, o.accessibility, o.bestPractices, o.fcpMs, o.lcpMs, o.tbtMs, o.cls];
  });
  return table(
    `Lighthouse ${SPEC} on demo/index.html`,
    ['', 'performance', 'accessibility', 'best practices', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
    rows,
    ["Lighthouse's own simulated throttling; reports in bench/tmp/lighthouse-<form>.json."],
  );
}
