export const BUNDLE: string;
/** The integrity value of the current build, "sha384-…". */
export function integrity(file?: string): string;
/** The README with every pinned snippet pointing at this build and version. */
export function pinnedReadme(readme: string, hash: string, version: string): string;
/** The one-file builds: every language, then one per language (scripts/languages.mjs). */
export const BUNDLES: string[];
