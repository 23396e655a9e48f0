// Every source, its strength, and the rules that cite it.
import { ruleSources } from '../../../src/content/rule-sources.js';
import { sources } from '../../../src/content/sources.js';
import type { Source, SourceId } from '../../../src/content/sources.js';
import { BR, code, h, orList, p, strong } from '../document.js';
import type { Block, Inline } from '../document.js';
import { SECTIONS } from './titles.js';

export function sourcesSection(): Block[] {
  const citedBy = (id: SourceId): Inline[] => {
    const keys = Object.entries(ruleSources)
      .filter(([, ids]) => ids.includes(id))
      .map(([key]): Inline[] => [code(key)]);
    return keys.length ? orList(keys, 'and') : [strong('⚠ cited by no rule')];
  };
  return [
    h(2, SECTIONS.sources),
    p(
      'Every source cited above, with the rules that cite it. Weak sources are secondary, tertiary or copied pages that need confirming against a primary source.',
    ),
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
