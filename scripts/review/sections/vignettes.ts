// The public vignettes, each run through the engine as the document is built, and how well they
// catch a lost rule: the mutation test's weakenings and the leveled options no vignette pins down.
import { triage } from '../../../src/triage/index.js';
import type { Answers } from '../../../src/triage/index.js';
import { vignetteFailures, vignettes } from '../../../test/triage/vignette-check.js';
import { weaken, WEAKENINGS } from '../../../test/triage/test-plan.js';
import { BR, code, h, orList, p, strong } from '../document.js';
import type { Block, Inline } from '../document.js';
import { questions } from '../rules-and-wording.js';
import { MUTATION } from '../test-refs.js';

export function vignettesSection(): Block[] {
  const weakenings = WEAKENINGS.map(({ question, option, level }): Inline[] => [
    code(`${question}.${option}`),
    ` → ${level ?? 'no effect'}`,
  ]);
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
        ...(result.routes.length
          ? orList(
              result.routes.map((r) => [code(r)]),
              'and',
            )
          : ['—']),
        ...(v.routes
          ? [
              BR,
              'expected: ',
              ...orList(
                v.routes.map((r) => [code(r)]),
                'and',
              ),
            ]
          : []),
      ],
      [ok ? '✓' : strong('✗')],
    ];
  });
  const passing = vignetteRows.filter((row) => row[6][0] === '✓').length;

  const leveled = questions.flatMap((q) => q.options.filter((o) => o.level).map((o) => [q.id, o.id] as const));
  const unpinned = leveled
    .filter(([q, o]) => vignetteFailures(weaken({ question: q, option: o, level: undefined })).length === 0)
    .map(([q, o]): Inline[] => [code(`${q}.${o}`)]);
  return [
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
