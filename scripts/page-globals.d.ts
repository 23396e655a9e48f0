// What the Node scripts put on, or read from, the pages they drive (puppeteer's page.evaluate):
// declared here so the type check covers the browser code inside those scripts too.
export {};

declare global {
  interface Window {
    /** Layout shift summed by a PerformanceObserver the script installs before the page loads. */
    __shift: number;
    /** What those shifts moved (tag, id, classes), for the failure message. */
    __shifted: string[];
    /** Content-Security-Policy violations seen on the page. */
    __violations: string[];
    /** Set only if an injected script ever ran (it must not). */
    __pwned?: unknown;
    /** WordPress's editor globals (block editor pages only). */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- WordPress ships no types here
    wp?: any;
  }
}
