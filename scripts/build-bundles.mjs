// Builds the one-file scripts: dist/spasm-checker.js with every language, then one file per
// language in src/i18n/languages.json (each from its entry module in src/bundles/).
import { build } from 'vite';
import { LANGUAGES } from './languages.mjs';

for (const mode of ['production', ...LANGUAGES]) {
  await build({ configFile: 'vite.bundle.config.ts', mode, logLevel: 'warn' });
}
