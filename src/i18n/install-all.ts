// Installs every language's wording, as objects, for the npm modules (src/index.ts, src/define.ts).
// They stay eager: an app's own bundler decides how they ship, and a `?json-text` import would tie
// every consumer to our Vite plugin. The one-file builds ship JSON text instead (src/bundles/).
import { locales } from './locales.js';
import { installWording } from './wording.js';

installWording(...Object.values(locales));
