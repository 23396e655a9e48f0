// The one list of languages (src/i18n/languages.json) and the one-file builds it implies, for the
// build, the Subresource Integrity files and the size check.
import { readFileSync } from 'node:fs';

/** @type {string[]} Language codes, the first one the fallback. */
export const LANGUAGES = JSON.parse(readFileSync(new URL('../src/i18n/languages.json', import.meta.url), 'utf8'));

/** The one-file build with every language. */
export const BUNDLE = 'dist/spasm-checker.js';

/** A one-file build: every language with no argument, else that language only. */
export const bundleFile = (/** @type {string} */ lang = '') => (lang ? `dist/spasm-checker.${lang}.js` : BUNDLE);

/** Every one-file build: every language first, then one per language. */
export const BUNDLES = [BUNDLE, ...LANGUAGES.map((lang) => bundleFile(lang))];
