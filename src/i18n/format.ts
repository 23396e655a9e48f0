// Small helpers to turn locale entries into text: pick the voice, fill {placeholders}.
import type { Voiced } from './messages.js';

/** The wording for the patient ("you") or, when checking for someone else, about them ("they"). */
export const voice = (text: Voiced, other: boolean): string =>
  typeof text === 'string' ? text : other ? text.other : text.self;

/** Replaces each {name} with its value; unknown names are left as they are. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
