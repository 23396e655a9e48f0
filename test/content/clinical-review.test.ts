// The clinician review document (docs/clinical-review.md and .html) is generated from the rule data
// and the wording: the committed copies must match a fresh build, and the document must cover every
// question, option, wording, source, the version and the sign-off block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rules, sources } from '../../src/triage/index.js';
import type { QuestionRule, ReviewRecord } from '../../src/triage/types.js';
import type { Voiced } from '../../src/i18n/messages.js';
import { locales } from '../../src/i18n/locales.js';
import { ruleSources } from '../../src/content/rule-sources.js';
import { HTML_PATH, MARKDOWN_PATH, STALE_HINT } from '../../scripts/clinical-review.js';
import { clinicalReview } from '../../scripts/review/review-document.js';
import { escapeHtml } from '../../scripts/review/render-html.js';
import { escapeMarkdown } from '../../scripts/review/render-markdown.js';
import { committedText } from '../../scripts/write-or-check.mjs';

const fresh = clinicalReview();
const { markdown, html } = fresh;
const questions = rules.questions as readonly QuestionRule[];
const voices = (text: Voiced): string[] => (typeof text === 'string' ? [text] : [text.self, text.other]);

/** The first line where two texts differ, to point at what changed. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  const i = left.findIndex((line, n) => line !== right[n]);
  const at = i < 0 ? left.length : i;
  return `line ${at + 1}: committed ${JSON.stringify(left[at]?.slice(0, 120))}, fresh ${JSON.stringify(right[at]?.slice(0, 120))}`;
}

test('the committed clinical review documents match a fresh build', () => {
  for (const [path, text] of [
    [MARKDOWN_PATH, markdown],
    [HTML_PATH, html],
  ] as const) {
    const saved = committedText(path);
    assert.ok(saved !== null, `${path} is missing: ${STALE_HINT}`);
    assert.ok(saved === text, `${path} is stale: ${STALE_HINT} (first difference at ${firstDifference(saved, text)})`);
  }
});

test('the build is deterministic: two builds are byte-identical', () => {
  const again = clinicalReview();
  assert.ok(again.markdown === markdown, 'the Markdown differs between two builds');
  assert.ok(again.html === html, 'the HTML differs between two builds');
});

test('the document names every question id and every "question.option" id', () => {
  for (const q of questions) {
    assert.ok(markdown.includes(`\`${q.id}\``), `question ${q.id}`);
    for (const o of q.options) assert.ok(markdown.includes(`\`${q.id}.${o.id}\``), `option ${q.id}.${o.id}`);
  }
});

test("every locale's wording for every question and option appears, in both documents", () => {
  for (const [code, m] of Object.entries(locales)) {
    for (const q of questions) {
      for (const text of voices(m.questions[q.id as keyof typeof m.questions].text)) {
        assert.ok(markdown.includes(escapeMarkdown(text)), `${code}: question ${q.id} in the Markdown`);
      }
      const options = m.options as unknown as Record<string, Record<string, Voiced>>;
      for (const o of q.options) {
        for (const text of voices(options[q.id][o.id])) {
          assert.ok(markdown.includes(escapeMarkdown(text)), `${code}: ${q.id}.${o.id} in the Markdown: ${text}`);
          assert.ok(html.includes(escapeHtml(text)), `${code}: ${q.id}.${o.id} in the HTML: ${text}`);
        }
      }
    }
  }
});

test('every source URL of every leveled option appears, and weak sources are flagged', () => {
  for (const q of questions) {
    for (const o of q.options.filter((x) => x.level)) {
      const cited = ruleSources[`${q.id}.${o.id}`] ?? [];
      for (const id of cited) {
        const { url } = sources[id];
        if (url) {
          assert.ok(markdown.includes(url), `${q.id}.${o.id}: ${url} in the Markdown`);
          assert.ok(html.includes(escapeHtml(url)), `${q.id}.${o.id}: ${url} in the HTML`);
        }
      }
    }
  }
  if (Object.values(sources).some((s) => s.strength === 'weak')) {
    assert.ok(markdown.includes('⚠ weak/secondary — confirm'));
  }
});

test('the version, date, review record and sign-off block are present', () => {
  for (const doc of [markdown, html]) {
    assert.ok(doc.includes(`rule set ${rules.version}`), 'version in the title');
    assert.ok(doc.includes(rules.date), 'rule-set date');
    assert.ok(doc.includes(rules.review.status), 'review status');
    assert.ok(doc.includes('Sign-off'), 'sign-off heading');
    for (const field of ['Name', 'Role', 'Signature', 'Date', 'Next review date'])
      assert.ok(doc.includes(field), field);
    assert.ok(doc.includes('Spanish wording checked by a qualified medical translator'), 'checklist');
  }
  assert.match(markdown, /- \[ \] Rules checked against sources/);
});

test('the public vignettes are listed with their results, and all pass', () => {
  assert.match(markdown, /(\d+) of \1 public vignettes give their expected level/);
  assert.ok(!markdown.includes('✗'), 'a vignette fails: see the document');
});

test('the HTML is a self-contained printable page: no scripts and no external resources', () => {
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
  assert.match(html, /@media print/);
  for (const banned of [/<script/i, /<link/i, /<img/i, /<iframe/i, /\bsrc=/i, /url\(/i, /@import/i, /\son\w+=/i]) {
    assert.doesNotMatch(html, banned);
  }
});

test('the documents carry no build timestamp: the only dates are those of the rule set', () => {
  const review: ReviewRecord = rules.review;
  const allowed = new Set<string | null>([rules.date, review.reviewedOn, review.nextReview]);
  for (const doc of [markdown, html]) {
    for (const [date] of doc.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)) {
      // Dates inside source URLs are part of the address, not of the build.
      const inUrl = Object.values(sources).some((s) => s.url.includes(date));
      assert.ok(allowed.has(date) || inUrl, `unexpected date ${date}`);
    }
  }
});
