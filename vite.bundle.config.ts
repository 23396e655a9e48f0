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

/** V8's magic comment for "compile every function in this file eagerly"; it must be the file's first line. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

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
      terserOptions: {
        ecma: 2020,
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
        // Chrome's explicit compile hint (Chrome 136 and later; other browsers ignore a comment): V8
        // compiles every function on the thread that streams the file, instead of each one on the
        // main thread when first called. The first screen's code is then ready when the element
        // starts (the result, print and learn views are compiled too, off the main thread). In 20
        // interleaved loads each, loads with a task over 50 ms fell from 4 and 9 to 0, with no
        // change in time to the first question beyond the noise (bench/first-question.mjs's probe).
        format: { preamble: COMPILE_HINT },
        // Lit's convention: a class member named with a leading double underscore is private to this
        // file, so it ships under a short name (Lit's own build does the same). Lit's production code
        // has no such names (its cross-version names start with "_$"), and no test, page or other
        // module reads ours. Reactive properties keep their names: Lit looks them up as strings.
        mangle: { properties: { regex: /^__/ } },
      },
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
