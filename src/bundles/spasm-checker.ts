// Entry of dist/spasm-checker.js, the one self-contained file a webmaster pastes: Lit and every
// language inside, registers the element, leaves no globals behind. The build's banner
// (vite.bundle.config.ts) skips the whole file when the element is registered already. Each
// language ships as JSON text, parsed when an element first shows it: an English page never
// parses the Spanish. The first language of src/i18n/languages.json comes first (the fallback).
import en from '../i18n/en.js?json-text';
import es from '../i18n/es.js?json-text';
import { fromJsonText, installWording } from '../i18n/wording.js';
import { SpasmChecker } from '../spasm-checker.js';

installWording(fromJsonText('en', en), fromJsonText('es', es));
customElements.define('spasm-checker', SpasmChecker);
