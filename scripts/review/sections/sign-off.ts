// The block the clinician completes: name, role, signature, dates and a checklist.
import { h, p, strong } from '../document.js';
import type { Block } from '../document.js';
import { ruleSet } from '../rules-and-wording.js';
import { SECTIONS } from './titles.js';

export function signOff(): Block[] {
  const r = ruleSet.review;
  return [
    h(2, SECTIONS.signOff),
    p(
      `I have reviewed rule set ${ruleSet.version} (${ruleSet.date}) as set out in this document, with the changes I recorded.`,
    ),
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
