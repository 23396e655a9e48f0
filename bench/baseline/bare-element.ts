// The bench's baseline: the smallest useful Lit element (one property, one style, one event),
// built exactly like dist/spasm-checker.js, so the widget's cost can be read against Lit's own.
// No decorators on purpose: bench/ is outside tsconfig's `include`, so it uses `static properties`.
// Nothing is exported, so that, like dist/spasm-checker.js, the IIFE leaves no global behind.
import { css, html, LitElement } from 'lit';

class BareElement extends LitElement {
  static override properties = { name: { type: String } };

  static override styles = css`
    button {
      font: inherit;
      padding: 0.5em 1em;
    }
  `;

  declare name: string;

  constructor() {
    super();
    this.name = 'world';
  }

  override render() {
    return html`<button type="button" part="button" @click=${this._onClick}>Hello, ${this.name}</button>`;
  }

  // A plain method (not #private) so that es2021 output needs no private-member helpers.
  private _onClick() {
    this.dispatchEvent(new CustomEvent('bare-element-click', { bubbles: true, composed: true, detail: {} }));
  }
}

if (!customElements.get('bare-element')) customElements.define('bare-element', BareElement);
