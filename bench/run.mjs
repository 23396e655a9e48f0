// `npm run bench`: what <spasm-checker> costs a patient's device, beside a bare Lit element built the
// same way (bench/baseline/bare-element.ts). Builds, then measures size, time to first question, step
// latency, memory, engine speed, layout shift and long tasks, and Lighthouse scores; prints tables
// and writes bench/results.json. Timings are reported, never asserted.
//
// Environment: CHROME_PATH (default /usr/bin/chromium), BENCH_LOADS (page loads per page, default 40,
// at least 30), BENCH_SKIP_LIGHTHOUSE=1, BENCH_LIGHTHOUSE (npx package spec, default lighthouse@12.8.2),
// BENCH_SKIP_BUILD=1 (measure the dist/ already there).
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, platform, release } from 'node:os';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
// puppeteer-core, through the test runner's launcher (already a devDependency): no browser download.
import { puppeteerCore } from '@web/test-runner-chrome';

const repo = fileURLToPath(new URL('..', import.meta.url));
process.chdir(repo);
const tmp = join(repo, 'bench', 'tmp');
mkdirSync(tmp, { recursive: true });

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];
const LOADS = Math.max(30, Number(process.env.BENCH_LOADS) || 40);
const WARMUP_LOADS = 2;
const MEMORY_CYCLES = 50;
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE || 'lighthouse@12.8.2';
const WIDGET_JS = '/dist/spasm-checker.js';
const BASELINE_JS = '/bench/tmp/baseline/bare-element.js';
const vignettes = JSON.parse(readFileSync(join(repo, 'test/fixtures/vignettes.json'), 'utf8')).vignettes;

const log = (...args) => console.error('bench:', ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Small helpers: statistics, compression, tables.

function quantile(values, q) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return null;
  if (q === 0.5) return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  return v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)]; // nearest rank
}
const stats = (values) => {
  const v = values.filter(Number.isFinite);
  return { n: v.length, median: round(quantile(v, 0.5)), p95: round(quantile(v, 0.95)), min: round(Math.min(...v)), max: round(Math.max(...v)) };
};
const round = (x, digits = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null);
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = (buf) => ({ raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) });

const fmt = (x, digits = 1) => {
  if (x === null || x === undefined || (typeof x === 'number' && !Number.isFinite(x))) return '–';
  if (typeof x !== 'number') return String(x);
  return Number.isInteger(x) ? x.toLocaleString('en-US') : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
};
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '–');

const printed = [];
function table(title, headers, rows, notes = []) {
  const cells = [headers, ...rows].map((row) => row.map((c) => fmt(c)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (i === 0 ? (c ?? '').padEnd(widths[i]) : (c ?? '').padStart(widths[i]))).join('  ');
  const out = [`\n${title}`, line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line), ...notes.map((n) => `  ${n}`)];
  printed.push(out.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// Processes and the local server.

function run(cmd, args, { timeout = 120_000, env = process.env, capture = false } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd: repo, env, stdio: ['ignore', capture ? 'pipe' : 2, capture ? 'pipe' : 2] });
    let out = '';
    if (capture) {
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
    }
    const timer = setTimeout(() => {
      out += `\n[killed after ${timeout / 1000} s]`;
      try {
        child.kill('SIGKILL');
      } catch {}
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ code: -1, out: out + String(error) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, out });
    });
  });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml' };
function startServer() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer((request, response) => {
      let file;
      try {
        const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
      // Any real host page has its own favicon; a 404 here would only show up as a console error in Lighthouse.
      if (path === '/favicon.ico') return response.writeHead(204, { 'cache-control': 'no-store' }).end();
        file = join(repo, path);
        if (!(file + sep).startsWith(repo) || !statSync(file).isFile()) throw new Error('not a file');
      } catch {
        return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(response);
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise(server));
  });
}

// ---------------------------------------------------------------------------------------------
// 1. Size, and the split of the bundle by part (minified bytes attributed through the source map).

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
/** Decodes source map `mappings` into, per generated line, [column, sourceIndex | -1] segments. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    if (line) {
      for (const segment of line.split(',')) {
        const fields = [];
        let value = 0;
        let shift = 0;
        for (const ch of segment) {
          const digit = B64[ch];
          value += (digit & 31) * 2 ** shift;
          if (digit & 32) shift += 5;
          else {
            fields.push(value % 2 ? -Math.floor(value / 2) : value / 2);
            value = 0;
            shift = 0;
          }
        }
        column += fields[0];
        if (fields.length >= 4) {
          source += fields[1];
          segments.push([column, source]);
        } else segments.push([column, -1]);
      }
    }
    lines.push(segments.sort((a, b) => a[0] - b[0]));
  }
  return lines;
}

/** The code of a chunk cut into pieces per source file, following its source map. */
function attribute(code, map, outDir) {
  const pieces = new Map(); // source index (-1: unmapped) -> string pieces
  const add = (index, text) => {
    if (!text) return;
    if (!pieces.has(index)) pieces.set(index, []);
    pieces.get(index).push(text);
  };
  const decoded = decodeMappings(map.mappings);
  const lines = code.split('\n');
  lines.forEach((text, i) => {
    const segments = decoded[i] ?? [];
    add(-1, text.slice(0, segments.length ? segments[0][0] : text.length));
    segments.forEach(([column, source], j) => add(source, text.slice(column, j + 1 < segments.length ? segments[j + 1][0] : text.length)));
    if (i < lines.length - 1) add(-1, '\n');
  });
  const sourcePath = (index) => (index < 0 ? '(unmapped: IIFE wrapper, glue)' : relative(repo, resolve(repo, outDir, map.sourceRoot ?? '', map.sources[index])).split(sep).join('/'));
  return [...pieces].map(([index, list]) => ({ file: sourcePath(index), code: list.join('') }));
}

const LOCALE_FILE = /^src\/i18n\/([a-z]{2,3}(?:-[a-z0-9]+)?)\.ts$/i;
function groupOf(file) {
  if (/(^|\/)node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(file)) return 'Lit';
  if (file.startsWith('src/triage/')) return 'engine (src/triage)';
  if (file.startsWith('src/content/')) return 'rules and content data (src/content)';
  const locale = LOCALE_FILE.exec(file);
  if (locale) return `locale ${locale[1]} (src/i18n/${locale[1]}.ts)`;
  if (file.startsWith('src/i18n/')) return 'i18n runtime (locales, messages, format)';
  if (file === 'src/spasm-checker.styles.ts') return 'styles (src/spasm-checker.styles.ts)';
  // The element and everything around it: src/views/, src/config/ and every top-level src/*.ts
  // (spasm-checker.ts, events.ts, define.ts, bundle.ts, version.ts, and any new one).
  if (file.startsWith('src/views/') || file.startsWith('src/config/') || /^src\/[^/]+\.ts$/.test(file)) {
    return 'view (views, element, config, events, define)';
  }
  if (file.startsWith('bench/baseline/')) return 'baseline element';
  if (file.startsWith('(unmapped')) return file;
  return `other: ${file}`;
}
const GROUP_ORDER = ['Lit', 'engine', 'rules', 'locale', 'i18n', 'view', 'styles', 'baseline', 'other', '(unmapped'];
const groupRank = (g) => {
  const i = GROUP_ORDER.findIndex((p) => g.startsWith(p));
  return i < 0 ? GROUP_ORDER.length : i;
};

const chunkOf = (result) => [result].flat()[0].output.find((o) => o.type === 'chunk');

async function viteBuild(configFile, overrides) {
  return chunkOf(await build({ configFile, logLevel: 'warn', build: { write: false, ...overrides } }));
}

/** Split one minified chunk (built with a source map) by group. */
function split(chunk, outDir) {
  const map = typeof chunk.map === 'string' ? JSON.parse(chunk.map) : chunk.map;
  if (!map?.mappings) throw new Error('the build returned no source map');
  const code = chunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  const files = attribute(code, map, outDir).map((f) => ({ ...f, group: groupOf(f.file), minified: Buffer.byteLength(f.code) }));
  const rendered = new Map();
  for (const [id, info] of Object.entries(chunk.modules ?? {})) {
    const file = relative(repo, id.replace(/^\0/, '').split('?')[0]).split(sep).join('/');
    rendered.set(file, (rendered.get(file) ?? 0) + (info.renderedLength ?? 0));
  }
  const groups = new Map();
  for (const f of files) {
    const g = groups.get(f.group) ?? { group: f.group, files: [], minified: 0, rendered: 0, code: [] };
    g.files.push(f.file);
    g.minified += f.minified;
    g.rendered += rendered.get(f.file) ?? 0;
    g.code.push(f.code);
    groups.set(f.group, g);
  }
  const total = Buffer.byteLength(code);
  const list = [...groups.values()]
    .map((g) => ({ group: g.group, files: g.files.sort(), renderedPreMinify: g.rendered, minified: g.minified, share: round((100 * g.minified) / total, 1), gzipEstimate: gzip(Buffer.from(g.code.join(''))) }))
    .sort((a, b) => groupRank(a.group) - groupRank(b.group) || b.minified - a.minified);
  return {
    totalMinified: total,
    groups: list,
    files: files.map(({ file, group, minified }) => ({ file, group, minified, renderedPreMinify: rendered.get(file) ?? null })).sort((a, b) => b.minified - a.minified),
  };
}

async function measureSizes() {
  const widgetFile = readFileSync(join(repo, 'dist/spasm-checker.js'));
  const baselineFile = readFileSync(join(repo, 'bench/tmp/baseline/bare-element.js'));
  const widgetUnmin = await viteBuild('vite.bundle.config.ts', { minify: false });
  const baselineUnmin = await viteBuild('bench/vite.baseline.config.ts', { minify: false, emptyOutDir: false });
  const widgetMapped = await viteBuild('vite.bundle.config.ts', { sourcemap: true });
  const baselineMapped = await viteBuild('bench/vite.baseline.config.ts', { sourcemap: true, emptyOutDir: false });
  const widgetSplit = split(widgetMapped, 'dist');
  const baselineSplit = split(baselineMapped, 'bench/tmp/baseline');
  const out = {
    widget: { file: 'dist/spasm-checker.js', unminifiedRaw: Buffer.byteLength(widgetUnmin.code), unminified: sizes(Buffer.from(widgetUnmin.code)), minified: sizes(widgetFile) },
    baseline: { file: 'bench/tmp/baseline/bare-element.js', unminifiedRaw: Buffer.byteLength(baselineUnmin.code), unminified: sizes(Buffer.from(baselineUnmin.code)), minified: sizes(baselineFile) },
    split: { widget: widgetSplit, baseline: baselineSplit },
    splitBuildMatchesDist: widgetSplit.totalMinified === widgetFile.length,
  };
  const w = out.widget;
  const b = out.baseline;
  table(
    '1. Size (bytes; gzip -9 and brotli 11 with node:zlib)',
    ['', 'widget', 'baseline', 'widget/baseline', 'widget − baseline'],
    [
      ['unminified build (minify:false), raw', w.unminifiedRaw, b.unminifiedRaw, ratio(w.unminifiedRaw, b.unminifiedRaw), w.unminifiedRaw - b.unminifiedRaw],
      ['unminified build, gzip -9', w.unminified.gzip, b.unminified.gzip, ratio(w.unminified.gzip, b.unminified.gzip), w.unminified.gzip - b.unminified.gzip],
      ['shipped file (minified), raw', w.minified.raw, b.minified.raw, ratio(w.minified.raw, b.minified.raw), w.minified.raw - b.minified.raw],
      ['shipped file, gzip -9', w.minified.gzip, b.minified.gzip, ratio(w.minified.gzip, b.minified.gzip), w.minified.gzip - b.minified.gzip],
      ['shipped file, brotli 11', w.minified.brotli, b.minified.brotli, ratio(w.minified.brotli, b.minified.brotli), w.minified.brotli - b.minified.brotli],
    ],
    [`widget: ${w.file}; baseline: ${b.file} (bench/baseline/bare-element.ts, same build options).`],
  );
  const splitRows = (s) => s.groups.map((g) => [g.group, g.files.length, g.renderedPreMinify, g.minified, `${g.share.toFixed(1)}%`, g.gzipEstimate]);
  const sum = (s, key) => s.groups.reduce((a, g) => a + g[key], 0);
  table(
    '1b. Split of dist/spasm-checker.js by part',
    ['part', 'files', 'rendered, pre-minify', 'minified', 'share', 'gzip -9 (estimate)'],
    [...splitRows(widgetSplit), ['total', widgetSplit.files.length, sum(widgetSplit, 'renderedPreMinify'), widgetSplit.totalMinified, '100.0%', w.minified.gzip], ['baseline, for comparison:', '', '', '', '', ''], ...splitRows(baselineSplit).map((r) => ['  ' + r[0], ...r.slice(1)])],
    [
      'minified bytes per source file come from the minified build\'s source map (each generated segment counts for its source);',
      '"rendered, pre-minify" is Rolldown\'s renderedLength per module (tree-shaken, before minification).',
      'gzip per part is an ESTIMATE: each part\'s minified code gzipped alone (parts share context in the real file, so the parts sum to more than the total).',
      out.splitBuildMatchesDist ? 'The source-mapped build is byte-identical in length to dist/spasm-checker.js.' : `NOTE: the source-mapped build (${widgetSplit.totalMinified} B) differs in length from dist/spasm-checker.js (${w.minified.raw} B): src/ changed between builds?`,
    ],
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pages (generated into bench/tmp/, which is git-ignored).

// Runs in the page right after the element: records when it rendered and when that was painted.
function probe(tag, selector, src) {
  const out = { start: performance.getEntriesByName('bench:script-start')[0]?.startTime ?? null };
  const el = document.querySelector(tag);
  const finish = (extra) => {
    const resource = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === src);
    Object.assign(out, { responseEnd: resource ? resource.responseEnd : null }, extra);
    window.__bench = out;
  };
  if (!el) return finish({ error: `no <${tag}>` });
  (async () => {
    for (let i = 0; i < 20 && el.updateComplete; i++) {
      await el.updateComplete;
      if (el.shadowRoot && el.shadowRoot.querySelector(selector)) return performance.now();
      await new Promise((r) => setTimeout(r, 0));
    }
    return null;
  })().then((t) => (out.rendered = t));
  let frames = 0;
  const poll = () => {
    if (el.shadowRoot && el.shadowRoot.querySelector(selector)) {
      out.seen = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => finish({ painted: performance.now() })));
    } else if (++frames < 600) requestAnimationFrame(poll);
    else {
      const resource = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === src);
      const shadow = el.shadowRoot ? el.shadowRoot.innerHTML.replace(/\s+/g, ' ').slice(0, 120) : 'no shadow root';
      finish({ error: `no ${selector} after 600 frames (defined: ${!!customElements.get(tag)}, script status: ${resource ? resource.responseStatus : 'no entry'}, shadow: ${shadow})` });
    }
  };
  poll();
}

const page = (title, body) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
${body}
</body>
</html>
`;
const PAGES = {
  'ttfq-widget.html': page(
    'bench: time to first question, widget',
    `<script>performance.mark('bench:script-start')</script>
<script src="${WIDGET_JS}"></script>
<spasm-checker></spasm-checker>
<script>(${probe})('spasm-checker', 'form input', '${WIDGET_JS}')</script>`,
  ),
  'ttfq-baseline.html': page(
    'bench: time to first paint, baseline',
    `<script>performance.mark('bench:script-start')</script>
<script src="${BASELINE_JS}"></script>
<bare-element></bare-element>
<script>(${probe})('bare-element', 'button', '${BASELINE_JS}')</script>`,
  ),
  'walk-widget.html': page('bench: step latency', `<script src="${WIDGET_JS}"></script>\n<spasm-checker></spasm-checker>`),
  'mem-widget.html': page('bench: memory, widget', `<script src="${WIDGET_JS}"></script>`),
  'mem-baseline.html': page('bench: memory, baseline', `<script src="${BASELINE_JS}"></script>`),
};

// ---------------------------------------------------------------------------------------------
// 2. Time to first question.

async function loadOnce(browser, url) {
  const context = await browser.createBrowserContext(); // a first visit each time
  try {
    const tab = await context.newPage();
    tab.setDefaultTimeout(15_000);
    await tab.setCacheEnabled(false);
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction('window.__bench', { timeout: 15_000 });
    return await tab.evaluate(async () => {
      const fcp = await new Promise((resolveFcp) => {
        const found = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        if (found()) return resolveFcp(found());
        new PerformanceObserver(() => found() && resolveFcp(found())).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolveFcp(null), 2000);
      });
      return { ...window.__bench, fcp };
    });
  } finally {
    await context.close();
  }
}

async function measureTtfq(browser, origin) {
  const runs = { widget: [], baseline: [] };
  const errors = [];
  for (let i = 0; i < LOADS + WARMUP_LOADS; i++) {
    for (const which of ['widget', 'baseline']) {
      const r = await loadOnce(browser, `${origin}/bench/tmp/ttfq-${which}.html`).catch((e) => ({ error: String(e.message ?? e) }));
      if (r.error) errors.push(`${which}: ${r.error}`);
      else if (i >= WARMUP_LOADS) runs[which].push(r);
    }
  }
  if (!runs.widget.length || !runs.baseline.length) throw new Error(`no successful load (${errors.slice(0, 3).join('; ')})`);
  // The script can run only once the parser has reached its tag (the mark) AND its bytes are in
  // (responseEnd; the preload scanner often fetches it before the parser gets there): the later of the two.
  const evalStart = (r) => Math.max(r.start, r.responseEnd ?? r.start);
  const metrics = {
    painted: (r) => r.painted - evalStart(r),
    rendered: (r) => (r.rendered == null ? NaN : r.rendered - evalStart(r)),
    fcp: (r) => (r.fcp == null ? NaN : r.fcp - evalStart(r)),
    paintedFromTag: (r) => r.painted - r.start,
    bytesAfterTag: (r) => (r.responseEnd == null ? NaN : r.responseEnd - r.start),
  };
  const out = { loads: LOADS, warmupLoadsDiscarded: WARMUP_LOADS, errors };
  for (const which of ['widget', 'baseline']) out[which] = Object.fromEntries(Object.entries(metrics).map(([k, f]) => [k, stats(runs[which].map(f))]));
  const row = (label, k, compare = true) => [label, out.widget[k].median, out.widget[k].p95, out.baseline[k].median, out.baseline[k].p95, compare ? ratio(out.widget[k].median, out.baseline[k].median) : '–'];
  table(
    `2. Time to first question (ms; ${LOADS} loads per page, fresh browser context each, cache disabled, ${WARMUP_LOADS} warm-up loads discarded)`,
    ['from → to', 'widget median', 'widget p95', 'baseline median', 'baseline p95', 'ratio (medians)'],
    [
      row('script start → first question painted (double rAF)', 'painted'),
      row('script start → rendered (updateComplete)', 'rendered'),
      row('script start → first contentful paint', 'fcp'),
      row('script tag reached → painted (incl. any wait for bytes)', 'paintedFromTag'),
      row('bytes received − tag reached (< 0: preloaded)', 'bytesAfterTag', false),
    ],
    [
      '"script start" = the later of "tag reached" (performance.mark in an inline script right before the <script src>) and the',
      'script\'s resource responseEnd: the script cannot start evaluating before both. "painted" = performance.now() in the second',
      'requestAnimationFrame after the first question (widget: a form input; baseline: its button) is in the shadow root, so it is',
      'frame-quantized (about 16.7 ms a frame). The page holds only the script and the element; the baseline is a bare Lit element.',
      `successful loads measured: widget ${runs.widget.length}, baseline ${runs.baseline.length}.`,
      ...(errors.length ? [`${errors.length} failed loads (not counted): ${errors.slice(0, 3).join('; ')}`] : []),
    ],
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3. Step latency.

// Runs in the page: walks one vignette on a fresh element, timing each Continue.
async function walkInPage(answers, maxSteps) {
  const raf = () => new Promise((r) => requestAnimationFrame(r));
  const old = document.querySelector('spasm-checker');
  const el = document.createElement('spasm-checker');
  old.replaceWith(el);
  await el.updateComplete;
  await raf();
  await raf();
  const root = el.shadowRoot;
  const screen = () => {
    const input = root.querySelector('form input');
    return input ? `q:${input.name}` : root.querySelector('[data-level]') ? 'result' : 'other';
  };
  const steps = [];
  for (let s = 0; s < maxSteps; s++) {
    const input = root.querySelector('form input');
    if (!input) break;
    const q = input.name;
    if (!(q in answers)) return { error: `asked ${q}, which the answers do not cover`, steps };
    for (const value of [answers[q]].flat()) {
      const option = root.querySelector(`form input[value="${CSS.escape(value)}"]`);
      if (!option) return { error: `no option ${value} on ${q}`, steps };
      if (!option.checked) option.closest('label').click();
    }
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0)); // click from a task of its own, as a patient's would be
    const before = screen();
    const button = root.querySelector('form button[type="submit"]');
    const t0 = performance.now();
    button.click();
    await el.updateComplete;
    let t1 = performance.now();
    for (let f = 0; screen() === before && f < 120; f++) {
      await raf();
      t1 = performance.now();
    }
    if (screen() === before) return { error: `Continue on ${q} did not change the screen`, steps };
    await raf();
    await raf();
    steps.push({ q, rendered: t1 - t0, painted: performance.now() - t0 });
  }
  return { steps, level: root.querySelector('[data-level]')?.getAttribute('data-level') ?? null };
}

async function measureSteps(browser, origin) {
  const context = await browser.createBrowserContext();
  const out = {};
  try {
    const tab = await context.newPage();
    tab.setDefaultTimeout(30_000);
    await tab.setCacheEnabled(false);
    await tab.goto(`${origin}/bench/tmp/walk-widget.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => customElements.get('spasm-checker'));
    const cdp = await tab.createCDPSession();
    for (const rate of [1, 4]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const rendered = [];
      const painted = [];
      const errors = [];
      let mismatches = 0;
      for (const v of vignettes) {
        const r = await tab.evaluate(walkInPage, v.answers, 30);
        for (const s of r.steps) {
          rendered.push(s.rendered);
          painted.push(s.painted);
        }
        if (r.error) errors.push(`${v.id}: ${r.error}`);
        else if (r.level !== v.expected) mismatches++;
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      if (!painted.length) throw new Error(`no step measured (${errors.slice(0, 3).join('; ')})`);
      out[`cpu${rate}x`] = { clicks: painted.length, vignettes: vignettes.length, rendered: stats(rendered), painted: stats(painted), errors, levelMismatches: mismatches };
    }
  } finally {
    await context.close();
  }
  const rows = [];
  for (const [key, label] of [['cpu1x', 'no slow-down'], ['cpu4x', '4× CPU slow-down']]) {
    const o = out[key];
    rows.push([`${label}: Continue → next screen painted`, o.clicks, o.painted.median, o.painted.p95, o.painted.max]);
    rows.push([`${label}: Continue → DOM updated`, o.clicks, o.rendered.median, o.rendered.p95, o.rendered.max]);
  }
  const notes = [
    `every Continue of a full walk of all ${vignettes.length} public vignettes (each on a fresh element); "painted" = second rAF after the DOM changed`,
    '(frame-quantized); "DOM updated" = the element\'s updateComplete after the click. CPU slow-down: Emulation.setCPUThrottlingRate.',
  ];
  for (const key of ['cpu1x', 'cpu4x']) {
    if (out[key].errors.length) notes.push(`${key}: ${out[key].errors.length} walks failed: ${out[key].errors.slice(0, 3).join('; ')}`);
    if (out[key].levelMismatches) notes.push(`${key}: ${out[key].levelMismatches} walks ended on another level than expected`);
  }
  table('3. Step latency (ms; widget only)', ['', 'clicks', 'median', 'p95', 'max'], rows, notes);
  return out;
}

// ---------------------------------------------------------------------------------------------
// 4. Memory.

async function measureMemoryOf(browser, origin, which, tag) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    tab.setDefaultTimeout(15_000);
    await tab.setCacheEnabled(false);
    await tab.goto(`${origin}/bench/tmp/mem-${which}.html`, { waitUntil: 'load' });
    await tab.waitForFunction((t) => customElements.get(t), {}, tag);
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    const snapshot = async () => {
      for (let i = 0; i < 3; i++) {
        await cdp.send('HeapProfiler.collectGarbage');
        await sleep(20);
      }
      const { metrics } = await cdp.send('Performance.getMetrics');
      const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
      return { jsHeapUsed: m.JSHeapUsedSize, nodes: m.Nodes, listeners: m.JSEventListeners };
    };
    const mount = () =>
      tab.evaluate(async (t) => {
        const el = document.createElement(t);
        el.id = 'bench-mounted';
        document.body.append(el);
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return !!el.shadowRoot?.firstElementChild;
      }, tag);
    const unmount = () => tab.evaluate(() => document.getElementById('bench-mounted')?.remove());
    const out = { loaded: await snapshot() };
    if (!(await mount())) throw new Error(`<${tag}> rendered nothing`);
    out.mounted = await snapshot();
    await unmount();
    out.removed = await snapshot();
    out.snapshots = { 1: out.removed };
    for (let i = 2; i <= MEMORY_CYCLES; i++) {
      await mount();
      await unmount();
      if (i === 10 || i === 30) out.snapshots[i] = await snapshot();
      else await cdp.send('HeapProfiler.collectGarbage');
    }
    out.afterCycles = out.snapshots[MEMORY_CYCLES] = await snapshot();
    out.cycles = MEMORY_CYCLES;
    // Growth once warm (code, feedback and template caches settle in the first cycles).
    out.growthPerCycle = round((out.afterCycles.jsHeapUsed - out.snapshots[10].jsHeapUsed) / (MEMORY_CYCLES - 10), 0);
    out.growthPerCycleShareOfOneElement = round((100 * out.growthPerCycle) / (out.mounted.jsHeapUsed - out.loaded.jsHeapUsed), 1);
    return out;
  } finally {
    await context.close();
  }
}

async function measureMemory(browser, origin) {
  const out = { widget: await measureMemoryOf(browser, origin, 'widget', 'spasm-checker'), baseline: await measureMemoryOf(browser, origin, 'baseline', 'bare-element') };
  const w = out.widget;
  const b = out.baseline;
  const row = (label, f) => [label, f(w), f(b)];
  table(
    `4. Memory (JS heap used, bytes, after forced GC via HeapProfiler.collectGarbage; Performance.getMetrics)`,
    ['', 'widget', 'baseline'],
    [
      row('script loaded, nothing mounted', (o) => o.loaded.jsHeapUsed),
      row('one element mounted and rendered', (o) => o.mounted.jsHeapUsed),
      row('  cost of one mounted element', (o) => o.mounted.jsHeapUsed - o.loaded.jsHeapUsed),
      row('that element removed', (o) => o.removed.jsHeapUsed),
      row('after 10 mount/remove cycles (none mounted)', (o) => o.snapshots[10].jsHeapUsed),
      row('after 30 mount/remove cycles', (o) => o.snapshots[30].jsHeapUsed),
      row(`after ${MEMORY_CYCLES} mount/remove cycles`, (o) => o.afterCycles.jsHeapUsed),
      row(`  growth per cycle, cycles 10 → ${MEMORY_CYCLES}`, (o) => o.growthPerCycle),
      row('  … as a share of one mounted element', (o) => `${o.growthPerCycleShareOfOneElement}%`),
      row('DOM nodes: loaded / mounted / removed / 10 / 50 cycles', (o) => `${o.loaded.nodes} / ${o.mounted.nodes} / ${o.removed.nodes} / ${o.snapshots[10].nodes} / ${o.afterCycles.nodes}`),
      row('JS event listeners: loaded / mounted / after 50 cycles', (o) => `${o.loaded.listeners} / ${o.mounted.listeners} / ${o.afterCycles.listeners}`),
    ],
    [
      'A leak of the element would grow the heap by about one mounted element per cycle; a growth per cycle that is a small',
      'fraction of it, with DOM nodes and listeners back to the same level, means a removed element leaves nothing behind.',
    ],
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// 5. Engine speed, in Node.

async function measureEngine() {
  const { triage } = await import(pathToFileURL(join(repo, 'dist/triage/index.js')).href + `?t=${Date.now()}`);
  const inputs = vignettes.map((v) => v.answers);
  let mismatches = 0;
  vignettes.forEach((v) => triage(v.answers).level !== v.expected && mismatches++);
  let sink = 0;
  const t = performance.now();
  while (performance.now() - t < 300) for (const a of inputs) sink += triage(a).reasons.length; // warm-up
  const trials = [];
  for (let trial = 0; trial < 5; trial++) {
    let calls = 0;
    const start = performance.now();
    let elapsed;
    do {
      for (const a of inputs) sink += triage(a).reasons.length;
      calls += inputs.length;
      elapsed = performance.now() - start;
    } while (elapsed < 500);
    trials.push((calls * 1000) / elapsed);
  }
  const median = quantile(trials, 0.5);
  const out = { module: 'dist/triage/index.js', vignettes: inputs.length, trials: trials.map((x) => Math.round(x)), callsPerSecondMedian: Math.round(median), microsecondsPerCall: round(1e6 / median, 2), levelMismatches: mismatches };
  if (sink < 0) log('unreachable: keeps the calls from being optimized away');
  table(
    '5. Engine speed (Node, dist/triage/index.js)',
    ['', 'value'],
    [
      ['triage() calls per second (median of 5 × 0.5 s)', out.callsPerSecondMedian],
      ['µs per call', out.microsecondsPerCall],
      ['trials (calls/s)', out.trials.map((x) => x.toLocaleString('en-US')).join(', ')],
      ['vignettes cycled / level mismatches', `${out.vignettes} / ${mismatches}`],
    ],
    [`Node ${process.version}; complete answers of every public vignette, round-robin.`],
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// 6. Layout shift and long tasks on the demo page.

function installObservers() {
  window.__perf = { shifts: [], longtasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__perf.shifts.push({ t: e.startTime, value: e.value, input: e.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__perf.longtasks.push({ t: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function layoutRun(browser, origin, viewport) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    tab.setDefaultTimeout(15_000);
    await tab.setViewport(viewport);
    await tab.setCacheEnabled(false);
    await tab.evaluateOnNewDocument(installObservers);
    await tab.goto(`${origin}/demo/index.html`, { waitUntil: 'load' });
    const shadowQuery = (selector) => document.querySelector('spasm-checker')?.shadowRoot?.querySelector(selector) ?? null;
    await tab.waitForFunction(`(${shadowQuery})('form input')`, { polling: 'raf' });
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await sleep(500);
    const walkStart = await tab.evaluate(() => performance.now());
    const vignette = vignettes[0];
    let steps = 0;
    for (; steps < 30; steps++) {
      const q = await tab.evaluate(`(${shadowQuery})('form input')?.name ?? null`);
      if (!q) break;
      if (!(q in vignette.answers)) throw new Error(`asked ${q}, which ${vignette.id} does not cover`);
      for (const value of [vignette.answers[q]].flat()) {
        const label = await tab.evaluateHandle(
          (v) => {
            const input = document.querySelector('spasm-checker').shadowRoot.querySelector(`form input[value="${CSS.escape(v)}"]`);
            return input && !input.checked ? input.closest('label') : null;
          },
          value,
        );
        if (label.asElement()) await label.asElement().click(); // trusted input: later shifts get hadRecentInput
        await label.dispose();
      }
      const button = await tab.evaluateHandle(`(${shadowQuery})('form button[type="submit"]')`);
      if (!button.asElement()) throw new Error(`no Continue on ${q}`);
      await button.asElement().click();
      await button.dispose();
      await tab.waitForFunction(
        (question) => {
          const root = document.querySelector('spasm-checker').shadowRoot;
          const input = root.querySelector('form input');
          return input ? input.name !== question : !!root.querySelector('[data-level]');
        },
        { polling: 'raf', timeout: 5000 },
        q,
      );
      await sleep(100);
    }
    await sleep(700);
    const perf = await tab.evaluate(() => window.__perf);
    const level = await tab.evaluate(`(${shadowQuery})('[data-level]')?.getAttribute('data-level') ?? null`);
    const phase = (t) => (t < walkStart ? 'load' : 'walk');
    const out = { viewport, vignette: vignette.id, steps, level };
    for (const p of ['load', 'walk']) {
      const shifts = perf.shifts.filter((s) => phase(s.t) === p);
      const tasks = perf.longtasks.filter((s) => phase(s.t) === p);
      out[p] = {
        layoutShift: round(shifts.filter((s) => !s.input).reduce((a, s) => a + s.value, 0), 4),
        layoutShiftAfterInputExcluded: round(shifts.filter((s) => s.input).reduce((a, s) => a + s.value, 0), 4),
        shiftEntries: shifts.length,
        longTasks: tasks.length,
        longestTaskMs: tasks.length ? round(Math.max(...tasks.map((x) => x.duration)), 0) : 0,
      };
    }
    return out;
  } finally {
    await context.close();
  }
}

async function measureLayout(browser, origin) {
  const out = {
    mobile: await layoutRun(browser, origin, { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }),
    desktop: await layoutRun(browser, origin, { width: 1350, height: 940, deviceScaleFactor: 1 }),
  };
  const rows = [];
  for (const [name, o] of Object.entries(out)) {
    rows.push([`${name} ${o.viewport.width}×${o.viewport.height}: load/upgrade`, o.load.layoutShift.toFixed(4), o.load.layoutShiftAfterInputExcluded.toFixed(4), o.load.longTasks, o.load.longestTaskMs]);
    rows.push([`${name}: walk (${o.steps} steps, ${o.vignette} → ${o.level})`, o.walk.layoutShift.toFixed(4), o.walk.layoutShiftAfterInputExcluded.toFixed(4), o.walk.longTasks, o.walk.longestTaskMs]);
  }
  table(
    '6. Layout shift and long tasks on demo/index.html (Chromium, no CPU slow-down)',
    ['', 'layout shift (sum, no recent input)', 'excluded (after input)', 'long tasks > 50 ms', 'longest (ms)'],
    rows,
    ['PerformanceObserver for layout-shift and longtask installed before any page script; the walk uses trusted mouse clicks (puppeteer), so', 'shifts within 500 ms of a click carry hadRecentInput and are excluded, as in CLS.'],
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// 7. Lighthouse, through npx (not a dependency).

async function measureLighthouse(origin) {
  if (process.env.BENCH_SKIP_LIGHTHOUSE) return { unavailable: 'skipped (BENCH_SKIP_LIGHTHOUSE)' };
  const out = {};
  const env = { ...process.env, CHROME_PATH: CHROME, npm_config_yes: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  for (const form of ['mobile', 'desktop']) {
    const path = join(tmp, `lh-${form}.json`);
    const args = [
      '--yes',
      LIGHTHOUSE,
      `${origin}/demo/index.html`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${path}`,
      '--quiet',
      ...(form === 'desktop' ? ['--preset=desktop'] : []),
    ];
    rmSync(path, { force: true }); // never read a report left by an earlier run
    log(`lighthouse (${form}) …`);
    const started = Date.now();
    // The first run may install lighthouse into npx's cache: give it longer.
    const r = await run('npx', args, { timeout: form === 'mobile' ? 300_000 : 150_000, env, capture: true });
    const seconds = round((Date.now() - started) / 1000, 1);
    let report = null;
    try {
      if (r.code === 0) report = JSON.parse(readFileSync(path, 'utf8'));
    } catch {}
    if (!report) {
      const lines = r.out.trim().split('\n').map((l) => l.trim()).filter(Boolean);
      const telling = lines.filter((l) => /error|ERR|killed|Runtime|Unable|fail/i.test(l) && !/complete log|npm help|proxy/i.test(l));
      const reason = (telling.length ? telling.slice(0, 3) : lines.slice(-3)).join(' | ').slice(0, 300) || `exit code ${r.code}`;
      out[form] = { unavailable: `lighthouse unavailable: ${reason}` };
      if (form === 'mobile') {
        out.desktop = { unavailable: 'lighthouse unavailable: see mobile' };
        break;
      }
      continue;
    }
    const score = (c) => (report.categories?.[c]?.score == null ? null : Math.round(report.categories[c].score * 100));
    const audit = (a) => report.audits?.[a]?.numericValue ?? null;
    out[form] = {
      version: report.lighthouseVersion,
      seconds,
      report: relative(repo, path),
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcpMs: round(audit('first-contentful-paint'), 0),
      lcpMs: round(audit('largest-contentful-paint'), 0),
      tbtMs: round(audit('total-blocking-time'), 0),
      cls: round(audit('cumulative-layout-shift'), 4),
      runWarnings: report.runWarnings ?? [],
      // Every weighted audit that did not get full marks, so a score below 100 can be read.
      notFullMarks: Object.entries(report.categories ?? {}).flatMap(([category, c]) =>
        (c.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score != null && report.audits[ref.id].score < 1)
          .map((ref) => `${category}/${ref.id} ${report.audits[ref.id].score}${report.audits[ref.id].displayValue ? ` (${report.audits[ref.id].displayValue})` : ''}`),
      ),
    };
  }
  const rows = ['mobile', 'desktop'].map((form) => {
    const o = out[form] ?? { unavailable: 'not run' };
    return o.unavailable ? [form, 'unavailable', '–', '–', '–', '–', '–', '–'] : [form, o.performance, o.accessibility, o.bestPractices, o.fcpMs, o.lcpMs, o.tbtMs, o.cls?.toFixed(4)];
  });
  table(`7. Lighthouse ${LIGHTHOUSE} on demo/index.html (npx; default mobile form factor, and --preset=desktop)`, ['', 'performance', 'accessibility', 'best practices', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'], rows, [
    'Lighthouse\'s own simulated throttling; reports in bench/tmp/lh-<form>.json. The bench server answers /favicon.ico with 204.',
    ...['mobile', 'desktop'].flatMap((f) => (out[f]?.unavailable ? [`${f}: ${out[f].unavailable}`] : [])),
    ...['mobile', 'desktop'].flatMap((f) => (out[f]?.notFullMarks?.length ? [`${f}, below full marks: ${out[f].notFullMarks.join('; ')}`] : [])),
    ...['mobile', 'desktop'].flatMap((f) => (out[f]?.runWarnings?.length ? [`${f} warnings: ${out[f].runWarnings.join(' | ').slice(0, 300)}`] : [])),
  ]);
  return out;
}

// ---------------------------------------------------------------------------------------------

const results = { date: new Date().toISOString(), node: process.version, chromium: null, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, os: `${platform()} ${release()}`, warnings: [], errors: {} };
let browser;
let server;
const cleanup = async () => {
  await browser?.close().catch(() => {});
  browser = undefined;
  if (server) {
    server.closeAllConnections?.();
    await new Promise((r) => server.close(() => r()));
    server = undefined;
  }
};
const watchdog = setTimeout(() => {
  log('over 12 minutes: giving up');
  cleanup().finally(() => process.exit(1));
}, 12 * 60_000);

async function section(key, label, fn) {
  log(`${label} …`);
  const started = Date.now();
  try {
    results[key] = await fn();
    log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    results.errors[key] = String(error?.stack ?? error);
    log(`${label} FAILED: ${error?.message ?? error}`);
    printed.push(`\n${label}: FAILED to measure: ${error?.message ?? error}`);
  }
}

try {
  if (!process.env.BENCH_SKIP_BUILD) {
    log('npm run build …');
    const started = Date.now() - 2000;
    const r = await run('npm', ['run', 'build'], { timeout: 180_000 });
    if (r.code !== 0) {
      // The JavaScript builds run before tsc's .d.ts step: measure them if they are fresh.
      const fresh = ['dist/spasm-checker.js', 'dist/triage/index.js'].every((f) => existsSync(join(repo, f)) && statSync(join(repo, f)).mtimeMs >= started);
      if (!fresh) throw new Error(`npm run build failed (exit ${r.code})`);
      results.warnings.push(`npm run build exited ${r.code}, but dist/spasm-checker.js and dist/triage/index.js were rebuilt: measured them`);
      log(results.warnings.at(-1));
    }
  }
  if (!existsSync(join(repo, 'dist/spasm-checker.js'))) throw new Error('dist/spasm-checker.js is missing');
  log('building the baseline …');
  await build({ configFile: 'bench/vite.baseline.config.ts', logLevel: 'warn' });
  for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(tmp, name), html);

  await section('size', '1. size', measureSizes);
  await section('engine', '5. engine speed', measureEngine);

  server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteerCore.launch({ executablePath: CHROME, headless: true, args: CHROME_FLAGS, protocolTimeout: 120_000, timeout: 60_000 });
  results.chromium = await browser.version();
  await section('timeToFirstQuestion', '2. time to first question', () => measureTtfq(browser, origin));
  await section('stepLatency', '3. step latency', () => measureSteps(browser, origin));
  await section('memory', '4. memory', () => measureMemory(browser, origin));
  await section('layout', '6. layout shift and long tasks', () => measureLayout(browser, origin));
  await browser.close();
  browser = undefined;
  await section('lighthouse', '7. lighthouse', () => measureLighthouse(origin));
} catch (error) {
  results.errors.run = String(error?.stack ?? error);
  log(`FAILED: ${error?.message ?? error}`);
} finally {
  await cleanup();
  clearTimeout(watchdog);
}

// Print in the order of the brief (engine speed was measured early, before the browser started).
const order = ['1. Size', '1b.', '2.', '3.', '4.', '5.', '6.', '7.'];
const rank = (block) => {
  const i = order.findIndex((p) => block.trimStart().toLowerCase().startsWith(p.toLowerCase()));
  return i < 0 ? order.length : i;
};
console.log(`spasm-checker bench · ${results.date} · Node ${results.node} · ${results.chromium ?? 'Chromium: not started'} · ${results.cpus} CPUs (${results.cpuModel})`);
console.log(printed.sort((a, b) => rank(a) - rank(b)).join('\n'));
writeFileSync(join(repo, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nWrote bench/results.json.${Object.keys(results.errors).length ? ` Not measured: ${Object.keys(results.errors).join(', ')}.` : ''}`);
const lighthouseDown = results.lighthouse && ['mobile', 'desktop'].some((f) => results.lighthouse[f]?.unavailable);
for (const w of results.warnings) console.log(`Warning: ${w}`);
if (lighthouseDown) console.log('Lighthouse was unavailable (see section 7); the other figures stand.');
process.exitCode = Object.keys(results.errors).length ? 1 : 0;
