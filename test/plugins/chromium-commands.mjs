// Web-test-runner commands that need the Chrome DevTools Protocol (Chromium only):
// - emulate-media-features: the runner's own emulateMedia silently drops forced-colors with the
//   Chrome launcher, so this sends Emulation.setEmulatedMedia itself;
// - pdf-page-count: prints the test page to PDF, as the browser's print would, and counts pages.
const sessions = new Map();

function chromiumPage(session) {
  const page = session.browser.getPage?.(session.id);
  if (!page || !page.browser().process()?.spawnfile?.includes('chrom')) {
    throw new Error('this command works in Chromium only');
  }
  return page;
}

export function chromiumCommandsPlugin() {
  return {
    name: 'chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-media-features') {
        const page = chromiumPage(session);
        // Emulation lasts as long as the DevTools session that set it, so keep one per test page.
        let cdp = sessions.get(session.id);
        if (!cdp) {
          cdp = await page.createCDPSession();
          sessions.set(session.id, cdp);
        }
        await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
        return true;
      }
      if (command === 'pdf-page-count') {
        const pdf = Buffer.from(await chromiumPage(session).pdf({ format: 'letter' }));
        return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
      }
      return undefined;
    },
  };
}
