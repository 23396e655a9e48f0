// A Vite plugin that minifies the markup of Lit's html`` and css`` templates in our own source:
// the code minifier leaves template text alone, and every byte ships to every patient. The work is
// done by minify-literals (html-minifier-next for markup, Lightning CSS for styles), a maintained
// fork of minify-html-literals; this file only chooses what it may change.
import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/** Options for html-minifier-next: whitespace only, so markup a patient reads is never reworded. */
export const HTML_OPTIONS = {
  collapseWhitespace: true,
  // One space stays where there was whitespace: "Step 1 of 2" must not become "Step1of2" around a ${}.
  conservativeCollapse: true,
  // Lit's own markers and bindings live in attributes: keep every attribute and its quotes as written.
  removeAttributeQuotes: false,
  removeRedundantAttributes: false,
  removeEmptyAttributes: false,
  collapseBooleanAttributes: false,
  removeComments: false,
  caseSensitive: true,
  keepClosingSlash: true,
} as const;

/** Minifies the html`` and css`` templates of one module; null when it has none or nothing changed. */
export async function minifyTemplateLiterals(
  code: string,
  fileName: string,
): Promise<{ code: string; map: string } | null> {
  const result = await minifyHTMLLiterals(code, { fileName, html: HTML_OPTIONS, htmlTags: ['html'], cssTags: ['css'] });
  return result ? { code: result.code, map: result.map?.toString() ?? '' } : null;
}

/** The plugin: applies to our TypeScript under a /src/ folder only (Lit ships already minified). */
export function minifyTemplates(): Plugin {
  return {
    name: 'spasm-checker:minify-templates',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      return minifyTemplateLiterals(code, id);
    },
  };
}
