// Every public vignette, clicked through the rendered form, ends at its expected level.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecker } from '../../src/spasm-checker.js';
import data from '../fixtures/vignettes.json' with { type: 'json' };
import { resultLevel, walk } from './driver.js';
import type { Given } from './driver.js';

describe('public vignettes clicked through the form', () => {
  for (const v of data.vignettes) {
    it(`${v.id} ends at ${v.expected}`, async () => {
      const el = await fixture<SpasmChecker>(html`<spasm-checker></spasm-checker>`);
      const asked = await walk(el, v.answers as unknown as Given);
      expect(asked).to.deep.equal(Object.keys(v.answers), 'asked exactly the vignette questions, in order');
      expect(resultLevel(el)).to.equal(v.expected);
      expect(el.result?.level).to.equal(v.expected);
      if ('routes' in v && v.routes) expect([...el.result!.routes].sort()).to.deep.equal([...v.routes].sort());
    });
  }
});
