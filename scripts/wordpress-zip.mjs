// Builds the installable WordPress plugin (Plugins › Add New › Upload): integrations/wordpress/
// with the package version written in, and the one-file build beside it, zipped under one folder.
// Run by `npm run build`, after the one-file build.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { zipSync, strToU8 } from 'fflate';

export const SOURCE = 'integrations/wordpress';
export const SLUG = 'spasm-checker';
/** Written in the sources where the build puts the version. */
export const PLACEHOLDER = '0.0.0-source';

export const zipName = (version) => `dist/${SLUG}-wordpress-${version}.zip`;

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((p) => join(name, p)) : [name];
  });
}

/** The plugin's files, keyed by their path in the zip. */
export function pluginFiles(version, bundle = 'dist/spasm-checker.js') {
  /** @type {Record<string, Uint8Array>} */
  const files = {};
  for (const path of filesUnder(SOURCE)) {
    const text = readFileSync(join(SOURCE, path), 'utf8');
    files[`${SLUG}/${path}`] = strToU8(text.replaceAll(PLACEHOLDER, version));
  }
  files[`${SLUG}/spasm-checker.js`] = readFileSync(bundle);
  files[`${SLUG}/LICENSE`] = readFileSync('LICENSE');
  return files;
}

if (process.argv[1]?.endsWith('wordpress-zip.mjs')) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  // A fixed date keeps the zip byte-for-byte the same for the same sources.
  const zip = zipSync(pluginFiles(version), { level: 9, mtime: new Date('2020-01-01T00:00:00Z') });
  const out = zipName(version);
  writeFileSync(out, zip);
  // For `sha256sum -c` next to the downloaded zip.
  writeFileSync(`${out}.sha256`, `${createHash('sha256').update(zip).digest('hex')}  ${basename(out)}\n`);
  console.log(`${relative('.', out)}: ${zip.length} bytes`);
}
