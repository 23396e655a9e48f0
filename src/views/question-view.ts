// One question step: one form, one fieldset whose legend holds the question heading, native
// radios or checkboxes (name = question id, value = option id), one submit button.
import { html, nothing } from 'lit/html.js';
import type { TemplateResult } from 'lit/html.js';
import type { QuestionRule } from '../triage/types.js';
import type { Messages } from '../i18n/messages.js';
import { fill, voice } from '../i18n/format.js';
import { heading } from './heading.js';

export interface QuestionViewProps {
  question: QuestionRule;
  step: number;
  messages: Messages;
  aboutSomeoneElse: boolean;
  headingLevel: number;
  showError: boolean;
  /** Shown before the question once an answer has reached ed-now (spec: the patient who stops reading knows where to go). */
  banner?: string;
  onSubmit: (event: SubmitEvent) => void;
  onChange: (event: Event) => void;
  onBack?: () => void;
}

export function questionView(p: QuestionViewProps): TemplateResult {
  const { question, messages: m } = p;
  const q = question.id as keyof Messages['questions'];
  const words = m.questions[q];
  const optionWords = m.options[q] as Record<string, Parameters<typeof voice>[0]>;
  const multi = question.kind === 'multi';
  const hint = words.hint ? voice(words.hint, p.aboutSomeoneElse) : multi ? m.ui.chooseAny : '';
  const describedBy = [p.banner ? 'ed-now' : '', hint ? 'hint' : '', p.showError ? 'error' : '']
    .filter(Boolean)
    .join(' ');
  return html`
    <form part="question" @submit=${p.onSubmit} @change=${p.onChange} novalidate>
      ${p.banner ? html`<p id="ed-now" class="ed-now-banner">${p.banner}</p>` : nothing}
      <fieldset aria-describedby=${describedBy || nothing}>
        <legend>
          ${heading(
            p.headingLevel,
            html`<span class="progress">${fill(m.ui.questionN, { n: p.step })}</span>
              <span class="question-text">${voice(words.text, p.aboutSomeoneElse)}</span>`,
            'step-heading',
            true,
          )}
        </legend>
        ${hint ? html`<p id="hint" class="hint">${hint}</p>` : nothing}
        ${
          p.showError
            ? html`<p id="error" class="error" tabindex="-1">
              <span class="visually-hidden">${m.ui.errorPrefix} </span>${m.ui.chooseOne}
            </p>`
            : nothing
        }
        <div class="options">
          ${question.options.map(
            (option) => html`
              <label class="option" part="option" for="o-${option.id}">
                <input
                  id="o-${option.id}"
                  type=${multi ? 'checkbox' : 'radio'}
                  name=${question.id}
                  value=${option.id}
                />
                <span>${voice(optionWords[option.id], p.aboutSomeoneElse)}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" part="button primary-button">${m.ui.continue}</button>
        ${p.onBack ? html`<button type="button" part="button" @click=${p.onBack}>${m.ui.back}</button>` : nothing}
      </div>
    </form>
  `;
}
