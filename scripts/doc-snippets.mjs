// The snippets the docs show, read from the docs themselves, so that the tests run exactly what a
// webmaster copies (no second copy that can drift). Works in Node and in the browser.

/**
 * The first fenced code block (```lang) after the first line that contains `marker`.
 * @param {string} markdown
 * @param {string} marker
 * @param {string} [lang] the block's language; any when left out
 * @returns {string}
 */
export function snippetAfter(markdown, marker, lang) {
  const start = markdown.indexOf(marker);
  if (start < 0) throw new Error(`doc-snippets: "${marker}" is not in the document`);
  const fence = new RegExp('^```' + (lang ?? '[\\w-]*') + '\\n([\\s\\S]*?)^```', 'm');
  const found = fence.exec(markdown.slice(start));
  if (!found) throw new Error(`doc-snippets: no \`\`\`${lang ?? ''} block after "${marker}"`);
  return found[1];
}

/**
 * Where each snippet is in docs/install.md: the heading or line above it, and the fence's language.
 * @type {Record<'paste' | 'strictCsp' | 'wordpressCsp' | 'reserve', [string, string]>}
 */
export const MARKERS = {
  /** The tag and the classic script right after it. */
  paste: ['## What you paste', 'html'],
  /** The Content-Security-Policy header for a page you control. */
  strictCsp: ['**A page you control**', 'http'],
  /** The Apache lines that send the policy on a WordPress front end. */
  wordpressCsp: ['**A CMS like WordPress**', 'apache'],
  /** The space reservation. */
  reserve: ['## Reserving space before the script runs', 'css'],
};

/** @param {string} markdown docs/install.md @param {keyof typeof MARKERS} name */
export const docSnippet = (markdown, name) => snippetAfter(markdown, ...MARKERS[name]);

/** The policy value of a "Content-Security-Policy: …" header line. */
export const policyOf = (headerLine) => headerLine.replace(/^Content-Security-Policy:\s*/m, '').trim();
