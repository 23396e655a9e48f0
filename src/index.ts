// Public exports. Importing this module registers nothing (import "spasm-checker/define" for that);
// it only makes every language's wording available to the element, wherever it is registered.
import './i18n/install-all.js';

export { SpasmChecker } from './spasm-checker.js';
export * from './events.js';
export * from './triage/index.js';
export type { Messages, Voiced } from './i18n/messages.js';
