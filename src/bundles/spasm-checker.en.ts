// Entry of dist/spasm-checker.en.js: as dist/spasm-checker.js, with the English wording only.
import en from '../i18n/en.js?json-text';
import { fromJsonText, installWording } from '../i18n/wording.js';
import { SpasmChecker } from '../spasm-checker.js';

installWording(fromJsonText('en', en));
customElements.define('spasm-checker', SpasmChecker);
