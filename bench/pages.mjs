// The pages the browser measurements load, written into bench/tmp/ (git-ignored): each element as
// the README's snippet places it (the tag, then a classic script), or the script alone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENTS, WHICH, tmp } from './common.mjs';

/**
 * Runs in the page's <head>: once the first question (`selector`) is in the element's shadow root, the
 * frame being drawn paints it; a task queued from that frame's requestAnimationFrame runs after that
 * paint, and records the time in window.__bench (and a user-timing mark, for traces), with the long
 * tasks seen until then.
 * @param {string} tag @param {string} selector @param {string} src
 */
function probe(tag, selector, src) {
  // Long tasks (over 50 ms) from before any script runs, to set beside the bare element's.
  const longTasks = /** @type {number[]} */ ([]);
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: true });
  let frames = 0;
  const poll = () => {
    const el = document.querySelector(tag);
    if (!el?.shadowRoot?.querySelector(selector)) {
      if (++frames < 600) requestAnimationFrame(poll);
      else
        window.__bench = {
          error: `no ${selector} in <${tag}> after 600 frames (defined: ${!!customElements.get(tag)})`,
        };
      return;
    }
    const seen = performance.now();
    setTimeout(() => {
      const painted = performance.now();
      performance.mark('bench:first-question-painted');
      const resource = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).find(
        (e) => new URL(e.name).pathname === src,
      );
      const scriptStart = performance.getEntriesByName('bench:script-start')[0]?.startTime ?? null;
      // Every long task up to the first question painted (those not yet handed to the callback
      // too), and none after it: the observer stops here.
      for (const e of observer.takeRecords()) longTasks.push(e.duration);
      observer.disconnect();
      window.__bench = {
        scriptStart,
        responseEnd: resource?.responseEnd ?? null,
        seen,
        painted,
        longTasks: [...longTasks],
      };
    });
  };
  requestAnimationFrame(poll);
}

/** @param {string} title @param {string} head @param {string} body */
const page = (title, head, body) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
${head}</head>
<body>
${body}
</body>
</html>
`;

/** Address of the page with element `which` (and the probe), or with its script alone. @param {import('./common.mjs').Which} which */
export const elementPage = (which) => `/bench/tmp/element-${which}.html`;
/** @param {import('./common.mjs').Which} which */
export const scriptPage = (which) => `/bench/tmp/script-${which}.html`;

export function writePages() {
  for (const which of WHICH) {
    const { tag, script } = ELEMENTS[which];
    const probeScript = `<script>(${probe})(${JSON.stringify(tag)}, 'form input', ${JSON.stringify(script)})</script>`;
    const body = `<${tag}></${tag}>\n<script>performance.mark('bench:script-start')</script>\n<script src="${script}"></script>`;
    writeFileSync(join(tmp, `element-${which}.html`), page(`bench: <${tag}>`, probeScript, body));
    writeFileSync(
      join(tmp, `script-${which}.html`),
      page(`bench: ${script} alone`, '', `<script src="${script}"></script>`),
    );
  }
}
