// Prints, as JSON, what the screen-reader test expects to hear: the wording of both languages and
// the questions in rule order with their kind and options, read from src/ so the test follows any
// change of wording without being edited.
import { locales } from '../../src/i18n/locales.js';
import { rules } from '../../src/triage/index.js';

type Voiced = string | { self: string; other: string };
const self = (v: Voiced | undefined) => (v === undefined ? undefined : typeof v === 'string' ? v : v.self);

const out: Record<string, unknown> = {};
for (const [lang, m] of Object.entries(locales)) {
  const questions = rules.questions.map((q) => {
    const words = (m.questions as Record<string, { text: Voiced; hint?: Voiced; short: string }>)[q.id];
    const options = (m.options as Record<string, Record<string, Voiced>>)[q.id];
    return {
      id: q.id,
      kind: q.kind,
      text: self(words.text),
      hint: self(words.hint),
      short: words.short,
      options: q.options.map((o) => ({ id: o.id, label: self(options[o.id]) })),
    };
  });
  const levels = Object.fromEntries(Object.entries(m.levels).map(([k, v]) => [k, (v as { title: string }).title]));
  out[lang] = { ui: m.ui, questions, levels };
}
process.stdout.write(JSON.stringify(out));
