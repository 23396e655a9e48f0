// The npm build: ES modules with Lit left external, so that "spasm-checker" registers nothing,
// "spasm-checker/define" registers, and the engine stands alone. (dist/spasm-checker.js is the
// one-file build from vite.bundle.config.ts, so no module here may take that name.)
import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

export default defineConfig({
  plugins: [minifyTemplates()],
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', define: 'src/define.ts', 'triage/index': 'src/triage/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/.*)?$/, /^@lit\//],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' },
    },
  },
});
