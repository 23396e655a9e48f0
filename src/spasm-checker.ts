// The <spasm-checker> element: a thin LitElement view. The flow (steps, answers, Back, Change,
// Start again) is in src/checker/, the rules in the triage engine; this file reads the form, calls
// them, renders, moves focus and fires events.
import { html, LitElement, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { rules } from './content/rules.js';
import type { Answers } from './content/rules.js';
import type { TriageResult } from './triage/types.js';
import * as flow from './checker/flow.js';
import type { CheckerState, Screen } from './checker/flow.js';
import { SETTING_PROPERTIES as SETTINGS, validateSettings } from './config/options.js';
import type { RawSettings, Settings } from './config/options.js';
import { messagesFor } from './i18n/wording.js';
import type { Messages } from './i18n/messages.js';
import { fill } from './i18n/format.js';
import { withEmergencyLink } from './views/phone-text.js';
import { heading } from './views/heading.js';
import { questionView } from './views/question-view.js';
import { resultView } from './views/result-view.js';
import { learnView } from './views/learn-view.js';
import { buildSummary, summaryContacts, summaryFooter, summaryText } from './views/summary.js';
import type { Summary } from './views/summary.js';
import {
  SpasmCheckerActionEvent,
  SpasmCheckerCompleteEvent,
  SpasmCheckerRestartEvent,
  SpasmCheckerStartEvent,
  SpasmCheckerStepEvent,
} from './events.js';
import type { ActionKind } from './events.js';
import { styles } from './spasm-checker.styles.js';
import { printAlone } from './print-alone.js';
import { version } from './version.js';

/**
 * A muscle cramp and spasm checker: plain-language education and a step-by-step symptom check
 * that ends in a recommended level of care, with the hospital's own phone number and booking link.
 * Everything runs on the patient's device: no network requests, no storage.
 *
 * @summary Muscle cramp and spasm education and symptom checker for hospital web pages.
 * @tagname spasm-checker
 *
 * @attr {string} clinic-name - The clinic's name, shown on its phone and booking links. Text only, capped at 80 characters.
 * @attr {string} clinic-phone - The clinic's phone number, shown as written; its tel: link uses only its digits and a leading +.
 * @attr {string} booking-url - The clinic's booking page: an https: URL or a same-site path such as "/book".
 * @attr {string} emergency-number - The emergency number (digits only). Default 911.
 * @attr {'full' | 'checker' | 'learn'} view - What to show: "full" (checker, then the learn section), "checker" or "learn".
 * @attr {'light' | 'dark' | 'auto'} theme - Colors: "light" (default), "dark", or "auto" (follows the device).
 * @attr {boolean} share-level - Adds the result's level to the spasm-checker-complete event (health information: first-party use only).
 * @attr {1 | 2 | 3 | 4 | 5} heading-level - The level of the widget's title heading (default 2); question and result headings are one below.
 *
 * @fires spasm-checker-start - The first answer was submitted. `detail` is empty.
 * @fires spasm-checker-step - A question is shown after Continue or Back. `detail.step` is its 1-based number.
 * @fires spasm-checker-complete - A result is shown. `detail` is empty (`detail.level` only with `share-level`).
 * @fires spasm-checker-restart - The patient chose Start again.
 * @fires spasm-checker-action - A call to action was used. `detail.kind` is `call-emergency`, `call-clinic`, `book`, `print` or `copy`.
 *
 * @cssprop [--spasm-checker-font-family=inherit] - Font family (inherits the page's font by default).
 * @cssprop [--spasm-checker-font-size=max(16px,1rem)] - Base font size; everything inside scales with it (never smaller than 16px, whatever the page's root size).
 * @cssprop [--spasm-checker-text=#1b1f24] - Text color.
 * @cssprop [--spasm-checker-muted=#4a5360] - Secondary text color.
 * @cssprop [--spasm-checker-surface=#ffffff] - Background color.
 * @cssprop [--spasm-checker-border=#6b7480] - Border color of the widget and options.
 * @cssprop [--spasm-checker-accent=#0b5cad] - Buttons and selected options.
 * @cssprop [--spasm-checker-on-accent=#ffffff] - Text on the accent color.
 * @cssprop [--spasm-checker-radius=0.5em] - Corner radius.
 * @cssprop [--spasm-checker-focus=#b3261e] - Focus ring color.
 * @cssprop [--spasm-checker-emergency=#b3261e] - Color of the emergency result and emergency links.
 * @cssprop [--spasm-checker-ed-now=#b3261e] - Color of the emergency department result.
 * @cssprop [--spasm-checker-same-day=#8a4b00] - Color of the same-day result.
 * @cssprop [--spasm-checker-appointment=#0b5cad] - Color of the appointment result.
 * @cssprop [--spasm-checker-self-care=#1e6b34] - Color of the self-care result.
 * @cssprop [--spasm-checker-not-suitable=#4a5360] - Color of the not-suitable result.
 * @cssprop [--spasm-checker-scroll-offset=0px] - Space kept above a focused heading, to clear a sticky page header.
 *
 * @csspart banner - The emergency line shown on every screen.
 * @csspart emergency-link - Each link that calls the emergency number.
 * @csspart question - The form of one question.
 * @csspart option - One answer option (label with its input).
 * @csspart button - Every button.
 * @csspart primary-button - The Continue button.
 * @csspart result - The result screen; carries `data-level`.
 * @csspart cta - A call to action on the result (call, book).
 * @csspart learn - The learn section.
 */
export class SpasmChecker extends LitElement {
  static override styles: CSSResultGroup = styles;

  /** The package version of this element. */
  static readonly version: string = version;

  /** The clinic's name, shown on its phone and booking links. Text only, capped at 80 characters. */
  @property({ attribute: 'clinic-name' }) clinicName = '';

  /** The clinic's phone number, shown as written; its tel: link uses only its digits and a leading +. */
  @property({ attribute: 'clinic-phone' }) clinicPhone = '';

  /** The clinic's booking page: an https: URL or a same-site path such as "/book". */
  @property({ attribute: 'booking-url' }) bookingUrl = '';

  /** The emergency number (digits only). */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '911';

  /** What to show: "full" (checker, then the learn section), "checker" or "learn". */
  @property() view: 'full' | 'checker' | 'learn' = 'full';

  /** Colors: "light" (default, like most hospital pages), "dark", or "auto" (follows the device). */
  @property() theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * Adds the result's level to the `spasm-checker-complete` event. Off by default: even a level is
   * health information, so only turn it on for first-party use that the hospital has approved.
   */
  @property({ type: Boolean, attribute: 'share-level' }) shareLevel = false;

  /** The level (1–5) of the widget's title heading; question and result headings are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Where the patient is in the checker (see src/checker/flow.ts). */
  @state() private flow: CheckerState = flow.initialState();
  @state() private learnOpen = false;
  /** Print is printing: the summary is rendered for the printed page. */
  @state() private printing = false;
  /**
   * Text for the polite live region: changes that do not move focus. The region has no role:
   * role="status" is read as "status bar" by Orca in browse mode even when empty.
   */
  @state() private announcement = '';

  // Private members that are not reactive properties are named with a leading "__" (Lit's own
  // convention): the one-file builds ship them under short names (vite.bundle.config.ts).

  // Derived in willUpdate, once per render.
  private __settings!: Settings;
  private __messages!: Messages;
  private __screen!: Screen;

  private readonly __warned = new Set<string>();
  /** What to focus after the next render; nothing takes focus on page load. */
  private __focusAfterRender: string | null = null;
  /** Re-renders in place when any lang attribute on the page changes (the element's or an ancestor's). */
  private readonly __langObserver = new MutationObserver(() => this.requestUpdate());

  /** The version of the clinical rule set in use (shown in the printed summary and the review document). */
  get rulesVersion(): string {
    return rules.version;
  }

  /** The answers behind the steps taken, keyed by question id (read-only copy). */
  get answers(): Answers {
    return flow.answersOf(this.flow);
  }

  /** The result once the last question is answered, otherwise null. */
  get result(): TriageResult | null {
    if (!this.flow.finished) return null;
    const { level, reasons, routes, complete } = flow.evaluationOf(this.flow);
    return { level, reasons, routes, complete };
  }

  /** Clears every answer and shows the first question again. */
  restart(): void {
    this.flow = flow.initialState();
    this.dispatchEvent(new SpasmCheckerRestartEvent());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.__langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.__langObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The element's own properties are the raw settings, whatever set them (attribute or property);
    // an attribute that is not a number shows as written in the warning, not as NaN.
    if (!this.__settings || SETTINGS.some((key) => changed.has(key))) {
      const raw: RawSettings = Object.fromEntries(SETTINGS.map((key) => [key, this[key]]));
      if (Number.isNaN(this.headingLevel)) raw.headingLevel = this.getAttribute('heading-level');
      this.__settings = validateSettings(raw, (message) => {
        if (!this.__warned.has(message)) console.warn(message);
        this.__warned.add(message);
      });
    }
    // Wording can change with no property changed (a lang attribute on the page): look it up each render.
    this.__messages = messagesFor(this);
    if (changed.has('flow')) this.__screen = flow.screenOf(this.flow);
  }

  protected override updated(changed: PropertyValues): void {
    // The same form elements serve every question, so each new screen ticks its boxes from the
    // answers remembered for it; re-renders within a screen leave the patient's clicks alone.
    const before = changed.get('flow') as CheckerState | undefined;
    if (this.__screen.kind === 'question' && (!before || before.steps !== this.flow.steps || before.finished)) {
      const { ticked } = this.__screen;
      for (const input of this.renderRoot.querySelectorAll('input')) input.checked = ticked.includes(input.value);
    }
    if (!this.__focusAfterRender) return;
    this.renderRoot.querySelector<HTMLElement>(this.__focusAfterRender)?.focus();
    this.__focusAfterRender = null;
  }

  /** Shows the new step, fires its event and moves focus to its heading. */
  private __go(next: CheckerState) {
    this.flow = next;
    this.__focusAfterRender = '#step-heading';
    if (!next.finished) this.dispatchEvent(new SpasmCheckerStepEvent(next.steps.length));
  }

  /** The option ids ticked on the question screen's form (none on the result screen). */
  private __ticked(form: HTMLFormElement | null): string[] | undefined {
    const id = flow.current(this.flow);
    return form && id ? new FormData(form).getAll(id).map(String) : undefined;
  }

  private readonly __onSubmit = (event: SubmitEvent) => {
    // The browser's own submission would put answers in a URL: never let it happen.
    event.preventDefault();
    const given = this.__ticked(event.currentTarget as HTMLFormElement)!;
    const { state: next, refused, startedNow } = flow.submit(this.flow, given);
    if (refused) {
      this.flow = next; // a new object each time, so a second empty Continue moves focus to the error again
      this.__focusAfterRender = '#error';
      return;
    }
    if (startedNow) this.dispatchEvent(new SpasmCheckerStartEvent());
    this.__go(next);
    if (!next.finished) return;
    this.dispatchEvent(new SpasmCheckerCompleteEvent(this.shareLevel ? flow.evaluationOf(next).level : undefined));
  };

  /** "None of these" is exclusive: choosing it clears the others, and choosing another clears it. */
  private readonly __onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.flow = flow.clearError(this.flow);
    if (input.type !== 'checkbox' || !input.checked) return;
    const boxes = Array.from(input.form!.elements.namedItem(input.name) as RadioNodeList) as HTMLInputElement[];
    const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
    const untick = flow.exclusiveUntick(input.value, ticked);
    for (const box of boxes) if (untick.includes(box.value)) box.checked = false;
    if (untick.length)
      this.__announce(input.value === 'none' ? this.__messages.ui.clearedOthers : this.__messages.ui.clearedNone);
  };

  /** Back keeps what is ticked on the screen being left, for when it shows again. */
  private readonly __onBack = (event: Event) =>
    this.__go(flow.back(this.flow, this.__ticked((event.target as HTMLButtonElement).form)));

  private readonly __onChangeAnswer = (question: string) => {
    const next = flow.change(this.flow, question);
    if (next !== this.flow) this.__go(next);
  };

  private readonly __onRestart = () => {
    this.restart();
    // Only Start again moves focus: a page calling restart() must not pull the patient's focus.
    this.__focusAfterRender = '#step-heading';
  };

  private readonly __onAction = (kind: ActionKind) => this.dispatchEvent(new SpasmCheckerActionEvent(kind));

  /** Prints the summary alone: the page is hidden only while printing, then restored. */
  private readonly __onPrint = () => {
    this.__onAction('print');
    this.printing = true;
    // Lit's documented way to render a pending update now: the summary must be there when print() runs.
    this.performUpdate();
    printAlone(this, () => (this.printing = false));
  };

  private readonly __onCopy = () => {
    this.__onAction('copy');
    const m = this.__messages;
    navigator.clipboard.writeText(summaryText(this.__summary(), m)).then(
      () => this.__announce(m.ui.copied),
      () => this.__announce(m.ui.copyFailed),
    );
  };

  /** Says something through the polite live region (cleared first, so a repeat is read again). */
  private __announce(text: string) {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  private __summary(): Summary {
    const e = (this.__screen as Extract<Screen, { kind: 'result' }>).evaluation;
    const contacts = summaryContacts(e, this.__messages, this.__settings);
    return buildSummary(e, this.__messages, rules, flow.aboutSomeoneElse(this.flow), new Date(), contacts);
  }

  protected override render(): TemplateResult {
    try {
      return this.renderWidget();
    } catch (error) {
      // Never leave a patient with nothing: show the page's own fallback content (the emergency
      // line and note inside the tag) and tell the webmaster.
      console.error('<spasm-checker> could not render; showing the fallback content inside the tag.', error);
      const number = /^\d{2,6}$/.test(this.emergencyNumber) ? this.emergencyNumber : '911';
      return html`<slot><p>If you think this is an emergency, call ${number}.</p></slot>`;
    }
  }

  /** The whole widget; a failure here falls back to the light-DOM content. */
  protected renderWidget(): TemplateResult {
    const { __messages: m, __settings: s } = this;
    const level = s.headingLevel;
    const callEmergency = () => this.__onAction('call-emergency');
    const toggle = { open: this.learnOpen, onToggle: () => (this.learnOpen = !this.learnOpen) };
    return html`
      <section class="root ${s.theme}" lang=${m.lang} aria-labelledby="title">
        ${heading(level, m.ui.title, 'title')}
        <p class="banner" part="banner">${withEmergencyLink(m.ui.emergencyLine, s.emergencyNumber, callEmergency)}</p>
        ${s.view !== 'learn' ? this.__renderChecker(level + 1) : nothing}
        ${
          s.view !== 'checker'
            ? learnView({
                messages: m,
                headingLevel: level + 1,
                emergencyNumber: s.emergencyNumber,
                onCall: callEmergency,
                toggle: s.view === 'full' ? toggle : undefined,
              })
            : nothing
        }
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  private __renderChecker(level: number): TemplateResult {
    const { __messages: m, __screen: screen } = this;
    const aboutSomeoneElse = flow.aboutSomeoneElse(this.flow);
    if (screen.kind === 'result') {
      return resultView({
        evaluation: screen.evaluation,
        footer: summaryFooter(m, rules),
        printText: this.printing ? summaryText(this.__summary(), m) : undefined,
        messages: m,
        settings: this.__settings,
        aboutSomeoneElse,
        headingLevel: level,
        onChangeAnswer: this.__onChangeAnswer,
        onBack: this.__onBack,
        onRestart: this.__onRestart,
        onPrint: this.__onPrint,
        onCopy: this.__onCopy,
        onAction: this.__onAction,
      });
    }
    const first = screen.step === 1;
    return html`
      ${first ? html`<div class="intro">${m.ui.intro.map((line) => html`<p>${line}</p>`)}</div>` : nothing}
      ${questionView({
        question: screen.question,
        step: screen.step,
        messages: m,
        aboutSomeoneElse,
        headingLevel: level,
        showError: this.flow.showError,
        banner: screen.edNowSoFar ? fill(m.ui.edNowBanner, { number: this.__settings.emergencyNumber }) : undefined,
        left: screen.left,
        onSubmit: this.__onSubmit,
        onChange: this.__onChange,
        onBack: first ? undefined : this.__onBack,
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spasm-checker': SpasmChecker;
  }
}
