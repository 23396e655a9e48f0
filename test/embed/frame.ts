// Loads a page into an iframe on the test page and waits for it, for tests that need a page of
// their own (a bare bundle, a response header, the demo pages).

/** Appends an iframe showing `page` (srcdoc or src) to document.body, waits for its load event and returns its window. */
export async function openFrame(
  page: { srcdoc?: string; src?: string },
  size: { width?: number; height?: number } = {},
): Promise<Window & typeof globalThis> {
  const iframe = document.createElement('iframe');
  if (size.width !== undefined) iframe.width = String(size.width);
  if (size.height !== undefined) iframe.height = String(size.height);
  if (page.srcdoc !== undefined) iframe.srcdoc = page.srcdoc;
  if (page.src !== undefined) iframe.src = page.src;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return iframe.contentWindow as Window & typeof globalThis;
}
