// The rule data and the wording fit together: every option is a deliberate effect or no-op, every
// condition names real ids, every leveled option is sourced, every locale has every key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rules, sources } from '../../src/triage/index.js';
import type { AdviceRule, QuestionRule } from '../../src/triage/types.js';
import { locales } from '../../src/i18n/locales.js';
import { ruleSources } from '../../src/content/rule-sources.js';

const questions = rules.questions as readonly QuestionRule[];
const option = (q: string, o: string) => questions.find((x) => x.id === q)?.options.find((x) => x.id === o);

test('questions are in the spec order with unique ids, 16 of them', () => {
  assert.deepEqual(
    questions.map((q) => q.id),
    [
      'who',
      'emergency',
      'where',
      'leg-swelling',
      'leg-signs',
      'clot-breath',
      'nerve-pain',
      'nerve-signs',
      'medicines',
      'other-signs',
      'dehydration',
      'heat',
      'tingling-risk',
      'pattern',
      'background',
      'pregnancy-signs',
    ],
  );
});

test('every condition and exit names a question and option that exist, earlier in the order', () => {
  questions.forEach((q, i) => {
    for (const c of q.askedWhen ?? []) {
      const at = questions.findIndex((x) => x.id === c.question);
      assert.ok(at >= 0 && at < i, `${q.id} depends on ${c.question}`);
      for (const o of c.hasAny) assert.ok(option(c.question, o), `${c.question}.${o}`);
    }
    for (const o of q.options) if (o.exit) assert.ok(questions.some((x) => x.id === o.exit!.closesAfter));
  });
  for (const advice of rules.advice as readonly AdviceRule[]) {
    for (const c of (advice.when ?? []).flatMap((w) => ('allOf' in w ? w.allOf : [w]))) {
      for (const o of c.hasAny) assert.ok(option(c.question, o), `${advice.id}: ${c.question}.${o}`);
    }
  }
});

test('every option with a level names at least one known source; no-ops are the deliberate kinds', () => {
  const noOps = new Set([
    'self',
    'someone-else',
    'none',
    'no',
    'neither',
    'calf-foot',
    'thigh',
    'back',
    'neck',
    'arm-hand',
    'many',
    'other',
    'heat-exercise',
    'pregnant',
    'child',
    'belly',
    'face',
  ]);
  for (const q of questions) {
    for (const o of q.options) {
      if (o.level || o.extraRoute) {
        const cited = ruleSources[`${q.id}.${o.id}`];
        assert.ok(cited && cited.length > 0, `${q.id}.${o.id} has no source`);
        for (const s of cited) assert.ok(s in sources, `${q.id}.${o.id}: unknown source ${s}`);
      } else {
        assert.ok(noOps.has(o.id), `${q.id}.${o.id} leads nowhere`);
      }
    }
  }
});

test('every sourced rule is a real option, and every source is cited by some rule', () => {
  for (const key of Object.keys(ruleSources)) {
    const [q, o] = key.split('.');
    assert.ok(option(q, o), key);
  }
  const cited = new Set(Object.values(ruleSources).flat());
  for (const id of Object.keys(sources)) assert.ok(cited.has(id as keyof typeof sources), `${id} is cited by no rule`);
});

test('multi questions with a "none" option have it last; single questions have no "none"', () => {
  for (const q of questions) {
    const ids = q.options.map((o) => o.id);
    if (q.kind === 'single') assert.ok(!ids.includes('none'), q.id);
    else if (ids.includes('none')) assert.equal(ids.at(-1), 'none', q.id);
  }
});

test('every locale has wording for every question, option, reason, route and advice', () => {
  for (const [name, m] of Object.entries(locales)) {
    for (const q of questions) {
      const words = m.questions[q.id as keyof typeof m.questions];
      assert.ok(words?.text && words.short, `${name}: question ${q.id}`);
      for (const o of q.options) {
        assert.ok(
          (m.options as Record<string, Record<string, unknown>>)[q.id]?.[o.id],
          `${name}: option ${q.id}.${o.id}`,
        );
        // A bare "Yes" or "Not sure", and exits, need their own sentence; others show the option's words.
        if ((o.level && ['yes', 'not-sure'].includes(o.id)) || o.exit) {
          assert.ok((m.reasons as Record<string, unknown>)[`${q.id}.${o.id}`], `${name}: reason ${q.id}.${o.id}`);
        }
      }
    }
    for (const advice of rules.advice) assert.ok(m.advice[advice.id]?.length, `${name}: advice ${advice.id}`);
    for (const route of ['pain-clinic', 'primary-care', 'maternity', 'own-team'] as const)
      assert.ok(m.routes[route], `${name}: route ${route}`);
    assert.ok(m.ui.emergencyLine.includes('{number}'), `${name}: the emergency line names the number`);
  }
});

/** Every leaf path of a locale (as JSON key lists), with the two voices of { self, other } as one. */
function paths(value: unknown, prefix: (string | number)[] = []): string[] {
  if (typeof value === 'string') return [JSON.stringify(prefix)];
  if (Array.isArray(value)) return value.flatMap((v, i) => paths(v, [...prefix, i]));
  const record = value as Record<string, unknown>;
  if (Object.keys(record).length === 2 && 'self' in record && 'other' in record) return [JSON.stringify(prefix)];
  return Object.entries(record).flatMap(([k, v]) => paths(v, [...prefix, k]));
}

test('every locale has exactly the keys (and list lengths) of English, and the same placeholders', () => {
  const english = locales.en;
  const expected = paths(english)
    .filter((p) => p !== '["lang"]')
    .sort();
  const placeholders = (text: string) =>
    [...text.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1])
      .sort()
      .join(',');
  const textAt = (m: unknown, path: string): string => {
    const leaf = (JSON.parse(path) as (string | number)[]).reduce(
      (o: unknown, k) => (o as Record<string, unknown>)[k],
      m,
    );
    return typeof leaf === 'string' ? leaf : (leaf as { self: string }).self;
  };
  for (const [name, m] of Object.entries(locales)) {
    assert.deepEqual(
      paths(m)
        .filter((p) => p !== '["lang"]')
        .sort(),
      expected,
      `${name} differs from en`,
    );
    for (const path of expected)
      assert.equal(placeholders(textAt(m, path)), placeholders(textAt(english, path)), `${name}: ${path}`);
  }
});
