// The recorded patient walks still hold: each walk's picks, replayed through today's screens, give
// the answers recorded, the engine gives those answers the level recorded, and no walk ends below
// the clinician's level. A change of rule or of option order that moves a walk fails here by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triage } from '../../src/triage/index.js';
import type { Answers } from '../../src/triage/index.js';
import { walk } from '../../scripts/walks/walk-screens.js';
import { readRecord, report, REPORT, verdict } from '../../scripts/walks/patient-walks.js';
import { committedText } from '../../scripts/write-or-check.mjs';
import { rules } from '../../src/content/rules.js';

const record = readRecord();
const stories = new Map(record.stories.map((s) => [s.id, s]));
const picksOf = (text: string) => text.split(';').map((s) => s.split(',').map(Number));

test('the record covers the 20 shared stories in English, 10 in Spanish, and 20 of our own', () => {
  const walked = (lang: string, source: string) =>
    new Set(record.walks.filter((w) => w.lang === lang && stories.get(w.story)?.source === source).map((w) => w.story))
      .size;
  assert.equal(record.rulesVersion, rules.version);
  assert.ok(walked('en', 'shared') >= 20, `${walked('en', 'shared')} shared stories walked in English`);
  assert.ok(walked('es', 'shared') >= 10, `${walked('es', 'shared')} shared stories walked in Spanish`);
  assert.ok(walked('en', 'own') + walked('es', 'own') >= 20, 'at least 20 stories of our own');
});

for (const w of record.walks) {
  test(`${w.story} (${w.lang}, ${w.walk}) still reaches ${w.level}, not below ${stories.get(w.story)?.clinicianLevel}`, () => {
    const story = stories.get(w.story);
    assert.ok(story, `story ${w.story} is in the record`);
    const replay = walk(w.lang, picksOf(w.picks));
    assert.deepEqual(replay.answers, w.answers, "the picks give the recorded answers on today's screens");
    assert.equal(replay.level, w.level, 'the walk ends on the result screen with the recorded level');
    assert.equal(triage(w.answers as Answers).level, w.level);
    // Under-triage is a defect of the words, to be fixed; only a missing rule, named and reported to
    // the clinical reviewers, may stand in the record.
    if (verdict(w.level, story.clinicianLevel) === 'under-triage')
      assert.ok(w.ruleGap, 'under-triage without a named rule gap');
  });
}

test('docs/patient-walks.md is generated from the record', () => {
  assert.equal(committedText(REPORT), report(record), 'run npm run patient-walks');
});

test('the verdict: below the clinician is under-triage, two levels above is a false alarm', () => {
  assert.equal(verdict('self-care', 'same-day'), 'under-triage');
  assert.equal(verdict('ed-now', 'emergency'), 'under-triage');
  assert.equal(verdict('emergency', 'same-day'), 'false alarm');
  assert.equal(verdict('same-day', 'appointment'), 'safe');
  assert.equal(verdict('not-suitable', 'not-suitable'), 'safe');
  assert.equal(verdict('self-care', 'not-suitable'), 'under-triage');
});
