// Which wording to use: the element's own lang, else the nearest ancestor's, else <html lang>,
// else English (the first locale). Regional tags fall back to their language (es-MX -> es).
// The per-language builds (vite.bundle.config.ts) keep only one entry in `locales`.
import { en } from './en.js';
import { es } from './es.js';
import type { Messages } from './messages.js';

export const locales: Readonly<Record<string, Messages>> = { en, es };

const warned = new Set<string>();

/** The locale key for a BCP 47 tag, or null when there is no wording for it. */
export function localeFor(tag: string | null | undefined): string | null {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language && Object.hasOwn(locales, language) ? language : null;
}

/** The wording for an element, following the lang attributes around it. */
export function messagesFor(element: Element): Messages {
  const tag = element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || '';
  const key = localeFor(tag);
  const fallback = Object.values(locales)[0];
  if (!key && tag && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`<spasm-checker>: no wording for lang="${tag}"; using lang="${fallback.lang}" instead.`);
  }
  return key ? locales[key] : fallback;
}
