// Booking links come from a webmaster's hand-typed attribute: only https: URLs and same-site
// absolute paths can become an href, so no javascript:, data: or other scheme ever reaches a link.

// Control characters, any whitespace inside, and backslashes (which URL parsers read as slashes).
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SUSPICIOUS = /[\u0000-\u001f\u007f-\u009f\s\\]/;
const BASE = 'https://same-site.invalid';

/** The URL to link to, or null when the value is not an https: URL or a same-site path like "/book". */
export function safeBookingUrl(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text || text.length > 2048 || SUSPICIOUS.test(text)) return null;
  if (text.startsWith('/')) {
    if (text.startsWith('//')) return null;
    const resolved = new URL(text, BASE);
    return resolved.origin === BASE ? text : null;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'https:' && url.hostname ? url.href : null;
}
