// Public exports. Importing this module registers nothing; import "spasm-checker/define" for that.
export { SpasmChecker } from './spasm-checker.js';
export * from './events.js';
export * from './triage/index.js';
export type { Messages, Voiced } from './i18n/messages.js';
