// dist/spasm-checker.js: one minified classic script (IIFE) with Lit inside and no chunks, that
// works under <script src> and <script type="module" src> alike.
import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

export default defineConfig({
  plugins: [minifyTemplates()],
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    lib: { entry: 'src/bundle.ts', formats: ['iife'], name: 'SpasmCheckerBundle', fileName: () => 'spasm-checker.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
