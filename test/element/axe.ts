// Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on an element and fails with a
// readable list of violations.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

const options: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
  resultTypes: ['violations'],
};

export async function expectNoAxeViolations(element: Element, state: string) {
  const axe = (window as unknown as { axe: { run: (e: Element, o: RunOptions) => Promise<AxeResults> } }).axe;
  const { violations } = await axe.run(element, options);
  if (violations.length) {
    const lines = violations.flatMap((v) => [
      `${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.map((n) => `  at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    ]);
    throw new Error(`axe found ${violations.length} violation(s) in state "${state}":\n${lines.join('\n')}`);
  }
}
