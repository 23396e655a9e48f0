// A heading whose level follows the host page's outline (`heading-level`), without unsafeStatic.
import { html, nothing } from 'lit/html.js';
import type { TemplateResult } from 'lit/html.js';

/**
 * A real <h1>–<h6>; `focusable` adds tabindex="-1" so focus can be moved to it on each step, and
 * `describedBy` the ids of what is said after it when it takes focus (a note shown above it). Below
 * <h6> (heading-level 5 puts result sections at 7) an ARIA heading keeps the outline right.
 */
export function heading(
  level: number,
  content: unknown,
  id?: string,
  focusable = false,
  describedBy?: string,
): TemplateResult {
  const tabindex = focusable ? '-1' : nothing;
  const idAttr = id ?? nothing;
  const desc = describedBy || nothing;
  switch (Math.max(1, level)) {
    case 1:
      return html`<h1 id=${idAttr} tabindex=${tabindex} aria-describedby=${desc}>${content}</h1>`;
    case 2:
      return html`<h2 id=${idAttr} tabindex=${tabindex} aria-describedby=${desc}>${content}</h2>`;
    case 3:
      return html`<h3 id=${idAttr} tabindex=${tabindex} aria-describedby=${desc}>${content}</h3>`;
    case 4:
      return html`<h4 id=${idAttr} tabindex=${tabindex} aria-describedby=${desc}>${content}</h4>`;
    case 5:
      return html`<h5 id=${idAttr} tabindex=${tabindex} aria-describedby=${desc}>${content}</h5>`;
    case 6:
      return html`<h6 id=${idAttr} tabindex=${tabindex} aria-describedby=${desc}>${content}</h6>`;
    default:
      return html`<div role="heading" aria-level=${level} id=${idAttr} tabindex=${tabindex} aria-describedby=${desc}>${content}</div>`;
  }
}
