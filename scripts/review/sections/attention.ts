// What the reviewer should look at first: weak or missing sources and failing vignettes.
import { ruleSources } from '../../../src/content/rule-sources.js';
import { sources } from '../../../src/content/sources.js';
import type { SourceId } from '../../../src/content/sources.js';
import { vignetteFailures, vignettes } from '../../../test/triage/vignette-check.js';
import { code, h, orList, strong } from '../document.js';
import type { Block, Inline } from '../document.js';
import { questions, ruleSet } from '../rules-and-wording.js';

export function attention(): Block[] {
  const leveled = questions.flatMap((q) => q.options.filter((o) => o.level).map((o) => `${q.id}.${o.id}`));
  const allWeak = Object.entries(ruleSources)
    .filter(([, ids]) => ids.length > 0 && ids.every((id) => sources[id].strength === 'weak'))
    .map(([key]) => key);
  const noUrl = (Object.keys(sources) as SourceId[]).filter((id) => !sources[id].url);
  const weakCount = (Object.keys(sources) as SourceId[]).filter((id) => sources[id].strength === 'weak').length;
  const unsourced = leveled.filter((key) => !(ruleSources[key] ?? []).length);
  const failing = vignetteFailures(ruleSet);
  const items: Inline[][] = [
    [
      `${leveled.length} options lead to a level of care; ${Object.keys(sources).length} sources, ${weakCount} of them weak or secondary.`,
    ],
    allWeak.length
      ? [
          strong(`${allWeak.length} rules rest only on weak or secondary sources: `),
          ...orList(
            allWeak.map((k) => [code(k)]),
            'and',
          ),
          '.',
        ]
      : ['Every rule has at least one primary source.'],
    noUrl.length
      ? [
          strong('Sources with no URL: '),
          ...orList(
            noUrl.map((k) => [code(k)]),
            'and',
          ),
          '.',
        ]
      : ['Every source has a URL.'],
    unsourced.length
      ? [
          strong('Leveled options with no source: '),
          ...orList(
            unsourced.map((k) => [code(k)]),
            'and',
          ),
          '.',
        ]
      : ['Every leveled option names at least one source.'],
    failing.length
      ? [strong('Vignettes that disagree with the rules: '), failing.join('; ')]
      : [`All ${vignettes.length} public vignettes give their expected level.`],
  ];
  return [h(3, 'Points needing attention'), { kind: 'ul', items }];
}
