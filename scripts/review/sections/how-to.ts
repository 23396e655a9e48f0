// How a clinician works through the document, how a result is reached, and what the placeholders
// in the wording stand for.
import { DEFAULT_EMERGENCY_NUMBER } from '../../../src/config/options.js';
import { code, h, p, strong } from '../document.js';
import type { Block } from '../document.js';
import { SECTIONS } from './titles.js';

export function howTo(): Block[] {
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
        [
          'Check each rule: for every option with a level, is the level of care right and as safe as the sources support? Are the conditions for asking each question right?',
        ],
        [
          'Check each source: open the link and confirm it supports the rule. Sources marked ',
          strong('⚠ weak/secondary — confirm'),
          ' are copies or secondary pages: confirm against a primary source, or name a better one.',
        ],
        [
          'Check the wording in each language: is it what you want a patient to read, and does each language say the same thing?',
        ],
        ['Check the public vignettes: does each expected level match your clinical judgement?'],
        [
          'Record every change you want next to the rule (option id, what to change, why). The team changes the data, regenerates this document and sends it back.',
        ],
        [
          'When you are satisfied, complete the sign-off block at the end. The team then records your name, the date and the next review date in the rule set.',
        ],
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
