// Browser tests in Debian's Chromium and Firefox ESR, through one launcher (puppeteer-core talks
// CDP to Chromium and WebDriver BiDi to Firefox), so nothing downloads a browser.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { findBrowser, wantedBrowsers } from './scripts/browsers.mjs';
import { emulateMediaPlugin } from './test/plugins/emulate-media.mjs';

// Chromium refuses to start as root without --no-sandbox.
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const quiet = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: findBrowser('chromium'),
        args: [...quiet, ...(asRoot || process.env.CI ? ['--no-sandbox'] : [])],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true },
    }),
};

export default {
  files: ['test/element/**/*.test.ts', 'test/embed/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  plugins: [
    emulateMediaPlugin(),
    // The tsconfig is required: without it esbuild emits Lit's legacy decorators unlowered.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: wantedBrowsers().map((name) => launchers[name]()),
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
};
