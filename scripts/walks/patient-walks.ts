// The patient walks record (docs/patient-walks.json) as a readable report (docs/patient-walks.md):
// each walk's story, language, picks, the level reached, the clinician's level and the verdict.
// Run: node --import tsx scripts/walks/patient-walks.ts           writes docs/patient-walks.md
//      node --import tsx scripts/walks/patient-walks.ts --check   exits 1 when the report is stale
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEVERITY } from '../../src/triage/index.js';
import type { SeverityLevel } from '../../src/triage/types.js';
import { writeOrCheck } from '../write-or-check.mjs';

export const RECORD = fileURLToPath(new URL('../../docs/patient-walks.json', import.meta.url));
/** The report, relative to the repository root (see scripts/write-or-check.mjs). */
export const REPORT = 'docs/patient-walks.md';

export interface Story {
  id: string;
  /** "shared" (../shared/clinical/patient-stories.json) or "own" (written for this project). */
  source: 'shared' | 'own';
  story: string;
  clinicianLevel: string;
  why: string;
}

export interface Walk {
  story: string;
  lang: string;
  /** "main" is the most plausible reading; "alt" another reasonable one. */
  walk: 'main' | 'alt';
  /** Option numbers picked, screen by screen ("1;2;1,3"), as scripts/walks/walk-screens.ts takes them. */
  picks: string;
  answers: Record<string, string | string[]>;
  level: string;
  notes?: string;
  /** Set only when the walk ends below the clinician's level because a rule is missing, not the
   * words: the gap, reported for the clinical reviewers (the spec is the rules' source of truth). */
  ruleGap?: string;
}

export interface WalkRecord {
  about: string;
  rulesVersion: string;
  history: string[];
  stories: Story[];
  walks: Walk[];
}

/** Severity rank, with self-care below every level and not-suitable outside the order. */
const rank = (level: string) => (level === 'self-care' ? -1 : SEVERITY.indexOf(level as SeverityLevel));

export type Verdict = 'safe' | 'under-triage' | 'false alarm';

/** Below the clinician's level is under-triage; more than one level above it is a false alarm. */
export function verdict(level: string, clinicianLevel: string): Verdict {
  if (level === 'not-suitable' || clinicianLevel === 'not-suitable')
    return level === clinicianLevel ? 'safe' : 'under-triage';
  const gap = rank(level) - rank(clinicianLevel);
  return gap < 0 ? 'under-triage' : gap > 1 ? 'false alarm' : 'safe';
}

export const readRecord = (): WalkRecord => JSON.parse(readFileSync(RECORD, 'utf8')) as WalkRecord;

export function report(record: WalkRecord): string {
  const storyOf = new Map(record.stories.map((s) => [s.id, s]));
  const rows = record.walks.map((w) => ({
    w,
    s: storyOf.get(w.story)!,
    v: verdict(w.level, storyOf.get(w.story)!.clinicianLevel),
  }));
  const count = (lang: string, v?: Verdict) => rows.filter((r) => r.w.lang === lang && (!v || r.v === v)).length;
  const langs = [...new Set(record.walks.map((w) => w.lang))];
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    '# Patient walks',
    '',
    `Generated from \`docs/patient-walks.json\` by \`npm run patient-walks\`; do not edit by hand. Rule set ${record.rulesVersion}.`,
    '',
    record.about,
    '',
    '## Summary',
    '',
    '| language | walks | stories | safe | under-triage | false alarm |',
    '|---|---|---|---|---|---|',
    ...langs.map(
      (l) =>
        `| ${l} | ${count(l)} | ${new Set(rows.filter((r) => r.w.lang === l).map((r) => r.w.story)).size} | ${count(l, 'safe')} | ${count(l, 'under-triage')} | ${count(l, 'false alarm')} |`,
    ),
    '',
    '## History',
    '',
    ...record.history.map((h) => `- ${h}`),
    '',
    '## Walks',
    '',
    '| story | language | walk | picks | level reached | clinician level | verdict | notes |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      ({ w, s, v }) =>
        `| ${w.story} | ${w.lang} | ${w.walk} | \`${w.picks}\` | ${w.level} | ${s.clinicianLevel} | ${v}${w.ruleGap ? ' (rule gap)' : ''} | ${cell([w.ruleGap ? `Rule gap: ${w.ruleGap}` : '', w.notes ?? ''].filter(Boolean).join(' '))} |`,
    ),
    '',
    '## Stories',
    '',
    ...record.stories.flatMap((s) => [
      `- **${s.id}** (${s.source}, clinician: ${s.clinicianLevel}): ${s.story} _Why: ${s.why}_`,
    ]),
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeOrCheck({ [REPORT]: report(readRecord()) }, { hint: 'run npm run patient-walks' });
}
