// Heap after mount/remove cycles: the script loaded alone, then the element mounted, rendered and
// removed CYCLES times, with forced garbage collection before each reading. A leak would grow the
// heap by about one mounted element per cycle.
import { ELEMENTS, WHICH, openTab, round, sleep, table } from './common.mjs';
import { scriptPage } from './pages.mjs';

const CYCLES = 50;

/** @param {import('./common.mjs').Browser} browser @param {string} origin @param {import('./common.mjs').Which} which */
async function cycles(browser, origin, which) {
  const { tag } = ELEMENTS[which];
  const { tab, cdp, close } = await openTab(browser);
  try {
    await tab.goto(origin + scriptPage(which), { waitUntil: 'load' });
    await tab.waitForFunction((t) => customElements.get(t), {}, tag);
    await cdp.send('Performance.enable');
    const reading = async () => {
      for (let i = 0; i < 3; i++) {
        await cdp.send('HeapProfiler.collectGarbage');
        await sleep(20);
      }
      const metrics = Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
      );
      return { heap: metrics.JSHeapUsedSize, nodes: metrics.Nodes, listeners: metrics.JSEventListeners };
    };
    const mount = () =>
      tab.evaluate(async (t) => {
        const el = /** @type {HTMLElement & { updateComplete: Promise<unknown> }} */ (document.createElement(t));
        el.id = 'bench-mounted';
        document.body.append(el);
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return !!el.shadowRoot?.querySelector('form input');
      }, tag);
    const remove = () => tab.evaluate(() => document.getElementById('bench-mounted')?.remove());
    const loaded = await reading();
    if (!(await mount())) throw new Error(`<${tag}> rendered no question`);
    const mounted = await reading();
    await remove();
    let after10 = loaded;
    for (let i = 2; i <= CYCLES; i++) {
      await mount();
      await remove();
      if (i === 10) after10 = await reading();
    }
    const after = await reading();
    const growthPerCycle = round((after.heap - after10.heap) / (CYCLES - 10), 0);
    return {
      loaded,
      mounted,
      oneElement: mounted.heap - loaded.heap,
      after10,
      after,
      growthPerCycle,
      growthShareOfOneElement: round((100 * (growthPerCycle ?? 0)) / (mounted.heap - loaded.heap)),
    };
  } finally {
    await close();
  }
}

/** @param {import('./common.mjs').Lab} lab */
export async function measure({ browser, origin }) {
  /** @type {Record<string, any>} */
  const out = { cycles: CYCLES };
  for (const which of WHICH) out[which] = await cycles(browser, origin, which);
  return out;
}

/** @param {any} r what measure() returned */
export function report(r) {
  /** @param {string} label @param {(o: any) => unknown} f */
  const row = (label, f) => [label, f(r.widget), f(r.bare)];
  return table(
    `Heap after mount/remove cycles (JS heap used, bytes, after forced GC; n = ${r.cycles} cycles)`,
    ['', 'widget', 'bare'],
    [
      row('script loaded, nothing mounted', (o) => o.loaded.heap),
      row('one element mounted and rendered', (o) => o.mounted.heap),
      row('  cost of one mounted element', (o) => o.oneElement),
      row('after 10 mount/remove cycles', (o) => o.after10.heap),
      row(`after ${r.cycles} mount/remove cycles`, (o) => o.after.heap),
      row(`  growth per cycle, cycles 10 → ${r.cycles}`, (o) => o.growthPerCycle),
      row('  … as a share of one mounted element', (o) => `${o.growthShareOfOneElement}%`),
      row(
        'DOM nodes: loaded / mounted / after 10 / after all cycles',
        (o) => `${o.loaded.nodes} / ${o.mounted.nodes} / ${o.after10.nodes} / ${o.after.nodes}`,
      ),
      row(
        'event listeners: loaded / mounted / after the cycles',
        (o) => `${o.loaded.listeners} / ${o.mounted.listeners} / ${o.after.listeners}`,
      ),
    ],
    ['HeapProfiler.collectGarbage three times, then Performance.getMetrics.'],
  );
}
