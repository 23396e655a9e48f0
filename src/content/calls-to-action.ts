// Which calls to action a result may show (spec, "Levels of care"): no one in an emergency is
// invited to call the clinic, and the booking link appears only for appointment and self-care.
import type { Level, Route } from '../triage/types.js';

export type CallToAction = 'call-emergency' | 'call-clinic' | 'book';

const byLevel: Readonly<Record<Level, readonly CallToAction[]>> = {
  emergency: ['call-emergency'],
  'ed-now': ['call-emergency'],
  'same-day': ['call-emergency', 'call-clinic'],
  appointment: [],
  'self-care': ['book', 'call-clinic'],
  'not-suitable': ['call-emergency'],
};

/** The calls to action for a result; the clinic's booking and phone on appointment only for its own clinic. */
export function callsToAction(level: Level, routes: readonly Route[]): readonly CallToAction[] {
  if (level === 'appointment') return routes.includes('pain-clinic') ? ['book', 'call-clinic'] : [];
  return byLevel[level];
}
