// Entry of dist/spasm-checker.js, the one self-contained file a webmaster pastes: Lit inside,
// registers the element, leaves no globals behind.
import './define.js';
