// Sizes: what a patient downloads (gzip -9 and brotli 11 with node:zlib), against the budget that
// scripts/size.mjs enforces, and the split of the one-file build by part, read from its source map.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { build } from 'vite';
import { ELEMENTS, repo, round, table } from './common.mjs';

/** @param {Buffer} buf */
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
/** @param {Buffer} buf */
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const FILES = [
  { name: 'widget, English and Spanish', file: ELEMENTS.widget.file },
  { name: 'widget, English only', file: 'dist/spasm-checker.en.js' },
  { name: 'widget, Spanish only', file: 'dist/spasm-checker.es.js' },
  { name: 'bare Lit element', file: ELEMENTS.bare.file },
];

/** The limit and aim scripts/size.mjs holds a one-file build to (it prints them). @param {string} file */
function budgetOf(file) {
  const run = spawnSync(process.execPath, ['scripts/size.mjs', '--file', file], { cwd: repo, encoding: 'utf8' });
  const m = /\(limit (\d+), aim (\d+)[,)]/.exec(run.stdout);
  return m ? { limit: Number(m[1]), aim: Number(m[2]) } : null;
}

/** @param {string} file repository-relative source path */
function partOf(file) {
  if (/(^|\/)node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(file)) return 'Lit';
  if (file.startsWith('src/triage/')) return 'engine (src/triage)';
  if (file.startsWith('src/content/')) return 'rules and content (src/content)';
  // A language ships as JSON text (src/i18n/<lang>.js?json-text, scripts/wording-as-json.ts).
  const locale = /^src\/i18n\/([a-z]{2,3})\.[jt]s(\?json-text)?$/.exec(file);
  if (locale) return `wording, ${locale[1]} (src/i18n/${locale[1]}.ts)`;
  if (file.startsWith('src/i18n/')) return 'i18n runtime (src/i18n)';
  if (file === 'src/spasm-checker.styles.ts') return 'styles (src/spasm-checker.styles.ts)';
  if (file.startsWith('src/')) return 'view and the rest of src/';
  if (file.startsWith('bench/baseline/')) return 'the bare element';
  return file ? `other: ${file}` : '(unmapped: IIFE wrapper, banner)';
}

/**
 * The minified code cut into parts, each generated segment counted for the source it maps to.
 * @param {string} code @param {import('@jridgewell/trace-mapping').SourceMapInput} map @param {string} outDir
 */
function split(code, map, outDir) {
  const traced = new TraceMap(map);
  /** @type {[number, string | null][][]} */
  const segments = code.split('\n').map(() => []);
  eachMapping(traced, (m) => segments[m.generatedLine - 1]?.push([m.generatedColumn, m.source]));
  /** @type {Map<string, string[]>} */
  const pieces = new Map();
  /** @param {string | null} source @param {string} text */
  const add = (source, text) => {
    const part = partOf(
      source
        ? relative(repo, resolve(repo, outDir, source))
            .split(sep)
            .join('/')
        : '',
    );
    pieces.set(part, [...(pieces.get(part) ?? []), text]);
  };
  code.split('\n').forEach((text, i, lines) => {
    const line = segments[i].sort((a, b) => a[0] - b[0]);
    add(null, text.slice(0, line[0]?.[0] ?? text.length) + (i < lines.length - 1 ? '\n' : ''));
    line.forEach(([column, source], j) => add(source, text.slice(column, line[j + 1]?.[0] ?? text.length)));
  });
  const total = Buffer.byteLength(code);
  return [...pieces]
    .map(([part, list]) => {
      const bytes = Buffer.from(list.join(''));
      return { part, minified: bytes.length, share: round((100 * bytes.length) / total), gzipAlone: gzip(bytes) };
    })
    .sort((a, b) => b.minified - a.minified);
}

/** Builds with a source map in memory (nothing written) and splits the result. @param {string} configFile @param {string} outDir */
async function builtAndSplit(configFile, outDir) {
  const result = await build({
    configFile,
    logLevel: 'warn',
    build: { write: false, sourcemap: true, emptyOutDir: false },
  });
  const [{ output }] = /** @type {import('vite').Rolldown.RolldownOutput[]} */ ([result].flat());
  const chunk = output.find((o) => o.type === 'chunk');
  if (!chunk?.map) throw new Error(`${configFile}: the build returned no source map`);
  const code = chunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  return { bytes: Buffer.byteLength(code), parts: split(code, /** @type {any} */ (chunk.map), outDir) };
}

export async function measure() {
  const files = FILES.map(({ name, file }) => {
    const buf = readFileSync(join(repo, file));
    const budget = file.startsWith('dist/') ? budgetOf(file) : null;
    return { name, file, raw: buf.length, gzip: gzip(buf), brotli: brotli(buf), budget };
  });
  const widget = await builtAndSplit('vite.bundle.config.ts', 'dist');
  const bare = await builtAndSplit('bench/vite.baseline.config.ts', 'bench/tmp/baseline');
  return {
    files,
    split: { widget: widget.parts, bare: bare.parts },
    splitBuildMatchesDist: widget.bytes === files[0].raw,
  };
}

/** @param {any} r what measure() returned */
export function report(r) {
  const bare = r.files.find((/** @type {any} */ f) => f.file === ELEMENTS.bare.file);
  const sizes = table(
    'Sizes (bytes; gzip -9 and brotli 11 with node:zlib)',
    ['', 'file', 'raw', 'gzip -9', 'brotli 11', '× bare (gzip)', 'limit / aim (gzip)'],
    r.files.map((/** @type {any} */ f) => [
      f.name,
      f.file,
      f.raw,
      f.gzip,
      f.brotli,
      `${round(f.gzip / bare.gzip, 2)}×`,
      f.budget ? `${f.budget.limit} / ${f.budget.aim}${f.gzip > f.budget.limit ? ' OVER' : ''}` : '',
    ]),
    ['Limits and aims as scripts/size.mjs (npm run test:size) holds them.'],
  );
  const rows = (/** @type {any[]} */ parts) => parts.map((p) => [p.part, p.minified, `${p.share}%`, p.gzipAlone]);
  const parts = table(
    'Split by part, minified bytes from the source map (widget, then the bare element)',
    ['part', 'minified', 'share', 'gzip -9 alone'],
    [...rows(r.split.widget), ['bare element:', '', '', ''], ...rows(r.split.bare)],
    [
      'Each generated segment counts for the source file it maps to. "gzip alone" compresses a part by itself: the parts share',
      `context in the real file, so they add up to more than its gzip size.${r.splitBuildMatchesDist ? '' : ' NOTE: the source-mapped build differs in length from dist/spasm-checker.js.'}`,
    ],
  );
  return sizes + '\n' + parts;
}
