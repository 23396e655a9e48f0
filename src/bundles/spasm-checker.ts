// Entry of dist/spasm-checker.js, the one self-contained file a webmaster pastes: Lit and every
// language inside, registers the element, leaves no globals behind. The build's banner
// (vite.bundle.config.ts) skips the whole file when the element is registered already.
import '../i18n/install-all.js';
import { SpasmChecker } from '../spasm-checker.js';

customElements.define('spasm-checker', SpasmChecker);
