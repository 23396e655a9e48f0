// Entry of dist/spasm-checker.es.js: as dist/spasm-checker.js, with the Spanish wording only.
import es from '../i18n/es.js?json-text';
import { fromJsonText, installWording } from '../i18n/wording.js';
import { SpasmChecker } from '../spasm-checker.js';

installWording(fromJsonText('es', es));
customElements.define('spasm-checker', SpasmChecker);
