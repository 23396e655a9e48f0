// The rule data against the specification itself: the questions table and the options table of
// triage-spec.md (a copy is kept in test/fixtures so the project tests alone) must match
// src/content/rules.ts row by row, so a rule cannot drift from the text clinicians signed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../../src/triage/index.js';
import type { QuestionRule } from '../../src/triage/types.js';

const copy = fileURLToPath(new URL('../fixtures/triage-spec.md', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/clinical/triage-spec.md', import.meta.url));
const spec = readFileSync(copy, 'utf8');
const questions = rules.questions as readonly QuestionRule[];

const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
const code = (cell: string) => cell.match(/`([^`]+)`/)?.[1] ?? null;

test('the spec copy in the repository matches shared/clinical when that file exists', (t) => {
  if (!existsSync(shared)) return t.skip('no ../shared beside this clone');
  assert.equal(spec, readFileSync(shared, 'utf8'));
});

test('the spec is the rule set version the data says (3.0.0)', () => {
  assert.match(spec, new RegExp(`^# Triage specification, rule set ${rules.version.replace(/\./g, '\\.')}`, 'm'));
});

test('questions: the same ids, order and kinds as the spec\'s "Questions, in order" table', () => {
  const rows = spec
    .split('\n')
    .filter((line) => /^\| \d+ \| `/.test(line))
    .map(cells)
    .map(([n, id, kind]) => ({ n: Number(n), id: code(id), kind }));
  assert.equal(rows.length, 16);
  assert.deepEqual(
    rows.map((r) => [r.id, r.kind]),
    questions.map((q) => [q.id, q.kind]),
  );
});

test('asked when: each question\'s conditions read the same as the spec\'s "asked when" column', () => {
  const parsed = new Map<string, { question: string; hasAny: string[] }[]>();
  for (const [, idCell, , askedWhen] of spec
    .split('\n')
    .filter((line) => /^\| \d+ \| `/.test(line))
    .map(cells)) {
    const id = code(idCell)!;
    const text = askedWhen.replace(/`/g, '');
    const same = text.match(/^same as ([a-z-]+)$/);
    parsed.set(
      id,
      text === 'always'
        ? []
        : same
          ? parsed.get(same[1])!
          : text.split(/, or (?=[a-z-]+ (?:has|is) )/).map((part) => {
              // "has" for a multi question, "is" for a single one: both read as "holds any of".
              const [, question, options] = part.match(/^([a-z-]+) (?:has|is) (.+)$/)!;
              return { question, hasAny: options.split(/, | or /) };
            }),
    );
  }
  for (const q of questions) {
    const mine = (q.askedWhen ?? []).map((c) => ({ question: c.question, hasAny: [...c.hasAny] }));
    assert.deepEqual(mine, parsed.get(q.id), q.id);
  }
});

test("options: every row of the spec's options table has the same id, level and route in the data, in order", () => {
  const section = spec.slice(
    spec.indexOf('## Options and what they lead to'),
    spec.indexOf('## How the engine evaluates answers'),
  );
  const rows = section
    .split('\n')
    .filter((line) => /^\| [a-z-]+ \| `/.test(line))
    .map(cells)
    .map(([question, option, , leadsTo, route]) => ({
      question,
      option: code(option),
      level: code(leadsTo),
      route: route || null,
    }));
  assert.ok(rows.length > 80, `only ${rows.length} option rows parsed`);
  const data = questions.flatMap((q) =>
    q.options.map((o) => ({ question: q.id, option: o.id, level: o.level ?? null, route: o.route ?? null })),
  );
  assert.deepEqual(data, rows);
});

test('the exits and the extra route are where the spec puts them', () => {
  const option = (q: string, o: string) => questions.find((x) => x.id === q)!.options.find((x) => x.id === o)!;
  assert.deepEqual(option('who', 'child').exit, { closesAfter: 'emergency', reason: 'who.child' });
  assert.deepEqual(option('where', 'belly').exit, { closesAfter: 'where', whenAlone: true, reason: 'where.belly' });
  assert.equal(option('background', 'pregnant').extraRoute, 'maternity');
  assert.match(spec, /`who` = `child` closes every question after `emergency`/);
  assert.match(spec, /`where` = `belly` alone closes\s+every question after `where`/);
});
