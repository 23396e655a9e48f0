// Every question in the order asked, when it is asked, its wording, and each option's level, route,
// exit, wording, reason, sources and review status.
import { ruleSources } from '../../../src/content/rule-sources.js';
import { sources } from '../../../src/content/sources.js';
import type { Source, SourceId } from '../../../src/content/sources.js';
import { locales } from '../../../src/i18n/locales.js';
import type { Messages, Voiced } from '../../../src/i18n/messages.js';
import type { OptionRule, QuestionRule } from '../../../src/triage/types.js';
import { code, em, h, lines, orList, p, strong } from '../document.js';
import type { Block, Inline } from '../document.js';
import {
  conditionText,
  languageName,
  localeCodes,
  NOT_REVIEWED,
  optionOf,
  questions,
  ruleSet,
  voiced,
} from '../rules-and-wording.js';
import { SECTIONS } from './titles.js';

const optionWording = (m: Messages, q: string, o: string): Voiced | undefined =>
  (m.options as unknown as Record<string, Record<string, Voiced> | undefined>)[q]?.[o];
const reasonWording = (m: Messages, key: string): Voiced | undefined =>
  (m.reasons as unknown as Record<string, Voiced | undefined>)[key];

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
      ...(q.askedWhen?.length
        ? q.askedWhen.flatMap((c, i) => [i ? ', or when ' : 'when ', ...conditionText(c)])
        : ['always']),
      '.',
    ),
  );
  if (closers.length) blocks.push(p(strong('Not asked after an exit: '), 'when ', ...orList(closers), '.'));
  const has = (field: 'hint' | 'short') =>
    localeCodes.some((c) => locales[c].questions[q.id as keyof Messages['questions']]?.[field]);
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
  return lines(
    ...localeCodes.map((c, i) => [
      strong(`${c}: `),
      ...(own[i] === undefined ? ['same as option wording'] : voiced(own[i])),
    ]),
  );
}

export function questionsSection(): Block[] {
  return [
    h(2, SECTIONS.questions),
    p(
      `${questions.length} questions, asked in this order. Each option's level is what that answer leads to by itself (— means it changes nothing by itself). `,
      'The reason column is the sentence listed under “Why we suggest this” on the result; most options reuse their own wording.',
    ),
    ...questions.flatMap((q, i) => questionSection(q, i)),
  ];
}
