// The top of the document: its title, the rule set's version and review record, and the contents.
import { code, h, p, slug, strong } from '../document.js';
import type { Block, Inline } from '../document.js';
import { languageName, localeCodes, NOT_REVIEWED, ruleSet } from '../rules-and-wording.js';
import { SECTIONS, TITLE } from './titles.js';

export function header(): Block[] {
  const r = ruleSet.review;
  return [
    h(1, TITLE),
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

export function contents(): Block[] {
  return [
    p(strong('Contents')),
    { kind: 'ol', items: Object.values(SECTIONS).map((s): Inline[] => [{ text: s, href: `#${slug(s)}` }]) },
  ];
}
