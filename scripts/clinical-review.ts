// The clinician review document: every rule, its wording in every locale, its sources and review
// status, the spec's invariants with how each is tested and live figures from the engine, and a
// sign-off block. Built from the rule data and the locale files, deterministically (the only date
// in it is the rule set's own), as Markdown and as a self-contained printable HTML page; the
// document itself is in scripts/review/.
// Run: node --import tsx scripts/clinical-review.ts           writes docs/clinical-review.{md,html}
//      node --import tsx scripts/clinical-review.ts --check   exits 1 when the committed files are stale
import { pathToFileURL } from 'node:url';
import { clinicalReview } from './review/review-document.js';
import { writeOrCheck } from './write-or-check.mjs';

export const MARKDOWN_PATH = 'docs/clinical-review.md';
export const HTML_PATH = 'docs/clinical-review.html';
export const STALE_HINT = 'run npm run clinical-review';

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { markdown, html } = clinicalReview();
  writeOrCheck({ [MARKDOWN_PATH]: markdown, [HTML_PATH]: html }, { hint: STALE_HINT });
}
