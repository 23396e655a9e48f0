// Browser tests in Debian's Chromium and Firefox ESR, through one launcher (puppeteer-core talks
// CDP to Chromium and WebDriver BiDi to Firefox), so nothing downloads a browser.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docSnippet, policyOf } from './scripts/doc-snippets.mjs';
import { findBrowser, wantedBrowsers } from './scripts/browsers.mjs';
import { chromiumCommandsPlugin } from './test/plugins/chromium-commands.mjs';
import { pressKeysPlugin } from './test/plugins/press-keys.mjs';

// Chromium refuses to start as root without --no-sandbox.
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const quiet = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const launchers = {
  chromium: () =>
    chromeLauncher({
      // Two test files at a time (seen: 147 s to 124 s for the whole run): most of a test's time is
      // spent waiting on the page, not on the CPU.
      concurrency: 2,
      // Each test page in a window of its own, so neither is a hidden tab (a hidden tab gets no
      // animation frames, and a test that waits for the next frame would wait for ever).
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath: findBrowser('chromium'),
        args: [...quiet, ...(asRoot || process.env.CI ? ['--no-sandbox'] : [])],
      },
    }),
  firefox: () =>
    chromeLauncher({
      // One at a time: with two, the machine's two cores are the limit and the run is no faster.
      concurrency: 1,
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true },
    }),
};

// A real response header, as a hospital's server would send it (a <meta> tag cannot carry
// every directive, and the test runner's own page cannot carry it at all): the policy for "a page
// you control", read from docs/install.md so the docs and the test cannot drift apart.
export const STRICT_CSP = policyOf(
  docSnippet(readFileSync(new URL('./docs/install.md', import.meta.url), 'utf8'), 'strictCsp'),
);

function strictCspMiddleware(context, next) {
  if (context.path.startsWith('/test/embed/pages/strict-csp')) context.set('Content-Security-Policy', STRICT_CSP);
  return next();
}

// A page opened with "?slow" gets the one-file build 400 ms late, as on a slow phone network,
// for the layout-shift tests of the demo page as it is.
async function slowScriptMiddleware(context, next) {
  if (context.path !== '/dist/spasm-checker.js') return next();
  if ((context.get('referer') ?? '').endsWith('?slow')) await new Promise((resolve) => setTimeout(resolve, 400));
  await next();
  // Never from the browser's cache, or a "slow" page would get it at once.
  context.set('Cache-Control', 'no-store');
}

// Every test file first loads test/setup/lit-dev-warnings.ts, which fails a test when Lit's
// development build warns. (A root mocha hook must be in the test file's own module graph.)
function litDevWarningsPlugin() {
  return {
    name: 'lit-dev-warnings',
    transform(context) {
      if (/^\/test\/.*\.test\.ts$/.test(context.path)) {
        return { body: `import '/test/setup/lit-dev-warnings.ts';\n${context.body}` };
      }
    },
  };
}

export default {
  files: ['test/element/**/*.test.ts', 'test/embed/**/*.test.ts'],
  // Lit's development build, so its warnings show (and fail, see above); the one-file build that
  // patients get is production (vite.bundle.config.ts, checked in test/build).
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  middleware: [strictCspMiddleware, slowScriptMiddleware],
  plugins: [
    litDevWarningsPlugin(),
    chromiumCommandsPlugin(),
    pressKeysPlugin(),
    // The tsconfig is required: without it esbuild emits Lit's legacy decorators unlowered.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: wantedBrowsers().map((name) => launchers[name]()),
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
};
