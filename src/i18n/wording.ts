// Which wording the element uses: its own lang, else the nearest ancestor's, else <html lang>, else
// the first language installed. Regional tags fall back to their language (es-MX -> es). The
// entry module installs the wording (src/i18n/install-all.ts every language, a per-language file
// in src/bundles/ one), so a one-language build never carries the others.
import type { Messages } from './messages.js';

const installed = new Map<string, Messages>();
const warned = new Set<string>();

/** Makes wording available to every <spasm-checker>; the first language installed is the fallback. */
export function installWording(...wording: readonly Messages[]): void {
  for (const messages of wording) installed.set(messages.lang, messages);
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
  const fallback = installed.values().next().value;
  if (!fallback)
    throw new Error('<spasm-checker>: no wording installed (import "spasm-checker" or "spasm-checker/define").');
  if (!key && tag && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`<spasm-checker>: no wording for lang="${tag}"; using lang="${fallback.lang}" instead.`);
  }
  return key ? installed.get(key)! : fallback;
}
