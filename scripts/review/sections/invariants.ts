// The spec's invariants and the engine's own, each with the tests that check it and a figure
// computed from the engine as the document is built.
import { callsToAction } from '../../../src/content/calls-to-action.js';
import { triage } from '../../../src/triage/index.js';
import type { Answers } from '../../../src/triage/index.js';
import { vignettes } from '../../../test/triage/vignette-check.js';
import { enumerateSequences, FAST_CHECK_DEFAULTS } from '../../../test/triage/test-plan.js';
import { code, h, lines, orList, p } from '../document.js';
import type { Block, Inline } from '../document.js';
import { LEVELS, question, questions, ROUTES } from '../rules-and-wording.js';
import { MUTATION, PATHS, PROPERTIES, RESULT_VIEW, REVIEW_TEST, testRef, VIGNETTES } from '../test-refs.js';
import type { TestRef } from '../test-refs.js';
import { SECTIONS } from './titles.js';

export function invariantsSection(): Block[] {
  const sequences = enumerateSequences();
  const lengths = sequences.map((s) => s.questions.length);
  const tried = sequences.reduce(
    (n, s) => n + s.questions.reduce((m, id) => m + (question(id)?.options.length ?? 0), 0),
    0,
  );
  const emergencyOptions = questions.flatMap((q) => q.options.filter((o) => o.level === 'emergency')).length;
  const bookingOn = LEVELS.filter((l) =>
    [[], ...ROUTES.map((r) => [r])].some((routes) => callsToAction(l, routes).includes('book')),
  );
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
      name: [
        '1. Any option whose effect is ',
        code('emergency'),
        ', in a question that is asked, gives ',
        code('emergency'),
        ' and ',
        code('complete: true'),
        ', whatever else was answered.',
      ],
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
      live: [
        `${emergencyOptions} options lead to emergency; each is tried on every one of ${sequences.length} reachable sequences.`,
      ],
    },
    {
      name: [
        '2. Monotone: adding an option to a multi answer, or changing a single answer from its calm option (',
        code('no'),
        ', ',
        code('neither'),
        ') to any other, never lowers the level (exits aside).',
      ],
      tests: [
        { file: PROPERTIES, title: 'monotone: adding an option', kind: fcKind },
        { file: PATHS, title: 'on every sequence, every option of every question tried once', kind: enumKind },
      ],
      live: [`${tried} answer paths tried by the enumeration, each at least as severe as the option tried.`],
    },
    {
      name: [
        '3. Every path ends: ',
        code('nextQuestion'),
        ` reaches `,
        code('null'),
        ` within ${questions.length} steps; no question is asked twice.`,
      ],
      tests: [
        { file: PATHS, title: 'every reachable question sequence is enumerated', kind: enumKind },
        { file: PATHS, title: 'every sequence ends within 16 steps', kind: enumKind },
      ],
      live: [
        `${sequences.length} reachable question sequences, ${Math.min(...lengths)} to ${Math.max(...lengths)} questions long.`,
      ],
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
      live: [
        'Booking link allowed on: ',
        ...orList(
          bookingOn.map((l) => [code(l)]),
          'and',
        ),
        '.',
      ],
    },
    {
      name: [
        '5. Most severe wins: the result is the most severe level any asked answer leads to, even past unanswered questions.',
      ],
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
        {
          file: REVIEW_TEST,
          title: 'the committed clinical review documents match a fresh build',
          kind: 'this document is rebuilt byte for byte and compared',
        },
      ],
      live: ['This document is generated twice in its test and must come out identical.'],
    },
    {
      name: [
        '7. Unknown ids throw: an unknown question or option id anywhere in the answers throws an error naming it.',
      ],
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
  ];
}
