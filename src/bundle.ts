// Entry of dist/spasm-checker.js, the one self-contained file a webmaster pastes: Lit inside,
// registers the element, leaves no globals behind. The build's banner (vite.bundle.config.ts)
// already skips the whole file when the element is registered, and warns on a version mismatch.
import { SpasmChecker } from './spasm-checker.js';

customElements.define('spasm-checker', SpasmChecker);
