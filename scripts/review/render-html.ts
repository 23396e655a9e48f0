// The review document as one self-contained, printable HTML page (docs/clinical-review.html):
// no scripts and no external resources, landscape pages, each section on a new page.
import { plain, slug } from './document.js';
import type { Block, Cell } from './document.js';

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inlineHtml(text: Cell): string {
  return text
    .map((x) => {
      if (typeof x === 'string') return escapeHtml(x);
      if ('code' in x) return `<code>${escapeHtml(x.code)}</code>`;
      if ('strong' in x) return `<strong>${escapeHtml(x.strong)}</strong>`;
      if ('em' in x) return `<em>${escapeHtml(x.em)}</em>`;
      if ('url' in x) return `<a href="${escapeHtml(x.url)}">${escapeHtml(x.url)}</a>`;
      if ('href' in x) return `<a href="${escapeHtml(x.href)}">${escapeHtml(x.text)}</a>`;
      return '<br>';
    })
    .join('');
}

const CSS = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 88rem; padding: 1.5rem; color: #111; background: #fff;
  font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; margin: 2.25rem 0 .75rem; padding-bottom: .2rem; border-bottom: 2px solid #222; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
p, ul, ol { margin: .4rem 0 .8rem; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1.25rem; font-size: .88rem; }
th, td { border: 1px solid #777; padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: #e8e8e8; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em;
  background: #f1f1f1; padding: 0 .15em; border-radius: 2px; }
a { color: #0645ad; overflow-wrap: anywhere; }
.checklist { list-style: none; padding-left: .25rem; }
.checklist li::before { content: "\\2610"; display: inline-block; width: 1.5em; font-size: 1.15em; }
.signoff td:last-child { height: 2.6em; width: 75%; }
@page { size: landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  h2:not(:first-of-type) { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  code { background: none; padding: 0; }
}
`.trim();

/** The whole document as an HTML page with its print stylesheet inline. */
export function renderHtml(blocks: readonly Block[], title: string): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'h': {
        const id = block.level === 1 ? '' : ` id="${escapeHtml(slug(plain(block.text)))}"`;
        out.push(`<h${block.level}${id}>${inlineHtml(block.text)}</h${block.level}>`);
        break;
      }
      case 'p':
        out.push(`<p>${inlineHtml(block.text)}</p>`);
        break;
      case 'ul':
      case 'ol': {
        const cls = block.kind === 'ul' && block.checklist ? ' class="checklist"' : '';
        out.push(
          `<${block.kind}${cls}>\n${block.items.map((i) => `  <li>${inlineHtml(i)}</li>`).join('\n')}\n</${block.kind}>`,
        );
        break;
      }
      case 'table': {
        const lang = (row: number, i: number) => {
          const code = block.lang?.[i] ?? (i > 0 ? block.rowLang?.[row] : undefined);
          return code ? ` lang="${escapeHtml(code)}"` : '';
        };
        const cls = block.className ? ` class="${escapeHtml(block.className)}"` : '';
        out.push(
          [
            `<table${cls}>`,
            `  <thead><tr>${block.head.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
            '  <tbody>',
            ...block.rows.map(
              (cells, row) =>
                `    <tr>${cells.map((c, i) => `<td${lang(row, i)}>${inlineHtml(c)}</td>`).join('')}</tr>`,
            ),
            '  </tbody>',
            '</table>',
          ].join('\n'),
        );
        break;
      }
    }
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    out.join('\n'),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
