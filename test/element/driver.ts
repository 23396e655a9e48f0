// Drives <spasm-checker> the way a patient does: click the labels of the chosen options, then
// Continue. Every query goes through the rendered shadow DOM, never through private state.
import type { SpasmChecker } from '../../src/spasm-checker.js';

export type Given = Record<string, string | readonly string[]>;

export const shadow = (el: SpasmChecker) => el.shadowRoot!;
export const form = (el: SpasmChecker) => shadow(el).querySelector('form');
/** The question's heading ("Question N: …"), the step's focus target, or '' on the result screen. */
export const headingText = (el: SpasmChecker) =>
  form(el)?.querySelector('#step-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The question on screen (the name of its inputs), or null on the result screen. */
export function currentQuestion(el: SpasmChecker): string | null {
  return shadow(el).querySelector<HTMLInputElement>('form input')?.name ?? null;
}

export async function settle(el: SpasmChecker) {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Chooses the options by clicking their labels, then clicks Continue. */
export async function answer(el: SpasmChecker, options: string | readonly string[]) {
  const f = form(el);
  if (!f) throw new Error('no question form on screen');
  for (const value of [options].flat()) {
    const input = f.querySelector<HTMLInputElement>(`input[value="${value}"]`);
    if (!input) throw new Error(`no option "${value}" on question ${currentQuestion(el)}`);
    if (!input.checked) (input.closest('label') as HTMLLabelElement).click();
  }
  f.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await settle(el);
}

/** Answers whatever question is on screen from `given` until the result shows; returns the questions asked. */
export async function walk(el: SpasmChecker, given: Given): Promise<string[]> {
  const asked: string[] = [];
  for (let step = 0; step < 20; step++) {
    const question = currentQuestion(el);
    if (!question) return asked;
    if (!(question in given)) throw new Error(`asked ${question}, which the answers do not cover`);
    asked.push(question);
    await answer(el, given[question]);
  }
  throw new Error('the walk did not end');
}

/** The one element that carries data-level on the result screen. */
export const resultLevel = (el: SpasmChecker) =>
  shadow(el).querySelector('[data-level]')?.getAttribute('data-level') ?? null;
export const text = (el: SpasmChecker) => shadow(el).textContent?.replace(/\s+/g, ' ') ?? '';
