// The result screen: the level in words first, what to do, the calls to action the level allows,
// why, advice tied to the answers, home care, what the patient told us (with Change), start again.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Evaluation, Route } from '../triage/types.js';
import type { Messages, ReasonKey, Voiced } from '../i18n/messages.js';
import type { Settings } from '../config/options.js';
import type { ActionKind } from '../events.js';
import { callsToAction } from '../content/calls-to-action.js';
import { rules } from '../content/rules.js';
import { fill, voice } from '../i18n/format.js';
import { heading } from './heading.js';
import { withEmergencyLink } from './phone-text.js';

export interface ResultViewProps {
  evaluation: Evaluation;
  messages: Messages;
  settings: Settings;
  aboutSomeoneElse: boolean;
  headingLevel: number;
  onChangeAnswer: (question: string) => void;
  onBack: () => void;
  onRestart: () => void;
  onAction: (kind: ActionKind) => void;
}

export function resultView(p: ResultViewProps): TemplateResult {
  const { evaluation: e, messages: m, settings: s } = p;
  const other = p.aboutSomeoneElse;
  const say = (text: Voiced) => voice(text, other);
  const clinic = s.clinicName || m.ui.defaultClinic;
  const sentence = (text: Voiced) =>
    withEmergencyLink(fill(say(text), { clinic }), s.emergencyNumber, () => p.onAction('call-emergency'));
  const list = (items: readonly Voiced[]) => html`<ul>${items.map((item) => html`<li>${sentence(item)}</li>`)}</ul>`;
  const sub = p.headingLevel + 1;
  const actions = callsToAction(e.level, e.routes as Route[]);
  const level = m.levels[e.level];

  return html`
    <div class="result" part="result" data-level=${e.level}>
      ${heading(
        p.headingLevel,
        html`<span class="visually-hidden">${m.ui.resultLabel}: </span>${level.title}`,
        'step-heading',
        true,
      )}
      <div class="level-body">${level.body.map((line) => html`<p>${sentence(line)}</p>`)}</div>
      ${actionsView(actions, p, clinic)}
      ${e.routes.length
        ? html`${heading(sub, m.ui.whereHeading)}${list(e.routes.map((r) => m.routes[r as Route]))}`
        : nothing}
      ${e.reasons.length
        ? html`${heading(sub, m.ui.whyHeading)}${list(e.reasons.map((r) => reasonText(m, r)))}`
        : nothing}
      ${e.advice.length
        ? html`${heading(sub, m.ui.adviceHeading)}${list(
            e.advice.flatMap((a) => m.advice[a as keyof Messages['advice']]),
          )}`
        : nothing}
      ${e.level === 'self-care' ? html`${heading(sub, m.ui.selfCareHeading)}${list(m.selfCare.steps)}` : nothing}
      ${['self-care', 'appointment'].includes(e.level)
        ? html`${heading(sub, m.ui.soonerHeading)}${list(m.selfCare.sooner)}`
        : nothing}
      ${toldUsView(p)}
      <div class="actions">
        <button type="button" part="button" @click=${p.onBack}>${m.ui.back}</button>
        <button type="button" part="button" @click=${p.onRestart}>${m.ui.startAgain}</button>
      </div>
      <p class="version">${fill(m.ui.rulesVersion, { version: rules.version })}</p>
    </div>
  `;
}

/** A reason's own sentence when it has one, else the wording of the option the patient chose. */
function reasonText(m: Messages, reason: string): Voiced {
  const [question, option] = reason.split('.') as [keyof Messages['options'], string];
  return m.reasons[reason as ReasonKey] ?? (m.options[question] as Record<string, Voiced>)[option];
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

function toldUsView(p: ResultViewProps) {
  const { messages: m } = p;
  return html`
    ${heading(p.headingLevel + 1, m.ui.toldUsHeading)}
    <dl class="told-us">
      ${p.evaluation.answered.map(({ question, options }) => {
        const q = question as keyof Messages['questions'];
        const words = m.options[q] as Record<string, Voiced>;
        const short = m.questions[q].short;
        return html`
          <div class="told-row">
            <dt>${short}</dt>
            <dd>
              ${options.map((o) => voice(words[o], p.aboutSomeoneElse)).join('; ')}
              <button type="button" class="link-button" part="button" @click=${() => p.onChangeAnswer(question)}>
                ${m.ui.change}<span class="visually-hidden"> ${short}</span>
              </button>
            </dd>
          </div>
        `;
      })}
    </dl>
  `;
}
