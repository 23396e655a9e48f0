// Subresource Integrity for the one-file build: writes dist/spasm-checker.js.sri (sha384), and with
// --readme puts that hash (and the package version) into the pinned snippets of the README and
// docs/install.md (--readme --check: only fails when they do not pin this build).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { BUNDLE, BUNDLES } from './languages.mjs';
import { writeOrCheck } from './write-or-check.mjs';

export { BUNDLE, BUNDLES };

/** The integrity value of the current build, "sha384-…". */
export function integrity(file = BUNDLE) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/** The README with every pinned snippet pointing at this build and version. */
export function pinnedReadme(readme, hash, version) {
  return readme
    .replace(/integrity="sha384-[A-Za-z0-9+/=]*"/g, `integrity="${hash}"`)
    .replace(/spasm-checker-\d+\.\d+\.\d+(-[\w.]+)?\.js/g, `spasm-checker-${version}.js`)
    .replace(/spasm-checker@\d+\.\d+\.\d+(-[\w.]+)?\//g, `spasm-checker@${version}/`);
}

if (process.argv[1]?.endsWith('sri.mjs')) {
  for (const file of BUNDLES) writeFileSync(`${file}.sri`, `${integrity(file)}\n`);
  const hash = integrity();
  console.log(`${BUNDLE}.sri: ${hash}`);
  if (process.argv.includes('--readme')) {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    // The install guide carries the same snippet as the README: both are pinned together.
    const docs = ['README.md', 'docs/install.md'];
    const pinned = Object.fromEntries(docs.map((doc) => [doc, pinnedReadme(readFileSync(doc, 'utf8'), hash, version)]));
    writeOrCheck(pinned, { hint: 'run "npm run build && npm run pin-readme"' });
  }
}
