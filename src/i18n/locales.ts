// Every language's wording, keyed by language. The list of languages is src/i18n/languages.json:
// the builds, the Subresource Integrity files, the size check and the review document follow it,
// and a test checks this map, the per-language entry modules and that list agree.
import { en } from './en.js';
import { es } from './es.js';
import type { Messages } from './messages.js';

export const locales: Readonly<Record<string, Messages>> = { en, es };
