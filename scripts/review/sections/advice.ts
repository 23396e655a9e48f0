// The advice shown under "Good to know": when each piece shows, on which levels, and its wording.
import { locales } from '../../../src/i18n/locales.js';
import type { Messages } from '../../../src/i18n/messages.js';
import type { AdviceRule } from '../../../src/triage/types.js';
import { code, h, lines, orList, p } from '../document.js';
import type { Block, Inline } from '../document.js';
import { conditionText, languageName, localeCodes, ruleSet, voicedList } from '../rules-and-wording.js';
import { SECTIONS } from './titles.js';

type AdviceCondition = NonNullable<AdviceRule['when']>[number];
function whenText(when: AdviceCondition): Inline[] {
  if ('allOf' in when) return ['both ', ...orList(when.allOf.map(conditionText), 'and')];
  return conditionText(when);
}
/** One line per alternative condition: any one of them is enough. */
const conditionLines = (when: readonly AdviceCondition[] | undefined): Inline[] =>
  !when ? ['always'] : lines(...when.map((w, i) => [...(i ? ['or '] : []), ...whenText(w)]));

export function adviceSection(): Block[] {
  const advice = ruleSet.advice;
  return [
    h(2, SECTIONS.advice),
    p(
      'Shown under “Good to know” on the result when any of its conditions holds for the questions asked, and only on the levels listed.',
    ),
    {
      kind: 'table',
      head: ['Advice', 'Shown when', 'On levels', ...localeCodes.map((c) => `Wording: ${languageName(c)}`)],
      rows: advice.map((a) => [
        [code(a.id)],
        conditionLines(a.when),
        a.levels
          ? orList(
              a.levels.map((l) => [code(l)]),
              'and',
            )
          : ['all levels'],
        ...localeCodes.map((c) => voicedList(locales[c].advice[a.id as keyof Messages['advice']])),
      ]),
      lang: [undefined, undefined, undefined, ...localeCodes],
    },
  ];
}
