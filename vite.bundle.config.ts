// dist/spasm-checker.js: one minified classic script (IIFE) with Lit inside and no chunks, that
// works under <script src> and <script type="module" src> alike. With `--mode <language>` (one of
// src/i18n/languages.json) it builds dist/spasm-checker.<language>.js from its own entry module in
// src/bundles/, with that language's wording only. scripts/build-bundles.mjs builds them all. Each
// language's wording ships as JSON text, parsed on first use (scripts/wording-as-json.ts).
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';
import { wordingAsJson } from './scripts/wording-as-json.js';
import { LANGUAGES, bundleFile } from './scripts/languages.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// A second copy of the file must not even start: its Lit would ask Trusted Types for a second
// "lit-html" policy, which a strict policy refuses with an error. A different version says so once.
const banner =
  `{let e=self.customElements&&customElements.get("spasm-checker");` +
  `if(e&&e.version!==${JSON.stringify(version)})console.warn("<spasm-checker>: version "+e.version+" is already registered; version ${version} is not used.");` +
  `if(!e)`;

export default defineConfig(({ mode }) => {
  const lang = LANGUAGES.includes(mode) ? mode : '';
  return {
    plugins: [minifyTemplates(), wordingAsJson()],
    build: {
      target: 'es2021',
      outDir: 'dist',
      emptyOutDir: false,
      // Terser with three passes: about 200 bytes gzip below Vite's default minifier on this file.
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_arrows: true } },
      lib: {
        entry: `src/bundles/spasm-checker${lang ? `.${lang}` : ''}.ts`,
        formats: ['iife'],
        name: 'SpasmCheckerBundle',
        fileName: () => bundleFile(lang).replace(/^dist\//, ''),
      },
      rolldownOptions: { output: { codeSplitting: false, banner, footer: '}' } },
    },
  };
});
