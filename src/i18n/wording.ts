// Which wording the element uses: its own lang, else the nearest ancestor's, else <html lang>, else
// the first language installed. Regional tags fall back to their language (es-MX -> es). The
// entry module installs the wording (src/i18n/install-all.ts every language, a per-language file
// in src/bundles/ one), so a one-language build never carries the others.
import type { Messages } from './messages.js';

/**
 * Wording made only when an element first needs it: the one-file builds ship each language as JSON
 * text (see `fromJsonText`), so a page parses the language it shows and no other.
 */
export interface LazyWording {
  readonly lang: string;
  readonly load: () => Messages;
}

const installed = new Map<string, Messages | LazyWording>();
const warned = new Set<string>();

/** Makes wording available to every <spasm-checker>; the first language installed is the fallback. */
export function installWording(...wording: readonly (Messages | LazyWording)[]): void {
  for (const messages of wording) installed.set(messages.lang, messages);
}

/** Wording shipped as one string of JSON (scripts/wording-as-json.ts), parsed on first use. */
export const fromJsonText = (lang: string, json: string): LazyWording => ({
  lang,
  load: () => JSON.parse(json) as Messages,
});

/** An installed language's wording, made once and kept (the map keeps its order: the fallback stays first). */
function wordingOf(lang: string): Messages {
  const wording = installed.get(lang)!;
  if (!('load' in wording)) return wording;
  const messages = wording.load();
  installed.set(lang, messages);
  return messages;
}

/** The installed language for a BCP 47 tag, or null when there is no wording for it. */
export function localeFor(tag: string | null | undefined): string | null {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language && installed.has(language) ? language : null;
}

/** The wording for an element, following the lang attributes around it. */
export function messagesFor(element: Element): Messages {
  const tag = element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || '';
  const key = localeFor(tag);
  const fallback = installed.keys().next().value;
  if (!fallback)
    throw new Error('<spasm-checker>: no wording installed (import "spasm-checker" or "spasm-checker/define").');
  if (!key && tag && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`<spasm-checker>: no wording for lang="${tag}"; using lang="${fallback}" instead.`);
  }
  return wordingOf(key ?? fallback);
}
