// Printing the summary alone: while the Print button prints, the host page hides everything that
// is not the printing widget or one of its ancestors, and gets back to normal after printing.

let sheet: CSSStyleSheet | undefined;

/** A constructed sheet for the host document (a strict CSP allows it, unlike a <style> element). */
function pageSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '@media print{body :not(:has(spasm-checker[data-spasm-printing])):not(spasm-checker[data-spasm-printing]){display:none!important}' +
        'spasm-checker[data-spasm-printing]{display:block!important}}',
    );
  }
  return sheet;
}

/**
 * Prints `host` alone: its own print styles show just its summary (see the styles' @media print).
 * `done` runs once printing is over.
 */
export function printAlone(host: HTMLElement, done: () => void): void {
  const doc = host.ownerDocument;
  const added = pageSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, added];
  host.setAttribute('data-spasm-printing', '');
  window.addEventListener(
    'afterprint',
    () => {
      host.removeAttribute('data-spasm-printing');
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== added);
      done();
    },
    { once: true },
  );
  window.print();
}
