// "Learn about cramps and spasms": plain-language education, collapsible below the checker
// (view="full") or shown on its own (view="learn"). Closed, its content is not even built: the
// first screen costs only the checker.
import { html, nothing } from 'lit/html.js';
import type { TemplateResult } from 'lit/html.js';
import type { Messages } from '../i18n/messages.js';
import { heading } from './heading.js';
import { withEmergencyLink } from './phone-text.js';

export interface LearnViewProps {
  messages: Messages;
  headingLevel: number;
  emergencyNumber: string;
  /** Absent when the section is always open (view="learn"). */
  toggle?: { open: boolean; onToggle: () => void };
  onCall: () => void;
}

export function learnView(p: LearnViewProps): TemplateResult {
  const { messages: m, toggle } = p;
  const open = !toggle || toggle.open;
  const title = toggle
    ? html`<button type="button" class="disclosure" part="button" aria-expanded=${open ? 'true' : 'false'}
        aria-controls="learn-body" @click=${toggle.onToggle}>${m.ui.learnHeading}</button>`
    : m.ui.learnHeading;
  return html`
    <section class="learn" part="learn" aria-labelledby="learn-heading">
      ${heading(p.headingLevel, title, 'learn-heading')}
      <div id="learn-body" ?hidden=${!open}>
        ${
          open
            ? m.learn.sections.map(
                (section) => html`
                ${heading(p.headingLevel + 1, section.heading)}
                <ul>${section.items.map((item) => html`<li>${withEmergencyLink(item, p.emergencyNumber, p.onCall)}</li>`)}</ul>
              `,
              )
            : nothing
        }
      </div>
    </section>
  `;
}
