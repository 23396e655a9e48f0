// Free text from attributes is rendered as text (Lit escapes it) and capped so a long value
// cannot break the layout.

/** The trimmed value without control characters, cut at `max` characters (with an ellipsis). */
export function cappedText(value: string | null | undefined, max: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const clean = (value ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}
