// Validation of every webmaster attribute: each returns the value to use, and a warning when the
// given value could not be used, so the element can tell the webmaster once and fall back safely.
import { cappedText } from './text.js';
import { emergencyDigits, MAX_PHONE_LENGTH, telHref } from './phone.js';
import { safeBookingUrl } from './safe-url.js';

export const VIEWS = ['full', 'checker', 'learn'] as const;
export type View = (typeof VIEWS)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const DEFAULT_EMERGENCY_NUMBER = '911';
export const MAX_CLINIC_NAME_LENGTH = 80;

/** What the element may use, after validation. */
export interface Settings {
  clinicName: string;
  clinicPhone: string;
  clinicTel: string | null;
  bookingUrl: string | null;
  emergencyNumber: string;
  view: View;
  theme: Theme;
  headingLevel: number;
}

/** The raw values as set through attributes or properties. */
export type RawSettings = { [K in keyof Settings]?: unknown };

/** The element properties that are webmaster settings: a change to any of them validates them again. */
export const SETTING_PROPERTIES = [
  'clinicName',
  'clinicPhone',
  'bookingUrl',
  'emergencyNumber',
  'view',
  'theme',
  'headingLevel',
] as const satisfies readonly (keyof RawSettings)[];

const blank = (value: unknown) => value == null || String(value).trim() === '';
const describe = (value: unknown) => JSON.stringify(String(value).slice(0, 60));

/** Validates the raw settings; `warn` is called once per unusable value, naming the attribute and the fallback. */
export function validateSettings(raw: RawSettings, warn: (message: string) => void): Settings {
  const tell = (attribute: string, value: unknown, fallback: string) =>
    warn(`<spasm-checker>: ${attribute}=${describe(value)} cannot be used; using ${fallback} instead.`);

  const clinicName = cappedText(blank(raw.clinicName) ? '' : String(raw.clinicName), MAX_CLINIC_NAME_LENGTH);

  let clinicPhone = '';
  let clinicTel: string | null = null;
  if (!blank(raw.clinicPhone)) {
    clinicTel = telHref(String(raw.clinicPhone));
    if (clinicTel) clinicPhone = cappedText(String(raw.clinicPhone), MAX_PHONE_LENGTH);
    else tell('clinic-phone', raw.clinicPhone, 'no clinic phone');
  }

  let bookingUrl: string | null = null;
  if (!blank(raw.bookingUrl)) {
    bookingUrl = safeBookingUrl(String(raw.bookingUrl));
    if (!bookingUrl) tell('booking-url', raw.bookingUrl, 'no booking link (only https: URLs or paths like "/book")');
  }

  let emergencyNumber = DEFAULT_EMERGENCY_NUMBER;
  if (!blank(raw.emergencyNumber)) {
    const digits = emergencyDigits(String(raw.emergencyNumber));
    if (digits) emergencyNumber = digits;
    else tell('emergency-number', raw.emergencyNumber, DEFAULT_EMERGENCY_NUMBER);
  }

  const oneOf = <T extends string>(attribute: string, value: unknown, allowed: readonly T[]): T => {
    if (blank(value)) return allowed[0];
    const wanted = String(value).trim().toLowerCase();
    if ((allowed as readonly string[]).includes(wanted)) return wanted as T;
    tell(attribute, value, `"${allowed[0]}"`);
    return allowed[0];
  };
  const view = oneOf('view', raw.view, VIEWS);
  const theme = oneOf('theme', raw.theme, THEMES);

  let headingLevel = 2;
  if (!blank(raw.headingLevel)) {
    const level = Number(raw.headingLevel);
    if (Number.isInteger(level) && level >= 1 && level <= 5) headingLevel = level;
    else tell('heading-level', raw.headingLevel, '2');
  }

  return { clinicName, clinicPhone, clinicTel, bookingUrl, emergencyNumber, view, theme, headingLevel };
}
