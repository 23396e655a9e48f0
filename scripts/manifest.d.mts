/** The manifest the analyzer makes from src/ now, as the text that should be committed. */
export function freshManifest(): Promise<string>;
