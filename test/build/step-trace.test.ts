// The bench's step breakdown (bench/step-trace.mjs) on a small trace made by hand: each event's own
// time counted once, by kind, inside the steps' windows only, averaged per step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STEP_KINDS, stepBreakdown } from '../../bench/step-trace.mjs';

const at = { pid: 1, tid: 1, cat: 'devtools.timeline', args: {} };
const mark = (name: string, ts: number) => ({ ...at, name, ph: 'R', ts, cat: 'blink.user_timing' });
const slice = (name: string, ts: number, dur: number) => ({ ...at, name, ph: 'X', ts, dur });

test('a step is split into script, style and layout, paint and the rest, each own time once', () => {
  const [script, style, paint, other] = STEP_KINDS;
  const events = [
    mark('bench:step-start', 0),
    slice('RunTask', 0, 10_000), // 10 ms task: 2 ms its own (other) …
    slice('EventDispatch', 1_000, 6_000), // … 6 ms dispatch: 3 ms its own (script) …
    slice('Layout', 2_000, 3_000), // … 3 ms of forced layout inside it (style and layout)
    slice('Paint', 7_000, 2_000), // … and 2 ms of paint
    mark('bench:step-painted', 12_000),
    slice('Layout', 20_000, 5_000), // outside every step: not counted
    mark('bench:step-start', 30_000),
    slice('FunctionCall', 30_000, 4_000), // a second step: 4 ms of script
    mark('bench:step-painted', 35_000),
  ];
  const b = stepBreakdown(events);
  assert.equal(b.steps, 2);
  assert.deepEqual(b.mainThread, { [script]: 3.5, [style]: 1.5, [paint]: 1, [other]: 1 });
  assert.equal(b.busyMs, 7);
});

test('a trace with no step in it is an error, not a table of zeros', () => {
  assert.throws(() => stepBreakdown([slice('RunTask', 0, 1_000)]), /no traced step/);
});
