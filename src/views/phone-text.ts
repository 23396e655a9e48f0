// Renders a locale sentence in which {number} becomes the emergency number as a tel: link.
import { html } from 'lit/html.js';
import type { TemplateResult } from 'lit/html.js';

/** `template` with its first {number} replaced by a link to call `number`; `onCall` reports its use. */
export function withEmergencyLink(template: string, number: string, onCall: () => void): TemplateResult {
  const [before, ...rest] = template.split('{number}');
  if (!rest.length) return html`${template}`;
  return html`${before}<a class="tel" part="emergency-link" href="tel:${number}" @click=${onCall}>${number}</a>${rest.join(number)}`;
}
