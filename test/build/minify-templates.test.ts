// The template minifier may only drop whitespace and comments: every case below is text a patient
// reads, or a value the browser reads, that a careless minifier changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplateLiterals } from '../../scripts/minify-templates.js';

const minify = async (source: string) => (await minifyTemplateLiterals(source, 'case.ts'))?.code ?? source;

test('whitespace between tags and in text collapses to one space, never to none', async () => {
  const out = await minify('html`<p>\n   Step ${n}   of   ${total}\n</p>\n<span>a</span> <span>b</span>`');
  assert.match(out, /<p>\s?Step \$\{n\} of \$\{total\}\s?<\/p>/);
  assert.match(out, /<span>a<\/span> <span>b<\/span>/);
});

test('strings inside CSS keep every space', async () => {
  const out = await minify("css`.step::before { content: 'Step: 1,  of 2'; }`");
  assert.match(out, /Step: 1, {2}of 2/);
});

test('CSS alternative text for generated content stays', async () => {
  const out = await minify("css`.disclosure::before { content: '+' / ''; }`");
  assert.match(out, /content:\s?["']\+["'] \/ ["']["']/);
});

test('text inside <pre> keeps its newlines and spaces', async () => {
  const out = await minify('html`<pre class="print-summary">Line one\n  Line two</pre>`');
  assert.match(out, /Line one\n {2}Line two/);
});

test('attribute values, bindings and their quotes stay as written', async () => {
  const source = 'html`<a class="tel  big" href="tel:${tel}" aria-label="Call  911" ?hidden=${h} @click=${go}>x</a>`';
  const out = await minify(source);
  // A class list is a set of tokens: the minifier may join its spaces, never its tokens.
  assert.match(out, /class="tel +big"/);
  assert.match(out, /href="tel:\$\{tel\}"/);
  assert.match(out, /aria-label="Call {2}911"/);
  assert.match(out, /\?hidden=\$\{h\}/);
  assert.match(out, /@click=\$\{go\}/);
});

test('only html`` and css`` templates change: other template strings are left alone', async () => {
  const source = 'const s = `  keep   this  `; const t = fill`  and   this `;';
  assert.equal(await minify(source), source);
});

test('it does shrink real templates (the check above is not vacuous)', async () => {
  const source = 'html`\n  <div>\n    <p>Hello</p>\n  </div>\n`; css`\n  .a {\n    color: red;\n  }\n`;';
  const out = await minify(source);
  assert.ok(out.length < source.length - 20, out);
  assert.match(out, /\.a\{color:red\}/);
});
