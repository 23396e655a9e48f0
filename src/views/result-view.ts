// The result screen: the level in words first, what to do, the calls to action the level allows,
// why, advice tied to the answers, home care, what the patient told us (with Change), print, copy,
// start again; and, while Print prints, the summary that alone is printed. A result that offers "Call 911" has that one
// link to the emergency number: its sentences say the number as text.
import { html, nothing } from 'lit/html.js';
import type { TemplateResult } from 'lit/html.js';
import type { Evaluation, Route } from '../triage/types.js';
import type { Messages, Voiced } from '../i18n/messages.js';
import type { Settings } from '../config/options.js';
import type { ActionKind } from '../events.js';
import { callsToAction } from '../content/calls-to-action.js';
import { fill, voice } from '../i18n/format.js';
import { heading } from './heading.js';
import { withEmergencyLink } from './phone-text.js';
import { optionWords, reasonWords } from './summary.js';

export interface ResultViewProps {
  evaluation: Evaluation;
  /** The rule set's version and review status, under the result. */
  footer: readonly string[];
  /**
   * The summary's plain text while Print prints it, else undefined: built only then, so the result
   * screen does not pay for the date's formatting (the first Intl use of the page) on every visit.
   */
  printText: string | undefined;
  messages: Messages;
  settings: Settings;
  aboutSomeoneElse: boolean;
  headingLevel: number;
  onChangeAnswer: (question: string) => void;
  onBack: (event: Event) => void;
  onRestart: () => void;
  onPrint: () => void;
  onCopy: () => void;
  onAction: (kind: ActionKind) => void;
}

export function resultView(p: ResultViewProps): TemplateResult {
  const { evaluation: e, messages: m, settings: s } = p;
  const other = p.aboutSomeoneElse;
  const clinic = s.clinicName || m.ui.defaultClinic;
  const actions = callsToAction(e.level, e.routes as Route[]);
  const callLink = !actions.includes('call-emergency');
  const sentence = (text: Voiced) => {
    const words = fill(voice(text, other), { clinic });
    const number = s.emergencyNumber;
    return callLink ? withEmergencyLink(words, number, () => p.onAction('call-emergency')) : fill(words, { number });
  };
  const list = (items: readonly Voiced[]) => html`<ul>${items.map((item) => html`<li>${sentence(item)}</li>`)}</ul>`;
  const section = (title: string, items: readonly Voiced[]) =>
    items.length ? html`${heading(p.headingLevel + 1, title)}${list(items)}` : nothing;
  const level = m.levels[e.level];
  const urgent = e.level === 'emergency' || e.level === 'ed-now';

  return html`
    <div class="result" part="result" data-level=${e.level}>
      ${heading(
        p.headingLevel,
        html`<span class="visually-hidden">${m.ui.resultLabel}: </span>${level.title}`,
        'step-heading',
        true,
      )}
      ${level.body.map((line) => html`<p>${sentence(line)}</p>`)}
      ${urgent && s.emergencyNumber === '911' ? html`<p class="deaf-help">${m.ui.deafHelp}</p>` : nothing}
      ${actionsView(actions, p, clinic)}
      ${section(
        m.ui.whereHeading,
        e.routes.map((r) => m.routes[r as Route]),
      )}
      ${section(
        m.ui.whyHeading,
        e.reasons.map((r) => reasonWords(m, r, other)),
      )}
      ${section(
        m.ui.adviceHeading,
        e.advice.flatMap((a) => m.advice[a as keyof Messages['advice']]),
      )}
      ${section(m.ui.selfCareHeading, e.level === 'self-care' ? m.selfCare.steps : [])}
      ${section(m.ui.soonerHeading, e.level === 'self-care' || e.level === 'appointment' ? m.selfCare.sooner : [])}
      ${toldUsView(p)}
      <div class="actions">
        <button type="button" part="button" @click=${p.onPrint}>${m.ui.print}</button>
        <button type="button" part="button" @click=${p.onCopy}>${m.ui.copy}</button>
        <button type="button" part="button" @click=${p.onBack}>${m.ui.back}</button>
        <button type="button" part="button" @click=${p.onRestart}>${m.ui.startAgain}</button>
      </div>
      <p class="version">${p.footer.join(' ')}</p>
    </div>
    ${p.printText === undefined ? nothing : printView(p.printText)}
  `;
}

function actionsView(actions: readonly string[], p: ResultViewProps, clinic: string) {
  const { messages: m, settings: s } = p;
  const links = actions.flatMap((kind) => {
    if (kind === 'call-emergency') {
      return html`<a class="cta urgent" part="cta" href="tel:${s.emergencyNumber}" @click=${() => p.onAction('call-emergency')}
        >${fill(m.ui.callEmergency, { number: s.emergencyNumber })}</a>`;
    }
    if (kind === 'call-clinic' && s.clinicTel) {
      return html`<a class="cta" part="cta" href=${s.clinicTel} @click=${() => p.onAction('call-clinic')}
        >${fill(m.ui.callClinic, { clinic, phone: s.clinicPhone })}</a>`;
    }
    if (kind === 'book' && s.bookingUrl) {
      const words = p.evaluation.level === 'self-care' ? m.ui.bookAgain : m.ui.book;
      return html`<a class="cta" part="cta" href=${s.bookingUrl} target="_blank" rel="noopener noreferrer"
        @click=${() => p.onAction('book')}>${fill(words, { clinic })} <span class="visually-hidden">${m.ui.newTab}</span></a>`;
    }
    return [];
  });
  return links.length ? html`<div class="ctas">${links}</div>` : nothing;
}

/** One list item per answer: what was asked, the answer, and its Change button. The button sits in
 * no <dd>, whose text a screen reader would say before the button's own name. */
function toldUsView(p: ResultViewProps) {
  const { messages: m } = p;
  return html`
    ${heading(p.headingLevel + 1, m.ui.toldUsHeading)}
    <ul class="told-us">
      ${p.evaluation.answered.map(({ question, options }) => {
        const short = m.questions[question as keyof Messages['questions']].short;
        return html`
          <li class="told-row">
            <span class="told-question">${short}</span>
            <span class="told-answer">${options.map((o) => optionWords(m, question, o, p.aboutSomeoneElse)).join('; ')}</span>
            <button type="button" part="button" @click=${() => p.onChangeAnswer(question)}>
              ${m.ui.change}<span class="visually-hidden"> ${short}</span>
            </button>
          </li>
        `;
      })}
    </ul>
  `;
}

/** Shown only when printing (display: none on screen hides it from screen readers too): the
 * same plain text that Copy puts on the clipboard, so the two never differ. */
function printView(text: string) {
  return html`<pre class="print-summary">${text}</pre>`;
}
