// All of the widget's CSS: public --spasm-checker-* variables read once into private ones, an inner
// reset so the host page's rules cannot reach in, a dark theme, forced-colors and reduced motion.
import { css } from 'lit';

// Dark defaults: the same public variables, other fallbacks, all at least 4.5:1 on the surface.
const dark = css`
  --_text: var(--spasm-checker-text, #e8eaed);
  --_muted: var(--spasm-checker-muted, #b8c0cc);
  --_surface: var(--spasm-checker-surface, #1b1f24);
  --_border: var(--spasm-checker-border, #8a94a3);
  --_accent: var(--spasm-checker-accent, #8ab4f8);
  --_on-accent: var(--spasm-checker-on-accent, #0b1a2e);
  --_focus: var(--spasm-checker-focus, #ffb4ab);
  --_emergency: var(--spasm-checker-emergency, #ffb4ab);
  --_ed-now: var(--spasm-checker-ed-now, #ffb4ab);
  --_same-day: var(--spasm-checker-same-day, #f6c177);
  --_appointment: var(--spasm-checker-appointment, #8ab4f8);
  --_self-care: var(--spasm-checker-self-care, #8fd19e);
  --_not-suitable: var(--spasm-checker-not-suitable, #b8c0cc);
  color-scheme: dark;
`;

export const styles = css`
  :host {
    display: block;
  }
:host([hidden]) {
    display: none;
  }

  /* Reset everything the page could pass down, on an inner wrapper: rules on :host lose to the
     page's own rules on the element. */
  .root {
    /* Public variables, read once with their defaults, so they work on :root and on the element. */
    --_font-family: var(--spasm-checker-font-family, inherit);
    --_font-size: var(--spasm-checker-font-size, max(16px, 1rem));
    --_text: var(--spasm-checker-text, #1b1f24);
    --_muted: var(--spasm-checker-muted, #4a5360);
    --_surface: var(--spasm-checker-surface, #ffffff);
    --_border: var(--spasm-checker-border, #6b7480);
    --_accent: var(--spasm-checker-accent, #0b5cad);
    --_on-accent: var(--spasm-checker-on-accent, #ffffff);
    --_radius: var(--spasm-checker-radius, 0.5em);
    --_focus: var(--spasm-checker-focus, #b3261e);
    --_emergency: var(--spasm-checker-emergency, #b3261e);
    --_ed-now: var(--spasm-checker-ed-now, #b3261e);
    --_same-day: var(--spasm-checker-same-day, #8a4b00);
    --_appointment: var(--spasm-checker-appointment, #0b5cad);
    --_self-care: var(--spasm-checker-self-care, #1e6b34);
    --_not-suitable: var(--spasm-checker-not-suitable, #4a5360);
    --_scroll-offset: var(--spasm-checker-scroll-offset, 0px);
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1em;
    overflow-wrap: anywhere;
    max-width: 100%;
    color-scheme: light;
  }
  /* theme="dark", or theme="auto" on a device set to dark. */
  .root.dark {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .root.auto {
      ${dark}
    }
  }
  .root * {
    box-sizing: border-box;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: none;
  }
  h1, h2, h3, h4, h5, h6 {
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 0.5em;
    scroll-margin-top: var(--_scroll-offset);
  }
  #title {
    font-size: 1.4em;
  }
  p, ul {
    margin: 0 0 0.75em;
  }
  ul {
    padding-left: 1.25em;
  }
  li + li {
    margin-top: 0.25em;
  }
  a {
    color: var(--_accent);
  }

  .banner {
    border-left: 0.35em solid var(--_emergency);
    padding: 0.5em 0.75em;
    font-weight: 600;
  }
  .ed-now-banner, .note {
    border-left: 0.25em solid var(--_emergency);
    padding-left: 0.5em;
    font-weight: 700;
  }
  .note {
    border-color: var(--_accent);
  }
  .banner a, .tel {
    color: var(--_emergency);
    font-weight: 700;
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  /* On the question's line, not a line of its own (browse mode then read "Question N" as a heading
     apart from the question), and an inline block: kept whole when the line wraps, and an object of
     its own in the heading, without which Orca 43 sometimes says nothing when focus moves to a
     heading that replaced the focused button (Change, Back, Start again). */
  .progress {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
  }
  .error {
    color: var(--_emergency);
    font-weight: 700;
    border-left: 0.25em solid var(--_emergency);
    padding-left: 0.5em;
  }
  .options {
    display: grid;
    gap: 0.5em;
    margin-bottom: 1em;
  }
  .option {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    min-height: 2.75em;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    transition: border-color 0.15s, box-shadow 0.15s;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }

  .actions, .ctas {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 1em 0;
  }
  button, .cta {
    font: inherit;
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
  }
  button[type='submit'], .cta {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .cta.urgent {
    background: var(--_emergency);
    border-color: var(--_emergency);
  }
  .disclosure {
    min-height: 2.75em;
    padding: 0.25em 0.5em 0.25em 0;
    border-color: transparent;
    text-decoration: underline;
    font-weight: 700;
    text-align: left;
  }
  /* The sign is decoration (aria-expanded says it): empty alternative text. A flex item drops a
     trailing space, so the gap is a margin. */
  .disclosure::before {
    content: '+' / '';
    margin-inline-end: 0.4em;
  }
  .disclosure[aria-expanded='true']::before {
    content: '−' / '';
  }

  /* Headings that take focus to move the reading position show the ring only when the browser
     would (after keyboard use), never after a click: a red ring there reads as an alarm. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .result {
    border-left: 0.5em solid var(--_level-color, var(--_border));
    padding-left: 1em;
  }
  .result[data-level='emergency'] { --_level-color: var(--_emergency); }
  .result[data-level='ed-now'] { --_level-color: var(--_ed-now); }
  .result[data-level='same-day'] { --_level-color: var(--_same-day); }
  .result[data-level='appointment'] { --_level-color: var(--_appointment); }
  .result[data-level='self-care'] { --_level-color: var(--_self-care); }
  .result[data-level='not-suitable'] { --_level-color: var(--_not-suitable); }
  /* What was asked above what was answered, at every width (a wrapping row broke unevenly), and
     its Change button below them. */
  .told-us {
    list-style: none;
    padding: 0;
  }
  .told-row {
    padding: 0.25em 0;
    border-top: 1px solid var(--_border);
  }
  .told-question, .told-answer {
    display: block;
  }
  .told-question {
    font-weight: 700;
  }
  .version {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .learn {
    margin-top: 1.5em;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .banner, .result, .error, .ed-now-banner, .note {
      border-color: CanvasText;
    }
  }
  .print-summary {
    display: none;
    font: inherit;
    white-space: pre-wrap;
  }
  /* Printing from the Print button: the summary alone, in black on white. */
  @media print {
    :host([data-spasm-printing]) .root {
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
    }
    :host([data-spasm-printing]) .root > * {
      display: none;
    }
    :host([data-spasm-printing]) .root > .print-summary {
      display: block;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
