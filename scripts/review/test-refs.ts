// How the review names the tests behind each invariant. It reads the test files only to make sure
// each named test still exists: a renamed or deleted test fails the build instead of going stale.
import { existsSync, readFileSync } from 'node:fs';
import { code } from './document.js';
import type { Inline } from './document.js';

const ROOT = new URL('../../', import.meta.url);

export const PATHS = 'test/triage/paths.test.ts';
export const PROPERTIES = 'test/triage/properties.test.ts';
export const VIGNETTES = 'test/triage/vignettes.test.ts';
export const MUTATION = 'test/triage/mutation.test.ts';
export const RESULT_VIEW = 'test/element/result.test.ts';
export const REVIEW_TEST = 'test/content/clinical-review.test.ts';

export interface TestRef {
  readonly file: string;
  /** A piece of the test's title; the build fails when the test is gone, so this never goes stale. */
  readonly title: string;
  readonly kind: string;
  /** How to show a title built from a template, when `title` is only a piece of it. */
  readonly shown?: string;
}

/** "`file` (kind): “title…”", once the title is found in the file. */
export function testRef(ref: TestRef): Inline[] {
  const file = new URL(ref.file, ROOT);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (!text.includes(ref.title)) {
    throw new Error(
      `scripts/review/test-refs.ts: ${ref.file} has no test titled "${ref.title}…"; update the invariant list in scripts/review/sections/invariants.ts`,
    );
  }
  return [code(ref.file), ` (${ref.kind}): “${ref.shown ?? `${ref.title}…`}”`];
}
