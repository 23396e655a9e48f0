// The bench's baseline: the smallest useful Lit element (one property, one style, one event), built
// exactly like dist/spasm-checker.js, so the widget's cost can be read against Lit's own. It shows a
// one-question form; Continue re-renders it as the next question, so a step can be timed beside the
// widget's. No decorators: bench/ is outside the build's tsconfig, so it uses `static properties`.
// Nothing is exported, so that, like dist/spasm-checker.js, the IIFE leaves no global behind.
import { css, html, LitElement } from 'lit';

const OPTIONS = ['Yes', 'No', 'Not sure'];

class BareElement extends LitElement {
  static override properties = { step: { type: Number } };

  static override styles = css`
    fieldset {
      border: 0;
      margin: 0 0 1em;
      padding: 0;
    }
    label {
      display: block;
      padding: 0.25em 0;
    }
    button {
      font: inherit;
      padding: 0.5em 1em;
    }
  `;

  declare step: number;

  constructor() {
    super();
    this.step = 1;
  }

  override render() {
    return html`<form @submit=${this._onSubmit}>
      <fieldset>
        <legend>Question ${this.step}</legend>
        ${OPTIONS.map((option) => html`<label><input type="radio" name="q${this.step}" value=${option} /> ${option}</label>`)}
      </fieldset>
      <button type="submit" part="button">Continue</button>
    </form>`;
  }

  // A plain method (not #private) so that es2021 output needs no private-member helpers.
  private _onSubmit(event: Event) {
    event.preventDefault();
    this.step += 1;
    this.dispatchEvent(
      new CustomEvent('bare-element-step', { bubbles: true, composed: true, detail: { step: this.step } }),
    );
  }
}

if (!customElements.get('bare-element')) customElements.define('bare-element', BareElement);
