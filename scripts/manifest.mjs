// Generates custom-elements.json from the JSDoc on the element class (never hand-written).
// With --check it only compares and fails when the committed file is stale.
import { writeOrCheck } from './write-or-check.mjs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const FILE = 'custom-elements.json';
const PUBLIC = ['src/spasm-checker.ts', 'src/events.ts', 'src/define.ts', 'src/index.ts'];

/** The manifest the analyzer makes from src/ now, as the text that should be committed. */
export async function freshManifest() {
  const manifest = await cli({
    // The public API only: the element, its events, and the modules that export or register it.
    argv: ['analyze', '--litelement', '--globs', ...PUBLIC, '--quiet'],
    cwd: process.cwd(),
    noWrite: true,
  });
  // The analyzer lists modules in file-system order; sort them so the file is the same everywhere.
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('manifest.mjs')) {
  writeOrCheck({ [FILE]: await freshManifest() }, { hint: 'run "npm run analyze" and commit it.' });
}
