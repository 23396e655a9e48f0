// Privacy, proved: every public vignette completed on a page with only the one-file build, and
// afterwards no network request, no cookie, no storage, no answer in the URL or the console, and
// events that never carry an answer.
import { expect } from '@open-wc/testing';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import { resultLevel, shadow, walk } from '../element/driver.js';
import data from '../fixtures/vignettes.json' with { type: 'json' };
import type { Given } from '../element/driver.js';
import { rules } from '../../src/content/rules.js';
import { openFrame } from './frame.js';

interface Seen {
  requests: string[];
  console: string[];
  events: { type: string; detail: unknown; bubbles: boolean; composed: boolean }[];
}
type PageWindow = Window & typeof globalThis & { seen: Seen };

// Recorded inside the page before the bundle runs: every way a script could reach the network,
// every console call, every event the widget sends to the host page.
const recorder = `<script>
window.seen = { requests: [], console: [], events: [] };
const note = (kind) => (...args) => { seen.requests.push(kind + ' ' + String(args[0])); };
window.fetch = note('fetch');
XMLHttpRequest.prototype.open = note('xhr');
navigator.sendBeacon = note('beacon');
window.WebSocket = note('websocket');
window.EventSource = note('eventsource');
for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = (...a) => seen.console.push(a.join(' '));
for (const type of ['start', 'step', 'complete', 'restart', 'action']) {
  addEventListener('spasm-checker-' + type, (e) => seen.events.push({ type: e.type, detail: e.detail, bubbles: e.bubbles, composed: e.composed }));
}
</script>`;

async function storageState(win: PageWindow) {
  const databases = 'databases' in win.indexedDB ? (await win.indexedDB.databases()).map((d) => d.name) : [];
  return {
    cookie: win.document.cookie,
    local: win.localStorage.length,
    session: win.sessionStorage.length,
    databases,
    caches: await win.caches.keys(),
    href: win.location.href,
    history: win.history.length,
  };
}

describe('privacy', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('completes every public vignette with no network request, no storage and no answer anywhere outside the widget', async () => {
    const win = (await openFrame({
      srcdoc: `<!doctype html><html lang="en"><body>${recorder}<spasm-checker clinic-phone="555 010 4477" booking-url="/book"></spasm-checker><script src="/dist/spasm-checker.js"></script></body></html>`,
    })) as PageWindow;
    await win.customElements.whenDefined('spasm-checker');
    const el = win.document.querySelector('spasm-checker') as SpasmChecker;
    await el.updateComplete;

    const resourcesAtLoad = win.performance.getEntriesByType('resource').length;
    const before = await storageState(win);

    for (const v of data.vignettes) {
      await walk(el, v.answers as unknown as Given);
      expect(resultLevel(el), v.id).to.equal(v.expected);
      shadow(el)
        .querySelectorAll<HTMLButtonElement>('.result button')
        .forEach((b) => {
          if (/start again|empezar/i.test(b.textContent ?? '')) b.click();
        });
      await el.updateComplete;
    }

    const after = await storageState(win);
    const resources = win.performance
      .getEntriesByType('resource')
      .slice(resourcesAtLoad)
      .map((r) => r.name);
    console.info(
      `privacy: ${data.vignettes.length} vignettes; ${resources.length + win.seen.requests.length} network requests, ` +
        `${win.seen.console.length} console messages, cookies ${JSON.stringify(after.cookie)}, ` +
        `localStorage ${after.local}, sessionStorage ${after.session}, IndexedDB ${after.databases.length}, caches ${after.caches.length}, ` +
        `${win.seen.events.length} events`,
    );
    expect(resources, 'resources loaded after the script').to.deep.equal([]);
    expect(win.seen.requests, 'network calls').to.deep.equal([]);
    expect(after).to.deep.equal(before);
    expect(win.seen.console, 'console output').to.deep.equal([]);

    // Events: lifecycle only, bubbling and composed, never an answer or (by default) a level.
    const types = new Set(win.seen.events.map((e) => e.type));
    expect([...types].sort()).to.deep.equal([
      'spasm-checker-complete',
      'spasm-checker-restart',
      'spasm-checker-start',
      'spasm-checker-step',
    ]);
    const answerWords = new Set(rules.questions.flatMap((q) => [q.id, ...q.options.map((o) => o.id)]));
    for (const event of win.seen.events) {
      expect(event.bubbles && event.composed, event.type).to.equal(true);
      const detail = JSON.stringify(event.detail);
      expect(detail, event.type).to.match(/^\{("step":\d+)?\}$/);
      for (const word of answerWords) expect(detail.includes(`"${word}"`)).to.equal(false);
    }
    expect(win.seen.events.filter((e) => e.type === 'spasm-checker-complete')).to.have.length(data.vignettes.length);
  });

  it('adds the level to spasm-checker-complete only with share-level', async () => {
    const win = (await openFrame({
      srcdoc: `<!doctype html><html lang="en"><body>${recorder}<spasm-checker share-level></spasm-checker><script src="/dist/spasm-checker.js"></script></body></html>`,
    })) as PageWindow;
    await win.customElements.whenDefined('spasm-checker');
    const el = win.document.querySelector('spasm-checker') as SpasmChecker;
    await el.updateComplete;
    await walk(el, { who: 'self', emergency: ['seizure'] });
    const complete = win.seen.events.find((e) => e.type === 'spasm-checker-complete');
    expect(complete?.detail).to.deep.equal({ level: 'emergency' });
  });
});
