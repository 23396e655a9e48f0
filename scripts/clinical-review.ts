// The clinician review document: every rule, its wording in every locale, its sources and review
// status, the spec's invariants with how each is tested and live figures from the engine, and a
// sign-off block. Built from the rule data and the locale files, deterministically (the only date
// in it is the rule set's own), as Markdown and as a self-contained printable HTML page.
// Run: node --import tsx scripts/clinical-review.ts           writes docs/clinical-review.{md,html}
//      node --import tsx scripts/clinical-review.ts --check   exits 1 when the committed files are stale
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { writeOrCheck } from './write-or-check.mjs';
import { rules } from '../src/content/rules.js';
import { ruleSources } from '../src/content/rule-sources.js';
import { sources } from '../src/content/sources.js';
import type { Source, SourceId } from '../src/content/sources.js';
import { callsToAction } from '../src/content/calls-to-action.js';
import type { CallToAction } from '../src/content/calls-to-action.js';
import { DEFAULT_EMERGENCY_NUMBER } from '../src/config/options.js';
import { locales } from '../src/i18n/locales.js';
import type { Messages, Voiced } from '../src/i18n/messages.js';
import { triage } from '../src/triage/index.js';
import type { Answers } from '../src/triage/index.js';
import type {
  AdviceRule,
  Condition,
  Level,
  OptionRule,
  QuestionRule,
  Route,
  RuleSet,
} from '../src/triage/types.js';
import { enumerateSequences, FAST_CHECK_DEFAULTS, weaken, WEAKENINGS } from '../test/triage/test-plan.js';
import { vignetteFailures, vignettes } from '../test/triage/vignette-check.js';
import { BR, code, em, h, lines, orList, p, slug, strong } from './review/document.js';
import type { Block, Inline, Table } from './review/document.js';
import { renderHtml } from './review/render-html.js';
import { renderMarkdown } from './review/render-markdown.js';

const ROOT = new URL('../', import.meta.url);
export const MARKDOWN_PATH = 'docs/clinical-review.md';
export const HTML_PATH = 'docs/clinical-review.html';
export const STALE_HINT = 'run npm run clinical-review';

const ruleSet: RuleSet = rules;
const questions = ruleSet.questions;
const LEVELS: readonly Level[] = ['emergency', 'ed-now', 'same-day', 'appointment', 'self-care', 'not-suitable'];
const ROUTES: readonly Route[] = ['pain-clinic', 'primary-care', 'maternity', 'own-team'];
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', es: 'Spanish' };
const localeCodes = Object.keys(locales);
const languageName = (code: string) => `${LANGUAGE_NAMES[code] ?? code} (${code})`;
const NOT_REVIEWED = 'not yet reviewed';

// ---------------------------------------------------------------------------------------------
// Reading the rule data and wording.

const question = (id: string) => questions.find((q) => q.id === id);
const optionOf = (q: string, o: string): OptionRule | undefined => question(q)?.options.find((x) => x.id === o);

/** Wording for both voices when they differ, else once. */
function voiced(text: Voiced | undefined): Inline[] {
  if (text === undefined) return [em('(missing)')];
  if (typeof text === 'string') return [text];
  if (text.self === text.other) return [text.self];
  return [strong('For self: '), text.self, BR, strong('For someone else: '), text.other];
}
const voicedList = (items: readonly Voiced[] | undefined): Inline[] =>
  items && items.length ? lines(...items.map((i) => voiced(i))) : [em('(missing)')];

const optionWording = (m: Messages, q: string, o: string): Voiced | undefined =>
  (m.options as unknown as Record<string, Record<string, Voiced> | undefined>)[q]?.[o];
const reasonWording = (m: Messages, key: string): Voiced | undefined =>
  (m.reasons as unknown as Record<string, Voiced | undefined>)[key];

/** "`where` includes `back` or `neck`" (multi) / "`leg-swelling` is `yes`" (single). */
function conditionText(c: Condition): Inline[] {
  const single = question(c.question)?.kind === 'single';
  return [code(c.question), single ? ' is ' : ' includes ', ...orList(c.hasAny.map((o) => [code(o)]))];
}
type AdviceCondition = NonNullable<AdviceRule['when']>[number];
function whenText(when: AdviceCondition): Inline[] {
  if ('allOf' in when) return ['both ', ...orList(when.allOf.map(conditionText), 'and')];
  return conditionText(when);
}
/** One line per alternative condition: any one of them is enough. */
const conditionLines = (when: readonly AdviceCondition[] | undefined): Inline[] =>
  !when ? ['always'] : lines(...when.map((w, i) => [...(i ? ['or '] : []), ...whenText(w)]));

const levelCell = (level: string | undefined): Inline[] => (level ? [code(level)] : ['—']);

function exitText(o: OptionRule): Inline[] {
  const parts: Inline[][] = [];
  if (o.exit) {
    parts.push([
      strong('Exit'),
      o.exit.whenAlone ? ' (only when chosen alone)' : '',
      ': closes every question after ',
      code(o.exit.closesAfter),
      '; result ',
      code('not-suitable'),
      ' unless an emergency was found; reason ',
      code(o.exit.reason),
    ]);
  }
  if (o.extraRoute) {
    parts.push([strong('Adds route '), code(o.extraRoute), ' last to every same-day or appointment result']);
  }
  return parts.length ? lines(...parts) : ['—'];
}

function sourceLines(key: string): Inline[] {
  const cited = ruleSources[key] ?? [];
  const o = optionOf(...(key.split('.') as [string, string]));
  if (!cited.length) return o?.level || o?.extraRoute ? [strong('⚠ no source given')] : ['—'];
  return lines(...cited.map((id) => sourceCell(id)));
}
function sourceCell(id: SourceId): Inline[] {
  const s: Source = sources[id];
  return [
    s.title,
    ': ',
    ...(s.url ? [{ url: s.url }] : [strong('⚠ no URL given')]),
    ...(s.strength === 'weak' ? [' ', strong('⚠ weak/secondary — confirm')] : []),
  ];
}

function reviewStatus(): string {
  const r = ruleSet.review;
  if (r.status !== 'reviewed') return NOT_REVIEWED;
  return `reviewed${r.reviewer ? ` by ${r.reviewer}` : ''}${r.reviewedOn ? ` on ${r.reviewedOn}` : ''}`;
}

/** Which questions an exit closes, for "not asked after an exit". */
function closedBy(index: number): Inline[][] {
  const found: Inline[][] = [];
  questions.forEach((q) =>
    q.options.forEach((o) => {
      if (o.exit && index > questions.findIndex((x) => x.id === o.exit!.closesAfter)) {
        found.push([code(q.id), ' is ', code(o.id), o.exit.whenAlone ? ' alone' : '']);
      }
    }),
  );
  return found;
}

// ---------------------------------------------------------------------------------------------
// Live figures from the engine and the tests.

const CTA_WORDS: Readonly<Record<CallToAction, string>> = {
  'call-emergency': 'emergency number (tel: link)',
  'call-clinic': 'clinic phone (if the hospital set one)',
  book: 'booking link (if the hospital set one)',
};

/** The calls to action a level allows, per route when the route changes them. */
function ctaText(level: Level): Inline[] {
  const describe = (list: readonly CallToAction[]) => (list.length ? list.map((c) => CTA_WORDS[c]).join('; ') : 'none besides the emergency line');
  const base = describe(callsToAction(level, []));
  const differing = ROUTES.filter((r) => describe(callsToAction(level, [r])) !== base);
  if (!differing.length) return [base];
  return lines(
    ...differing.map((r) => [strong('Route '), code(r), ': ', describe(callsToAction(level, [r]))]),
    [strong('Other routes: '), base],
  );
}

function readRepoFile(path: string): string {
  return readFileSync(new URL(path, ROOT), 'utf8');
}

interface TestRef {
  readonly file: string;
  /** A piece of the test's title; the build fails when the test is gone, so this never goes stale. */
  readonly title: string;
  readonly kind: string;
  /** How to show a title built from a template, when `title` is only a piece of it. */
  readonly shown?: string;
}

function testRef(ref: TestRef): Inline[] {
  const text = existsSync(new URL(ref.file, ROOT)) ? readRepoFile(ref.file) : '';
  if (!text.includes(ref.title)) {
    throw new Error(
      `scripts/clinical-review.ts: ${ref.file} has no test titled "${ref.title}…"; update the invariant list in scripts/clinical-review.ts`,
    );
  }
  return [code(ref.file), ` (${ref.kind}): “${ref.shown ?? `${ref.title}…`}”`];
}

const PATHS = 'test/triage/paths.test.ts';
const PROPERTIES = 'test/triage/properties.test.ts';
const VIGNETTES = 'test/triage/vignettes.test.ts';
const MUTATION = 'test/triage/mutation.test.ts';
const RESULT_VIEW = 'test/element/result.test.ts';
const REVIEW_TEST = 'test/content/clinical-review.test.ts';

// ---------------------------------------------------------------------------------------------
// The sections.

function header(): Block[] {
  const r = ruleSet.review;
  const title = `Clinical review: <spasm-checker> rule set ${ruleSet.version}`;
  return [
    h(1, title),
    {
      kind: 'table',
      head: ['Item', 'Value'],
      rows: [
        [[strong('Rule-set version')], [code(ruleSet.version)]],
        [[strong('Rule-set date')], [ruleSet.date]],
        [[strong('Review status')], [r.status]],
        [[strong('Reviewer')], [r.reviewer ?? NOT_REVIEWED]],
        [[strong('Reviewed on')], [r.reviewedOn ?? NOT_REVIEWED]],
        [[strong('Next review')], [r.nextReview ?? '— (set at sign-off)']],
        [[strong('Languages')], [localeCodes.map(languageName).join(', ')]],
        [
          [strong('Built from')],
          [
            code('src/content/rules.ts'),
            ', ',
            code('src/content/rule-sources.ts'),
            ', ',
            code('src/content/sources.ts'),
            ', ',
            code('src/content/calls-to-action.ts'),
            ', ',
            code('src/i18n/'),
            ' and the public vignettes, by ',
            code('npm run clinical-review'),
            '. Do not edit by hand.',
          ],
        ],
      ],
    },
  ];
}

const SECTIONS = {
  howTo: 'How to use this document',
  levels: 'Levels of care and calls to action',
  questions: 'Questions and options',
  advice: 'Advice tied to answers',
  wording: 'Self-care, routes, learn section and screen wording',
  invariants: 'Invariants and how they are tested',
  sources: 'All sources',
  signOff: 'Sign-off',
} as const;

function contents(): Block[] {
  return [
    p(strong('Contents')),
    { kind: 'ol', items: Object.values(SECTIONS).map((s): Inline[] => [{ text: s, href: `#${slug(s)}` }]) },
  ];
}

function howTo(): Block[] {
  return [
    h(2, SECTIONS.howTo),
    p(
      'This document is the whole rule set of the checker as it ships: every question and answer, the level of care each answer leads to, ',
      'the exact words patients see in every language, the sources behind each rule, and the checks that prove the software follows the rules. ',
      'It is generated from the same data the checker runs on, so what you read here is what patients get.',
    ),
    {
      kind: 'ol',
      items: [
        ['Check each rule: for every option with a level, is the level of care right and as safe as the sources support? Are the conditions for asking each question right?'],
        ['Check each source: open the link and confirm it supports the rule. Sources marked ', strong('⚠ weak/secondary — confirm'), ' are copies or secondary pages: confirm against a primary source, or name a better one.'],
        ['Check the wording in each language: is it what you want a patient to read, and does each language say the same thing?'],
        ['Check the public vignettes: does each expected level match your clinical judgement?'],
        ['Record every change you want next to the rule (option id, what to change, why). The team changes the data, regenerates this document and sends it back.'],
        ['When you are satisfied, complete the sign-off block at the end. The team then records your name, the date and the next review date in the rule set.'],
      ],
    },
    p(
      strong('How a result is reached. '),
      'Questions are asked in the order below, skipping those whose conditions do not hold. The result is the most severe level any answer leads to; ',
      'if no answer leads to a level, the result is ',
      code('self-care'),
      '. Any emergency answer ends the questions at once. An exit (a child under 16; cramps only in the belly) gives ',
      code('not-suitable'),
      ' unless an emergency was found. Once the result is ',
      code('ed-now'),
      ', questions stop when no later question could raise it further.',
    ),
    p(
      strong('Placeholders in the wording. '),
      code('{number}'),
      ` is the emergency number set by the hospital (default ${DEFAULT_EMERGENCY_NUMBER}); `,
      code('{clinic}'),
      ' and ',
      code('{phone}'),
      ' are the clinic name and phone set by the hospital; ',
      code('{version}'),
      ' is the rule-set version; ',
      code('{n}'),
      ' is the question number; ',
      code('{date}'),
      ', ',
      code('{reviewer}'),
      ' and ',
      code('{next}'),
      ' come from the date and the review record. Where wording differs when someone answers for another person, both voices are shown ("For self" and "For someone else").',
    ),
  ];
}

function attention(): Block[] {
  const leveled = questions.flatMap((q) => q.options.filter((o) => o.level).map((o) => `${q.id}.${o.id}`));
  const allWeak = Object.entries(ruleSources)
    .filter(([, ids]) => ids.length > 0 && ids.every((id) => sources[id].strength === 'weak'))
    .map(([key]) => key);
  const noUrl = (Object.keys(sources) as SourceId[]).filter((id) => !sources[id].url);
  const weakCount = (Object.keys(sources) as SourceId[]).filter((id) => sources[id].strength === 'weak').length;
  const unsourced = leveled.filter((key) => !(ruleSources[key] ?? []).length);
  const failing = vignetteFailures(ruleSet);
  const items: Inline[][] = [
    [`${leveled.length} options lead to a level of care; ${Object.keys(sources).length} sources, ${weakCount} of them weak or secondary.`],
    allWeak.length
      ? [strong(`${allWeak.length} rules rest only on weak or secondary sources: `), ...orList(allWeak.map((k) => [code(k)]), 'and'), '.']
      : ['Every rule has at least one primary source.'],
    noUrl.length ? [strong('Sources with no URL: '), ...orList(noUrl.map((k) => [code(k)]), 'and'), '.'] : ['Every source has a URL.'],
    unsourced.length ? [strong('Leveled options with no source: '), ...orList(unsourced.map((k) => [code(k)]), 'and'), '.'] : ['Every leveled option names at least one source.'],
    failing.length ? [strong('Vignettes that disagree with the rules: '), failing.join('; ')] : [`All ${vignettes.length} public vignettes give their expected level.`],
  ];
  return [h(3, 'Points needing attention'), { kind: 'ul', items }];
}

function levelsSection(): Block[] {
  const rows = LEVELS.map((level) => [
    [code(level)],
    ...localeCodes.map((c) => {
      const l = locales[c].levels[level];
      return [strong(l.title), BR, ...voicedList(l.body)];
    }),
    ctaText(level),
  ]);
  return [
    h(2, SECTIONS.levels),
    p(
      'From most to least severe; ',
      code('not-suitable'),
      ' is an exit, not a severity. The emergency line is on every screen. The calls to action are those ',
      code('src/content/calls-to-action.ts'),
      ' allows on each result.',
    ),
    {
      kind: 'table',
      head: ['Level', ...localeCodes.map((c) => `Wording: ${languageName(c)}`), 'Calls to action allowed'],
      rows,
      lang: [undefined, ...localeCodes, undefined],
    },
  ];
}

function questionSection(q: QuestionRule, index: number): Block[] {
  const blocks: Block[] = [h(3, `Question ${index + 1}: ${q.id}`)];
  const closers = closedBy(index);
  blocks.push(
    p(
      strong('Id: '),
      code(q.id),
      '. ',
      strong('Kind: '),
      q.kind === 'single'
        ? 'single (one answer).'
        : q.options.some((o) => o.id === 'none')
          ? 'multi (any number of answers; “None of these” must be chosen actively and clears the others).'
          : 'multi (at least one answer, any number).',
    ),
    p(
      strong('Asked: '),
      ...(q.askedWhen?.length ? q.askedWhen.flatMap((c, i) => [i ? ', or when ' : 'when ', ...conditionText(c)]) : ['always']),
      '.',
    ),
  );
  if (closers.length) blocks.push(p(strong('Not asked after an exit: '), 'when ', ...orList(closers), '.'));
  const has = (field: 'hint' | 'short') => localeCodes.some((c) => locales[c].questions[q.id as keyof Messages['questions']]?.[field]);
  blocks.push({
    kind: 'table',
    head: ['Language', 'Question', ...(has('hint') ? ['Hint'] : []), 'Short name (summary, Change buttons)'],
    rows: localeCodes.map((c) => {
      const words = locales[c].questions[q.id as keyof Messages['questions']];
      return [
        [languageName(c)],
        voiced(words?.text),
        ...(has('hint') ? [words?.hint ? voiced(words.hint) : ['—']] : []),
        words?.short ? [words.short] : [em('(missing)')],
      ];
    }),
    rowLang: localeCodes,
  });

  const review = reviewStatus();
  blocks.push({
    kind: 'table',
    head: [
      'Option',
      'Level',
      'Route',
      'Exit / extra route',
      ...localeCodes.map((c) => `Wording: ${languageName(c)}`),
      'Reason shown on the result',
      'Sources',
      'Review',
    ],
    rows: q.options.map((o) => {
      const key = `${q.id}.${o.id}`;
      return [
        [code(key)],
        levelCell(o.level),
        o.route ? [code(o.route)] : ['—'],
        exitText(o),
        ...localeCodes.map((c) => voiced(optionWording(locales[c], q.id, o.id))),
        reasonCell(key, o),
        sourceLines(key),
        [review],
      ];
    }),
    lang: [undefined, undefined, undefined, undefined, ...localeCodes, undefined, undefined, undefined],
  });
  return blocks;
}

function reasonCell(key: string, o: OptionRule): Inline[] {
  if (!o.level && !o.exit) return [em('not a reason (changes no level by itself)')];
  const own = localeCodes.map((c) => reasonWording(locales[c], key));
  if (own.every((r) => r === undefined)) return ['same as option wording'];
  return lines(...localeCodes.map((c, i) => [strong(`${c}: `), ...(own[i] === undefined ? ['same as option wording'] : voiced(own[i]))]));
}

function questionsSection(): Block[] {
  return [
    h(2, SECTIONS.questions),
    p(
      `${questions.length} questions, asked in this order. Each option's level is what that answer leads to by itself (— means it changes nothing by itself). `,
      'The reason column is the sentence listed under “Why we suggest this” on the result; most options reuse their own wording.',
    ),
    ...questions.flatMap((q, i) => questionSection(q, i)),
  ];
}

function adviceSection(): Block[] {
  const advice = ruleSet.advice;
  return [
    h(2, SECTIONS.advice),
    p('Shown under “Good to know” on the result when any of its conditions holds for the questions asked, and only on the levels listed.'),
    {
      kind: 'table',
      head: ['Advice', 'Shown when', 'On levels', ...localeCodes.map((c) => `Wording: ${languageName(c)}`)],
      rows: advice.map((a) => [
        [code(a.id)],
        conditionLines(a.when),
        a.levels ? orList(a.levels.map((l) => [code(l)]), 'and') : ['all levels'],
        ...localeCodes.map((c) => voicedList(locales[c].advice[a.id as keyof Messages['advice']])),
      ]),
      lang: [undefined, undefined, undefined, ...localeCodes],
    },
  ];
}

/** Rows keyed by a label, one column per locale; a locale without the key shows "(missing)". */
function byKeyTable(first: string, keys: readonly string[], pick: (m: Messages, key: string) => Inline[] | undefined): Table {
  return {
    kind: 'table',
    head: [first, ...localeCodes.map(languageName)],
    rows: keys.map((key) => [[code(key)], ...localeCodes.map((c) => pick(locales[c], key) ?? [em('(missing)')])]),
    lang: [undefined, ...localeCodes],
  };
}

const indexKeys = (name: string, lengths: readonly number[]) =>
  Array.from({ length: Math.max(0, ...lengths) }, (_, i) => `${name} ${i + 1}`);
const at = <T>(list: readonly T[], key: string): T | undefined => list[Number(key.split(' ').at(-1)) - 1];

function wordingSection(): Block[] {
  const all = localeCodes.map((c) => locales[c]);
  const routeUsers = (r: Route): Inline[] => {
    const users = questions.flatMap((q) =>
      q.options.filter((o) => o.route === r || o.extraRoute === r).map((o): Inline[] => [code(`${q.id}.${o.id}`)]),
    );
    return users.length ? orList(users, 'and') : ['—'];
  };
  const learnKeys: string[] = [];
  const sectionCount = Math.max(...all.map((m) => m.learn.sections.length));
  for (let s = 0; s < sectionCount; s++) {
    learnKeys.push(`section ${s + 1} heading`);
    const items = Math.max(...all.map((m) => m.learn.sections[s]?.items.length ?? 0));
    for (let i = 0; i < items; i++) learnKeys.push(`section ${s + 1} item ${i + 1}`);
  }
  const learnPick = (m: Messages, key: string): Inline[] | undefined => {
    const [, s, kind, i] = key.split(' ');
    const section = m.learn.sections[Number(s) - 1];
    const text = kind === 'heading' ? section?.heading : section?.items[Number(i) - 1];
    return text === undefined ? undefined : kind === 'heading' ? [strong(text)] : [text];
  };
  const uiKeys: string[] = [];
  for (const key of Object.keys(all[0].ui)) {
    const value = (all[0].ui as Record<string, unknown>)[key];
    if (Array.isArray(value)) uiKeys.push(...indexKeys(key, all.map((m) => ((m.ui as Record<string, unknown>)[key] as unknown[]).length)));
    else uiKeys.push(key);
  }
  for (const m of all.slice(1)) for (const key of Object.keys(m.ui)) if (!(key in all[0].ui)) uiKeys.push(key);
  const uiPick = (m: Messages, key: string): Inline[] | undefined => {
    const ui = m.ui as unknown as Record<string, string | readonly string[] | undefined>;
    const [name] = key.split(' ');
    const value = ui[name];
    const text = Array.isArray(value) ? at(value, key) : (value as string | undefined);
    return text === undefined ? undefined : [text];
  };
  return [
    h(2, SECTIONS.wording),
    h(3, 'Self-care steps'),
    p('Shown on a ', code('self-care'), ' result.'),
    byKeyTable('Step', indexKeys('step', all.map((m) => m.selfCare.steps.length)), (m, key) => {
      const text = at(m.selfCare.steps, key);
      return text === undefined ? undefined : voiced(text);
    }),
    h(3, 'Get help sooner if'),
    byKeyTable('Item', indexKeys('item', all.map((m) => m.selfCare.sooner.length)), (m, key) => {
      const text = at(m.selfCare.sooner, key);
      return text === undefined ? undefined : voiced(text);
    }),
    h(3, 'Routes'),
    p('Where a same-day or appointment result sends the patient, in the order the answers were asked.'),
    {
      kind: 'table',
      head: ['Route', ...localeCodes.map(languageName), 'Given by'],
      rows: ROUTES.map((r) => [[code(r)], ...localeCodes.map((c) => voiced(locales[c].routes[r])), routeUsers(r)]),
      lang: [undefined, ...localeCodes, undefined],
    },
    h(3, 'Learn section'),
    p('The general education shown beside the checker.'),
    byKeyTable('Part', learnKeys, learnPick),
    h(3, 'Screen wording'),
    p('Every other string on the screens, the printed summary and the announcements for screen readers.'),
    byKeyTable('Key', uiKeys, uiPick),
  ];
}

function invariantsSection(): Block[] {
  const sequences = enumerateSequences();
  const lengths = sequences.map((s) => s.questions.length);
  const tried = sequences.reduce((n, s) => n + s.questions.reduce((m, id) => m + (question(id)?.options.length ?? 0), 0), 0);
  const weakenings = WEAKENINGS.map(({ question, option, level }): Inline[] => [code(`${question}.${option}`), ` → ${level ?? 'no effect'}`]);
  const emergencyOptions = questions.flatMap((q) => q.options.filter((o) => o.level === 'emergency')).length;
  const bookingOn = LEVELS.filter((l) => [[], ...ROUTES.map((r) => [r])].some((routes) => callsToAction(l, routes).includes('book')));
  const throwsWith = (answers: unknown): string => {
    try {
      triage(answers as Answers);
      return 'did not throw';
    } catch (error) {
      return `throws “${(error as Error).message}”`;
    }
  };
  const fcKind = `fast-check property, fixed seed ${FAST_CHECK_DEFAULTS.seed} logged on each run, ${FAST_CHECK_DEFAULTS.numRuns} runs`;
  const enumKind = 'enumeration of every reachable question sequence, every option tried';

  const invariants: { name: Inline[]; tests: TestRef[]; live: Inline[] }[] = [
    {
      name: ['1. Any option whose effect is ', code('emergency'), ', in a question that is asked, gives ', code('emergency'), ' and ', code('complete: true'), ', whatever else was answered.'],
      tests: [
        { file: PATHS, title: 'on every sequence, every option of every question tried once', kind: enumKind },
        { file: PROPERTIES, title: 'an emergency option in an asked question gives emergency', kind: fcKind },
        { file: PROPERTIES, title: 'a gap does not hide a later answer', kind: fcKind },
        {
          file: MUTATION,
          title: 'makes the vignette check fail',
          kind: 'mutation test',
          shown: 'weakening <rule> to <level> makes the vignette check fail',
        },
      ],
      live: [`${emergencyOptions} options lead to emergency; each is tried on every one of ${sequences.length} reachable sequences.`],
    },
    {
      name: ['2. Monotone: adding an option to a multi answer, or changing a single answer from its calm option (', code('no'), ', ', code('neither'), ') to any other, never lowers the level (exits aside).'],
      tests: [
        { file: PROPERTIES, title: 'monotone: adding an option', kind: fcKind },
        { file: PATHS, title: 'on every sequence, every option of every question tried once', kind: enumKind },
      ],
      live: [`${tried} answer paths tried by the enumeration, each at least as severe as the option tried.`],
    },
    {
      name: ['3. Every path ends: ', code('nextQuestion'), ` reaches `, code('null'), ` within ${questions.length} steps; no question is asked twice.`],
      tests: [
        { file: PATHS, title: 'every reachable question sequence is enumerated', kind: enumKind },
        { file: PATHS, title: 'every sequence ends within 16 steps', kind: enumKind },
      ],
      live: [`${sequences.length} reachable question sequences, ${Math.min(...lengths)} to ${Math.max(...lengths)} questions long.`],
    },
    {
      name: [
        '4. ',
        code('reasons'),
        ' is empty only for ',
        code('self-care'),
        '; the booking link is offered only for ',
        code('appointment'),
        ' and ',
        code('self-care'),
        '.',
      ],
      tests: [
        { file: PROPERTIES, title: 'results are well formed', kind: fcKind },
        { file: PATHS, title: 'on every sequence, every option of every question tried once', kind: enumKind },
        {
          file: RESULT_VIEW,
          title: 'shows the emergency number, ',
          kind: 'browser test of the rendered result, one per level',
          shown: '<level> (<story>) shows the emergency number, a/no booking link and the/no clinic phone',
        },
      ],
      live: ['Booking link allowed on: ', ...orList(bookingOn.map((l) => [code(l)]), 'and'), '.'],
    },
    {
      name: ['5. Most severe wins: the result is the most severe level any asked answer leads to, even past unanswered questions.'],
      tests: [
        { file: PROPERTIES, title: 'the most severe chosen option wins', kind: fcKind },
        { file: VIGNETTES, title: 'all vignettes agree with the rule set', kind: 'public vignettes' },
      ],
      live: [`${vignettes.length} public vignettes, listed below.`],
    },
    {
      name: ['6. Deterministic: the same answers, in any order, always give the same result.'],
      tests: [
        { file: PROPERTIES, title: 'deterministic: the same answers', kind: fcKind },
        { file: REVIEW_TEST, title: 'the committed clinical review documents match a fresh build', kind: 'this document is rebuilt byte for byte and compared' },
      ],
      live: ['This document is generated twice in its test and must come out identical.'],
    },
    {
      name: ['7. Unknown ids throw: an unknown question or option id anywhere in the answers throws an error naming it.'],
      tests: [{ file: PROPERTIES, title: 'unknown question or option ids throw', kind: fcKind }],
      live: [
        'Checked now: ',
        code('{ "not-a-question": "none" }'),
        ` ${throwsWith({ 'not-a-question': 'none' })}; `,
        code('{ "who": "nobody" }'),
        ` ${throwsWith({ who: 'nobody' })}.`,
      ],
    },
  ];

  const sortedJoin = (list: readonly string[]) => [...list].sort().join(',');
  const vignetteRows = vignettes.map((v) => {
    const result = triage(v.answers as Answers);
    const routesOk = !v.routes || sortedJoin(result.routes) === sortedJoin(v.routes);
    const ok = result.level === v.expected && result.complete && routesOk;
    return [
      [code(v.id)],
      [v.story],
      [code(v.expected)],
      [code(v.minimum)],
      [code(result.level), ...(result.complete ? [] : [' (incomplete)'])],
      [
        ...(result.routes.length ? orList(result.routes.map((r) => [code(r)]), 'and') : ['—']),
        ...(v.routes ? [BR, 'expected: ', ...orList(v.routes.map((r) => [code(r)]), 'and')] : []),
      ],
      [ok ? '✓' : strong('✗')],
    ];
  });
  const passing = vignetteRows.filter((row) => row[6][0] === '✓').length;

  const leveled = questions.flatMap((q) => q.options.filter((o) => o.level).map((o) => [q.id, o.id] as const));
  const unpinned = leveled.filter(([q, o]) => vignetteFailures(weaken({ question: q, option: o, level: undefined })).length === 0).map(([q, o]): Inline[] => [code(`${q}.${o}`)]);

  return [
    h(2, SECTIONS.invariants),
    p(
      'The spec (',
      code('triage-spec.md'),
      ') lists four invariants; the engine also keeps three more. Each is checked by the tests named here, run on every change (',
      code('npm test'),
      '). The figures are computed by running the engine while this document is built.',
    ),
    {
      kind: 'table',
      head: ['Invariant', 'How it is tested', 'Live figure'],
      rows: invariants.map((inv) => [inv.name, lines(...inv.tests.map(testRef)), inv.live]),
    },
    h(3, 'Public vignettes'),
    p(
      `${passing} of ${vignettes.length} public vignettes give their expected level`,
      passing === vignettes.length ? ' (✓ all pass).' : ' (✗ some fail: see below).',
      ' From ',
      code('test/fixtures/vignettes.json'),
      '; “minimum” is the lowest level that is still safe. Each vignette is run through ',
      code('triage()'),
      ' as this document is built.',
    ),
    {
      kind: 'table',
      head: ['Vignette', 'Story', 'Expected', 'Minimum', 'Result', 'Routes', 'Pass'],
      rows: vignetteRows,
    },
    h(3, 'Mutation test'),
    p(
      code(MUTATION),
      ' weakens one red-flag rule at a time in a copy of the data and requires the vignette check to fail, which proves the vignettes can catch a lost rule. Weakened rules: ',
      ...orList(weakenings, 'and'),
      '.',
    ),
    p(
      strong(`Leveled options no public vignette pins down (${unpinned.length} of ${leveled.length}): `),
      ...(unpinned.length ? orList(unpinned, 'and') : ['none']),
      '. Removing the level of any one of these alone is not noticed by the vignettes (the enumeration and property tests still check them). Consider adding a vignette for those you judge most important.',
    ),
  ];
}

function sourcesSection(): Block[] {
  const citedBy = (id: SourceId): Inline[] => {
    const keys = Object.entries(ruleSources)
      .filter(([, ids]) => ids.includes(id))
      .map(([key]): Inline[] => [code(key)]);
    return keys.length ? orList(keys, 'and') : [strong('⚠ cited by no rule')];
  };
  return [
    h(2, SECTIONS.sources),
    p('Every source cited above, with the rules that cite it. Weak sources are secondary, tertiary or copied pages that need confirming against a primary source.'),
    {
      kind: 'table',
      head: ['Source', 'Title and URL', 'Strength', 'Cited by'],
      rows: (Object.keys(sources) as SourceId[]).map((id) => {
        const s: Source = sources[id];
        return [
          [code(id)],
          [s.title, BR, ...(s.url ? [{ url: s.url }] : [strong('⚠ no URL given')])],
          s.strength === 'weak' ? [strong('⚠ weak/secondary — confirm')] : ['primary'],
          citedBy(id),
        ];
      }),
    },
  ];
}

function signOff(): Block[] {
  const r = ruleSet.review;
  return [
    h(2, SECTIONS.signOff),
    p(`I have reviewed rule set ${ruleSet.version} (${ruleSet.date}) as set out in this document, with the changes I recorded.`),
    {
      kind: 'table',
      head: ['Field', 'Entry'],
      className: 'signoff',
      rows: [
        [[strong('Name')], [r.reviewer ?? '']],
        [[strong('Role')], []],
        [[strong('Signature')], []],
        [[strong('Date')], [r.reviewedOn ?? '']],
        [[strong('Next review date')], [r.nextReview ?? '']],
      ],
    },
    p(strong('Checklist')),
    {
      kind: 'ul',
      checklist: true,
      items: [
        ['Rules checked against sources (levels, conditions, exits, routes and advice).'],
        ['Weak or secondary sources confirmed or replaced.'],
        ['English wording checked.'],
        ['Spanish wording checked by a qualified medical translator.'],
        ['Public vignettes reviewed: each expected level is clinically right.'],
        ['Changes recorded and sent to the team.'],
      ],
    },
  ];
}

/** The review document as Markdown and as a printable, self-contained HTML page. */
export function clinicalReview(): { markdown: string; html: string } {
  const blocks: Block[] = [
    ...header(),
    ...contents(),
    ...howTo(),
    ...attention(),
    ...levelsSection(),
    ...questionsSection(),
    ...adviceSection(),
    ...wordingSection(),
    ...invariantsSection(),
    ...sourcesSection(),
    ...signOff(),
  ];
  const title = `Clinical review: <spasm-checker> rule set ${ruleSet.version}`;
  return { markdown: renderMarkdown(blocks), html: renderHtml(blocks, title) };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { markdown, html } = clinicalReview();
  writeOrCheck({ [MARKDOWN_PATH]: markdown, [HTML_PATH]: html }, { hint: STALE_HINT });
}
