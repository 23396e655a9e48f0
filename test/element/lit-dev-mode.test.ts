// Proves the tests run Lit's development build and that the warning catcher sees its warnings
// (test/setup/lit-dev-warnings.ts fails any test during which Lit warns).
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { takeLitWarnings } from '../setup/lit-dev-warnings.js';

class WarnsOnPurpose extends LitElement {
  static override properties = { value: {} };
  declare value: string;
  override updated() {
    // Changing a property in updated() schedules another update: Lit's dev build warns.
    if (this.value !== 'done') this.value = 'done';
  }
}
customElements.define('warns-on-purpose', WarnsOnPurpose);

describe("Lit's development build", () => {
  it('is what the tests run', () => {
    expect((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings).to.be.an.instanceOf(Set);
  });

  it('gives warnings that the catcher records (this test takes them, so it does not fail)', async () => {
    const el = await fixture<WarnsOnPurpose>(html`<warns-on-purpose></warns-on-purpose>`);
    await el.updateComplete;
    const warnings = takeLitWarnings();
    expect(warnings.join('\n')).to.contain('lit.dev/msg/change-in-update');
  });
});
