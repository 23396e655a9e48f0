// Installs every language's wording: for the npm modules and the bilingual one-file build.
import { locales } from './locales.js';
import { installWording } from './wording.js';

installWording(...Object.values(locales));
