// A Vite plugin for the one-file builds: `import text from '../i18n/en.js?json-text'` gives that
// module's default export, evaluated at build time, as one string of JSON. A browser scans a string
// far faster than it parses an object literal of the same size, and the wording is then parsed
// (JSON.parse, src/i18n/wording.ts) only when an element first needs that language. The typed,
// reviewed source stays src/i18n/<lang>.ts: this only changes how it ships.
import { isDeepStrictEqual } from 'node:util';
import { runnerImport, type Plugin } from 'vite';

/** The query that asks for a module's default export as JSON text. */
export const JSON_TEXT = '?json-text';

/** The module that stands for `id` when `id` asks for JSON text, else null. */
export async function jsonTextModule(id: string): Promise<{ code: string; dependencies: string[] } | null> {
  if (!id.endsWith(JSON_TEXT)) return null;
  const file = id.slice(0, -JSON_TEXT.length);
  // Vite's own way to run a TypeScript module in Node (it loads vite.config.ts with it), so the
  // value is exactly what the type check and the tests see, with no second copy to keep in step.
  const { module, dependencies } = await runnerImport<{ default?: unknown }>(file);
  if (module.default === undefined) throw new Error(`${file} has no default export to ship as JSON text.`);
  const json = JSON.stringify(module.default);
  // What JSON.parse gives back must be what was written: no undefined, function or class value lost.
  if (!isDeepStrictEqual(JSON.parse(json), module.default)) throw new Error(`${file} does not survive JSON.`);
  return { code: `export default ${JSON.stringify(json)};`, dependencies: [file, ...dependencies] };
}

/** The plugin: resolves `<module>?json-text` imports, and rebuilds in watch mode when the module changes. */
export function wordingAsJson(): Plugin {
  return {
    name: 'spasm-checker:wording-as-json',
    async load(id) {
      const made = await jsonTextModule(id);
      if (!made) return null;
      for (const file of made.dependencies) this.addWatchFile(file);
      return made.code;
    },
  };
}
