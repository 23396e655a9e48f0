// A Vite plugin that squeezes the whitespace out of Lit's html`` and css`` templates in our own
// source: Oxc minifies code but leaves template text alone, and every byte ships to every patient.
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const minifyHtml = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\s{2,}/g, ' ');
const minifyCss = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/,\s+/g, ',')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .trim();

function* walk(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') yield n;
  for (const key of Object.keys(n)) if (key !== 'type') yield* walk(n[key]);
}

export function minifyTemplates(): Plugin {
  return {
    name: 'spasm-checker:minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      for (const node of walk(this.parse(code))) {
        if (node.type !== 'TaggedTemplateExpression') continue;
        const tag = node.tag as Node & { name?: string };
        const minify = tag.name === 'html' ? minifyHtml : tag.name === 'css' ? minifyCss : null;
        if (!minify) continue;
        for (const quasi of (node.quasi as { quasis: Node[] }).quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const text = minify(raw);
          if (text !== raw) edits.push({ start: quasi.start, end: quasi.end, text });
        }
      }
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      }
      return { code: out, map: null };
    },
  };
}
