// The bench's baseline (bench/baseline/bare-element.ts) built with the same options as
// vite.bundle.config.ts: es2021, minified, one IIFE with Lit inside, no code splitting, and the same
// template minifier. Output: bench/tmp/baseline/bare-element.js (bench/tmp/ is git-ignored).
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from '../scripts/minify-templates.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// minifyTemplates() only touches files under a /src/ folder; show it the baseline as if it were one,
// so that both builds get exactly the same template treatment.
function minifyBenchTemplates(): Plugin {
  const inner = minifyTemplates();
  const transform = inner.transform as (this: unknown, code: string, id: string) => unknown;
  return {
    ...inner,
    name: 'bench:minify-templates',
    transform(code, id) {
      return transform.call(this, code, id.replace('/bench/baseline/', '/bench/baseline/src/')) as ReturnType<
        Extract<Plugin['transform'], (...args: never[]) => unknown>
      >;
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: [minifyBenchTemplates()],
  build: {
    target: 'es2021',
    outDir: 'bench/tmp/baseline',
    emptyOutDir: true,
    minify: true,
    lib: {
      entry: 'bench/baseline/bare-element.ts',
      formats: ['iife'],
      name: 'BareElementBundle',
      fileName: () => 'bare-element.js',
    },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
