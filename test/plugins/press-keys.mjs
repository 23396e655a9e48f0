// A web-test-runner command that presses a list of keys in one round trip, as a person types them
// one after another (the same puppeteer keyboard that sendKeys uses, in Chromium and Firefox).
// sendKeys costs one trip to the runner per key, and the keyboard walks press thousands of keys.
export function pressKeysPlugin() {
  return {
    name: 'press-keys',
    /** @param {{ command: string, payload: any, session: any }} context */
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-keys') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('press-keys needs a puppeteer-driven browser');
      for (const key of payload.keys) await page.keyboard.press(key);
      return true;
    },
  };
}
