// dist/spasm-checker.js: one minified classic script (IIFE) with Lit inside and no chunks, that
// works under <script src> and <script type="module" src> alike. With `--mode en` or `--mode es`
// it builds dist/spasm-checker.<lang>.js, with that one language only.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const LANGUAGES = ['en', 'es'];

// A second copy of the file must not even start: its Lit would ask Trusted Types for a second
// "lit-html" policy, which a strict policy refuses with an error. A different version says so once.
const banner =
  `{let e=self.customElements&&customElements.get("spasm-checker");` +
  `if(e&&e.version!==${JSON.stringify(version)})console.warn("<spasm-checker>: version "+e.version+" is already registered; version ${version} is not used.");` +
  `if(!e)`;

/** Keeps one language in src/i18n/locales.ts, so the other's wording is never bundled. */
function onlyLanguage(lang: string): Plugin {
  return {
    name: 'spasm-checker:only-language',
    enforce: 'pre', // on the TypeScript source, before types are stripped
    transform(code, id) {
      if (!id.endsWith('/src/i18n/locales.ts')) return null;
      const others = LANGUAGES.filter((l) => l !== lang);
      let out = code.replace(/(locales: Readonly<Record<string, Messages>> = )\{[^}]*\}/, `$1{ ${lang} }`);
      for (const other of others) out = out.replace(new RegExp(`^import \\{ ${other} \\} from .*$`, 'm'), '');
      if (!out.includes(`= { ${lang} }`) || others.some((o) => out.includes(`import { ${o} }`))) {
        throw new Error('only-language: src/i18n/locales.ts changed shape');
      }
      return { code: out, map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const lang = LANGUAGES.includes(mode) ? mode : null;
  return {
    plugins: [minifyTemplates(), ...(lang ? [onlyLanguage(lang)] : [])],
    build: {
      target: 'es2021',
      outDir: 'dist',
      emptyOutDir: false,
      // Terser with three passes: about 200 bytes gzip below Vite's default minifier on this file.
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_arrows: true } },
      lib: {
        entry: 'src/bundle.ts',
        formats: ['iife'],
        name: 'SpasmCheckerBundle',
        fileName: () => (lang ? `spasm-checker.${lang}.js` : 'spasm-checker.js'),
      },
      rolldownOptions: { output: { codeSplitting: false, banner, footer: '}' } },
    },
  };
});
