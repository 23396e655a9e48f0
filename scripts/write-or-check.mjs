// Generated files that are committed: write them, or with --check only compare and fail naming each
// stale one. One helper, so every generator and CI agree on what "stale" means and how it is told.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths are relative to the repository, not to where the script was started from.
const ROOT = new URL('../', import.meta.url);
const absolute = (/** @type {string} */ path) => fileURLToPath(new URL(path, ROOT));

/**
 * The text of a generated file as it stands in the repository, or null when it does not exist.
 * @param {string} path relative to the repository root
 * @returns {string | null}
 */
export function committedText(path) {
  return existsSync(absolute(path)) ? readFileSync(absolute(path), 'utf8') : null;
}

/**
 * Writes each file, or when `check` is true (by default: `--check` on the command line) writes
 * nothing and sets a failing exit code if any file is missing or differs from its fresh text.
 * @param {Record<string, string>} files fresh text by path, relative to the repository root
 * @param {{ hint: string, check?: boolean }} how `hint` says how to refresh a stale file
 * @returns {boolean} false when checking found a stale or missing file
 */
export function writeOrCheck(files, { hint, check = process.argv.includes('--check') }) {
  const paths = Object.keys(files);
  if (!check) {
    for (const path of paths) {
      mkdirSync(dirname(absolute(path)), { recursive: true });
      writeFileSync(absolute(path), files[path]);
      console.log(`wrote ${path} (${Buffer.byteLength(files[path])} bytes)`);
    }
    return true;
  }
  const stale = paths.filter((path) => committedText(path) !== files[path]);
  for (const path of stale) console.error(`${path} is ${committedText(path) === null ? 'missing' : 'stale'}: ${hint}`);
  if (stale.length) process.exitCode = 1;
  else console.log(`${paths.join(' and ')} ${paths.length === 1 ? 'is' : 'are'} up to date.`);
  return stale.length === 0;
}
