// The document's title and its section headings, shared by the sections and the table of contents.
import { ruleSet } from '../rules-and-wording.js';

export const TITLE = `Clinical review: <spasm-checker> rule set ${ruleSet.version}`;

export const SECTIONS = {
  howTo: 'How to use this document',
  levels: 'Levels of care and calls to action',
  questions: 'Questions and options',
  advice: 'Advice tied to answers',
  wording: 'Self-care, routes, learn section and screen wording',
  invariants: 'Invariants and how they are tested',
  sources: 'All sources',
  signOff: 'Sign-off',
} as const;
