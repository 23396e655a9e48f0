// Phone numbers are shown as the webmaster wrote them, but tel: links are built only from
// digits and a leading +, so an attribute can never smuggle another scheme or parameters in.

export const MAX_PHONE_LENGTH = 32;

/**
 * A tel: href built from the digits (and a leading +) of the value, or null when the value holds
 * anything but a phone number's usual characters: "555-0100 (8am-5pm)" or ";ext=2" would dial
 * more digits than the patient reads.
 */
export function telHref(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  const digits = text.replace(/\D/g, '');
  if (!/^\+?[\d\s().-]+$/.test(text) || digits.length < 2 || digits.length > 15 || text.length > MAX_PHONE_LENGTH)
    return null;
  return `tel:${text.startsWith('+') ? '+' : ''}${digits}`;
}

/** An emergency number: 2 to 6 digits only (911, 112, 999, 000 …), or null. */
export function emergencyDigits(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  return /^\d{2,6}$/.test(text) ? text : null;
}
