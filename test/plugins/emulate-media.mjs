// A web-test-runner command that emulates CSS media features through the Chrome DevTools Protocol.
// The runner's own emulateMedia silently drops forced-colors with the Chrome launcher.
const sessions = new Map();

export function emulateMediaPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer' && !session.browser.getPage) throw new Error('needs a puppeteer-driven browser');
      const page = session.browser.getPage(session.id);
      if (!page || page.browser().process()?.spawnfile?.includes('firefox')) {
        throw new Error('emulate-media-features works in Chromium only');
      }
      // Emulation lasts as long as the DevTools session that set it, so keep one per test page.
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}
