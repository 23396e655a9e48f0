// Finds the Chromium and Firefox that the browser tests run in (Debian's packages, no downloads).
// Run directly, it stops with one clear line when one is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = {
  chromium: [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};
const installHint = {
  chromium: 'install it with "sudo apt-get install -y chromium" or set CHROME_PATH',
  firefox: 'install it with "sudo apt-get install -y firefox-esr" or set FIREFOX_PATH',
};

/** The executable path of a browser, or null. */
export const findBrowser = (name) => candidates[name].find((path) => path && existsSync(path)) ?? null;

/** The browsers to test in: all of them unless BROWSERS names some. */
export const wantedBrowsers = () =>
  (process.env.BROWSERS || 'chromium,firefox')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const missing = wantedBrowsers().filter((name) => !findBrowser(name));
  for (const name of missing) console.error(`${name} was not found: ${installHint[name]}.`);
  process.exit(missing.length ? 1 : 0);
}
