// dist/configurator.js: the configurator page's script (demo/configurator.html), one minified
// classic script that shares the element's own validation code. It never empties dist/, which
// holds the other builds.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    lib: {
      entry: 'demo/configurator.ts',
      formats: ['iife'],
      name: 'SpasmCheckerConfigurator',
      fileName: () => 'configurator.js',
    },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
