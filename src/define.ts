// Registers <spasm-checker> with every language's wording, guarded so a second copy of the script
// on the page does nothing harmful.
import './i18n/install-all.js';
import { SpasmChecker } from './spasm-checker.js';

const TAG = 'spasm-checker';
const existing = customElements.get(TAG);
if (!existing) customElements.define(TAG, SpasmChecker);
else if ((existing as Partial<typeof SpasmChecker>).version !== SpasmChecker.version) {
  // Loading the same version twice is harmless and silent; two versions deserve one warning.
  console.warn(
    `<${TAG}>: version ${(existing as Partial<typeof SpasmChecker>).version} is already registered; version ${SpasmChecker.version} is not used.`,
  );
}

export { SpasmChecker };
