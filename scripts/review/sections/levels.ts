// Each level of care in every language, with the calls to action its result offers.
import { callsToAction } from '../../../src/content/calls-to-action.js';
import type { CallToAction } from '../../../src/content/calls-to-action.js';
import { locales } from '../../../src/i18n/locales.js';
import type { Level } from '../../../src/triage/types.js';
import { BR, code, h, lines, p, strong } from '../document.js';
import type { Block, Inline } from '../document.js';
import { languageName, LEVELS, localeCodes, ROUTES, voicedList } from '../rules-and-wording.js';
import { SECTIONS } from './titles.js';

const CTA_WORDS: Readonly<Record<CallToAction, string>> = {
  'call-emergency': 'emergency number (tel: link)',
  'call-clinic': 'clinic phone (if the hospital set one)',
  book: 'booking link (if the hospital set one)',
};

/** The calls to action a level allows, per route when the route changes them. */
function ctaText(level: Level): Inline[] {
  const describe = (list: readonly CallToAction[]) =>
    list.length ? list.map((c) => CTA_WORDS[c]).join('; ') : 'none besides the emergency line';
  const base = describe(callsToAction(level, []));
  const differing = ROUTES.filter((r) => describe(callsToAction(level, [r])) !== base);
  if (!differing.length) return [base];
  return lines(...differing.map((r) => [strong('Route '), code(r), ': ', describe(callsToAction(level, [r]))]), [
    strong('Other routes: '),
    base,
  ]);
}

export function levelsSection(): Block[] {
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
