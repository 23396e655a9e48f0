// The README's Performance section shows the last benchmark run's figures and nothing else: it is
// written from bench/results.json by scripts/performance-section.mjs, and a hand edit or a new run
// without regenerating it fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performanceSection, withPerformanceSection } from '../../scripts/performance-section.mjs';

const read = (path: string) => readFileSync(path, 'utf8');

test("the README's Performance section is the one written from bench/results.json", () => {
  const readme = read('README.md');
  assert.equal(
    readme,
    withPerformanceSection(readme, JSON.parse(read('bench/results.json'))),
    'run "npm run bench:readme" and commit README.md',
  );
  const check = spawnSync(process.execPath, ['scripts/performance-section.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});

test('a figure changed in results.json makes the section stale, and only that section changes', () => {
  const readme = read('README.md');
  const results = JSON.parse(read('bench/results.json'));
  results.firstQuestion.cpu4x.widget.fromNavigation.median += 1000;
  const updated = withPerformanceSection(readme, results);
  assert.notEqual(updated, readme);
  const outside = (text: string) => text.replace(/\n## Performance\n[^]*?\n(?=## )/, '\n');
  assert.equal(outside(updated), outside(readme), 'everything outside the section is kept as it was');
  assert.equal(withPerformanceSection(updated, results), updated, 'writing it twice changes nothing');
});

test('the section shows the figures issue 12 asks for, widget beside the bare element', () => {
  const r = JSON.parse(read('bench/results.json'));
  const section = performanceSection(r);
  const ms = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 });
  for (const cpu of ['cpu1x', 'cpu4x']) {
    for (const which of ['widget', 'bare']) {
      const first = r.firstQuestion[cpu][which].fromNavigation;
      assert.ok(section.includes(`${ms(first.median)} ms (${ms(first.p95)})`), `first question, ${which}, ${cpu}`);
      const step = r.step[cpu][which];
      assert.ok(section.includes(`${ms(step.median)} ms (${ms(step.p95)})`), `step, ${which}, ${cpu}`);
    }
  }
  for (const kind of Object.keys(r.trace.widget.mainThread)) assert.ok(section.includes(`| ${kind} |`), kind);
  // Long tasks before the first question, and where a step's time goes, beside the bare element's.
  for (const cpu of ['cpu1x', 'cpu4x']) {
    const { widget, bare } = r.firstQuestion[cpu];
    assert.ok(
      section.includes(`${widget.loadsWithLongTask} of ${r.firstQuestion.loads}`),
      `long tasks, widget, ${cpu}`,
    );
    assert.ok(section.includes(`${bare.loadsWithLongTask} of ${r.firstQuestion.loads}`), `long tasks, bare, ${cpu}`);
  }
  const steps = r.step.cpu1x;
  for (const kind of Object.keys(steps.widget.breakdown.mainThread)) {
    const [w, b] = [steps.widget, steps.bare].map((o) =>
      o.breakdown.mainThread[kind].toLocaleString('en-US', { maximumFractionDigits: 2 }),
    );
    assert.ok(section.includes(`| ${kind} | ${w} | ${b} |`), `step breakdown: ${kind}`);
  }
  for (const file of ['dist/spasm-checker.js', 'dist/spasm-checker.en.js', 'dist/spasm-checker.es.js'])
    assert.ok(section.includes(`\`${file}\``), file);
  assert.match(section, /Layout shift/);
  assert.match(section, /Long tasks/);
});
