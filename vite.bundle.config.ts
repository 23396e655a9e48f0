// dist/spasm-checker.js: one minified classic script (IIFE) with Lit inside and no chunks, that
// works under <script src> and <script type="module" src> alike.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// A second copy of the file must not even start: its Lit would ask Trusted Types for a second
// "lit-html" policy, which a strict policy refuses with an error. A different version says so once.
const banner =
  `{let e=self.customElements&&customElements.get("spasm-checker");` +
  `if(e&&e.version!==${JSON.stringify(version)})console.warn("<spasm-checker>: version "+e.version+" is already registered; version ${version} is not used.");` +
  `if(!e)`;

export default defineConfig({
  plugins: [minifyTemplates()],
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    lib: { entry: 'src/bundle.ts', formats: ['iife'], name: 'SpasmCheckerBundle', fileName: () => 'spasm-checker.js' },
    rolldownOptions: { output: { codeSplitting: false, banner, footer: '}' } },
  },
});
