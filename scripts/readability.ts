// Reading level of all patient-facing wording, per locale: Flesch–Kincaid grade for English,
// Fernández-Huerta for Spanish, over every string of the locale's Messages (both voices).
// Run: node --import tsx scripts/readability.ts — prints a report, writes nothing, and exits 1
// when a locale misses its limit. The test in test/content/readability.test.ts uses the same code.
import { pathToFileURL } from 'node:url';
import { DEFAULT_EMERGENCY_NUMBER } from '../src/config/options.js';
import { rulesVersion } from '../src/content/rules.js';
import { locales } from '../src/i18n/locales.js';
import type { Messages } from '../src/i18n/messages.js';
import { checkWordingLimits, MAX_OPTION_WORDS, MAX_SCREEN_WORDS } from './wording-limits.js';

/** English: Flesch–Kincaid grade must be at most this over all text… */
export const EN_MAX_GRADE = 6;
/** …and we aim for this. */
export const EN_AIM_GRADE = 5;
/** Spanish: Fernández-Huerta (higher is easier) must be at least this over all text… */
export const ES_MIN_FERNANDEZ_HUERTA = 70;
/** …and we aim for this. */
export const ES_AIM_FERNANDEZ_HUERTA = 75;
/** Only strings this long compete for "hardest", so one-word labels do not dominate. */
export const MIN_WORDS_FOR_WORST = 8;
export const WORST_COUNT = 10;

/** Stand-ins for the {placeholders}, so they read like the words a patient sees. */
export const PLACEHOLDER_VALUES = {
  number: DEFAULT_EMERGENCY_NUMBER, // read digit by digit: "nine one one"
  n: '3',
  phone: '555-0100',
  version: rulesVersion,
} as const;

export interface Counts {
  words: number;
  sentences: number;
  syllables: number;
}

export interface Hard {
  /** Key path in the locale, e.g. "options.medicines.withdrawal" or "levels.emergency.body[2].other". */
  path: string;
  score: number;
  /** The text as measured, placeholders filled. */
  text: string;
  words: number;
}

export interface LocaleReading extends Counts {
  /** The score over only the strings with at least MIN_WORDS_FOR_WORST words (sentences, not labels). */
  longStrings: Counts & { score: number };
  code: string;
  formula: string;
  /** The locale's score over all its text pooled. */
  overall: number;
  /** Number of strings measured (each voice counts). */
  strings: number;
  passes: boolean;
  meetsAim: boolean;
  /** The hardest strings with at least MIN_WORDS_FOR_WORST words, hardest first. */
  worst: Hard[];
}

// ---------------------------------------------------------------- formulas

/** Flesch–Kincaid grade level (Kincaid et al., 1975). Lower is easier. */
export const fleschKincaidGrade = ({ words, sentences, syllables }: Counts): number =>
  0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;

/**
 * Fernández-Huerta (1959) reading ease for Spanish as usually cited: P = syllables per 100 words,
 * F = sentences per 100 words. Higher is easier; this is the score the limit applies to.
 */
export const fernandezHuerta = ({ words, sentences, syllables }: Counts): number =>
  206.84 - 0.6 * ((syllables / words) * 100) - 1.02 * ((sentences / words) * 100);

/**
 * The same with F read as words per sentence, as in Flesch's formula it adapts (Law, 2011, argued
 * the cited form has F upside down: with it, splitting a long sentence lowers the score). Shown
 * for information only.
 */
export const fernandezHuertaWordsPerSentence = ({ words, sentences, syllables }: Counts): number =>
  206.84 - 0.6 * ((syllables / words) * 100) - 1.02 * (words / sentences);

// ---------------------------------------------------------------- numbers and letters

const EN_ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function englishNumber(n: number): string {
  if (n < 20) return EN_ONES[n];
  if (n < 100) return EN_TENS[Math.floor(n / 10)] + (n % 10 ? ' ' + EN_ONES[n % 10] : '');
  if (n < 1000) return EN_ONES[Math.floor(n / 100)] + ' hundred' + (n % 100 ? ' ' + englishNumber(n % 100) : '');
  return englishNumber(Math.floor(n / 1000)) + ' thousand' + (n % 1000 ? ' ' + englishNumber(n % 1000) : '');
}

const ES_ONES = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

function spanishNumber(n: number): string {
  if (n < 30) return ES_ONES[n];
  if (n < 100) return ES_TENS[Math.floor(n / 10)] + (n % 10 ? ' y ' + ES_ONES[n % 10] : '');
  if (n === 100) return 'cien';
  if (n < 1000) return ES_HUNDREDS[Math.floor(n / 100)] + (n % 100 ? ' ' + spanishNumber(n % 100) : '');
  const thousands = Math.floor(n / 1000);
  return (
    (thousands === 1 ? 'mil' : spanishNumber(thousands) + ' mil') + (n % 1000 ? ' ' + spanishNumber(n % 1000) : '')
  );
}

/** Numbers read one digit at a time rather than as a quantity. */
const SERVICE_NUMBERS = new Set(['911', '112', '999', '000', '111', '988']);

/**
 * Syllables of a number as read aloud: whole numbers up to 9999 as a quantity ("sixteen" = 2), the
 * parts after a decimal point or comma as "point" plus single digits, emergency numbers, phone
 * numbers and long digit runs digit by digit.
 */
function numberSyllables(token: string, lang: 'en' | 'es'): number {
  if (!/^\d+(?:[-/:.,\s]+\d+)*$/.test(token)) return [...token].filter((c) => /\p{N}/u.test(c)).length || 1; // ½, ², other scripts
  const say = lang === 'en' ? englishNumber : spanishNumber;
  const count = lang === 'en' ? syllablesEnWord : syllablesEsWord;
  const spoken = (words: string) => words.split(/\s+/).reduce((sum, w) => sum + count(w), 0);
  const digits = (run: string) => [...run].reduce((sum, d) => sum + spoken(say(Number(d))), 0);
  const quantity = (run: string) =>
    run.length <= 4 && !(run.length > 1 && run.startsWith('0')) && !SERVICE_NUMBERS.has(run)
      ? spoken(say(Number(run)))
      : digits(run);
  const point = spoken(lang === 'en' ? 'point' : 'punto');
  if (/[-/:\s]/.test(token)) {
    // 555-0100 is a phone number, read digit by digit; 10-12 is a range of quantities.
    const runs = token.split(/[-/:\s]+/).filter(Boolean);
    const phone = runs.length > 1 && runs.some((run) => run.replace(/\D/g, '').length >= 3);
    return runs.reduce((sum, run) => sum + (phone ? digits(run.replace(/\D/g, '')) : numberSyllables(run, lang)), 0);
  }
  const [whole, ...fractions] = token.split(/[.,]/);
  // "1,000" is a thousands separator; "100,4" (Spanish) and "100.4" are decimals.
  if (fractions.length === 1 && fractions[0].length === 3 && /,/.test(token) && lang === 'en')
    return quantity(whole + fractions[0]);
  return quantity(whole) + fractions.reduce((sum, part) => sum + point + digits(part), 0);
}

/** Syllables of letter names, for abbreviations read letter by letter ("MS" = "em ess"). */
const LETTER_SYLLABLES: Record<'en' | 'es', Readonly<Record<string, number>>> = {
  en: { w: 3 },
  es: { f: 2, h: 2, j: 2, l: 2, m: 2, n: 2, ñ: 2, r: 2, s: 2, v: 2, w: 4, x: 2, z: 2 },
};
const isAbbreviation = (word: string) => /^\p{Lu}{2,5}s?$/u.test(word) && !/^\p{Lu}\p{Ll}/u.test(word);

// ---------------------------------------------------------------- English syllables

/** Words the rules below get wrong, common in health text. */
const EN_EXCEPTIONS: Readonly<Record<string, number>> = {
  people: 2,
  diabetes: 4,
  diabetic: 4,
  diarrhea: 4,
  diarrhoea: 4,
  area: 3,
  areas: 3,
  idea: 3,
  ideas: 3,
  hundred: 2,
  hundreds: 2,
  fluid: 2,
  fluids: 2,
  ruin: 2,
  maybe: 2,
  anyone: 3,
  everyone: 3,
  nosebleed: 2,
  nosebleeds: 2,
  lifetime: 2,
  create: 2,
  created: 3,
  recipe: 3,
  business: 2,
  being: 2,
  poem: 2,
  science: 2,
  client: 2,
  quiet: 2,
  cruel: 2,
  fuel: 2,
  lion: 2,
  naive: 2,
  coordinate: 4,
  cooperate: 4,
  reuse: 2,
  european: 4,
  video: 3,
  rhythm: 2,
  rhythms: 2,
  spasm: 2,
  spasms: 2,
  prism: 2,
  chasm: 2,
  realize: 3,
  everything: 3,
  everywhere: 3,
  wednesday: 2,
  chocolate: 2,
  vegetable: 3,
  vegetables: 3,
  comfortable: 3,
  every: 2,
  evening: 2,
  element: 3,
  elements: 3,
  several: 3,
  different: 3,
  interest: 2,
  favorite: 3,
  temperature: 4,
  actually: 4,
};

const EN_VOWEL = /[aeiouy]/;

/** English syllables of one word (no hyphens): vowel groups with the usual adjustments. */
function syllablesEnWord(raw: string): number {
  const negated = /[^aeiou'’]n['’]t$/i.test(raw); // doesn't, didn't, isn't: "n't" is its own syllable
  let w = raw
    .toLowerCase()
    .replace(/['’]s$/, 's')
    .replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w in EN_EXCEPTIONS) return EN_EXCEPTIONS[w];
  // Compounds whose first part ends in a silent e: someone, somewhere, sometimes.
  const compound = /^(some|home|nose|life|care|side|time|wheel|fire|house)(.{3,})$/.exec(w);
  if (compound && EN_VOWEL.test(compound[2])) return syllablesEnWord(compound[1]) + syllablesEnWord(compound[2]);
  // Suffixes after a silent e: soreness, safely, careful, movement, useless.
  const suffixed = /^(.*[aeiouy][^aeiouy]e)(ness|less|ful|fully|ment|ments|ly)$/.exec(w);
  if (suffixed) return syllablesEnWord(suffixed[1]) + syllablesEnWord(suffixed[2]);
  // y is a consonant at the start of a word or between a vowel and a vowel: you, player, buying.
  w = w.replace(/^y/, 'Y').replace(/([aeiou])y(?=[aeiou])/g, '$1Y');
  const groups = w.match(/[aeiouy]+/g) ?? [];
  let count = groups.length;
  if (count === 0) return 1;
  // Vowel pairs said as two syllables: di-a-lysis, ra-di-o, vi-de-o, u-su-al, cal-ci-um, qui-et.
  for (const g of groups) {
    if (g.length < 2) continue;
    const at = w.indexOf(g);
    const before = w[at - 1] ?? '';
    if (/ia|io/.test(g) && !/[tscxg]/.test(before) && !(before === 'q'))
      count += 1; // not -tion, -cial, -sion, -gion
    else if (/eo/.test(g) && before !== 'g') count += 1;
    else if (/ua|uo/.test(g) && !/[qg]/.test(before)) count += 1;
    else if (/iu/.test(g)) count += 1;
  }
  if (/[^aeiouy]iet/.test(w)) count += 1; // diet, anxiety
  // Silent final e (make, whole) but not consonant + le (muscle, simple).
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w) && count > 1) count -= 1;
  // Plural and verb -es is silent after most consonants (times, takes), not after s/x/z/ch/sh/ce/ge or consonant + l.
  else if (/[^aeiouy]es$/.test(w) && !/([sxzcg]|ch|sh|[^aeiouy]l)es$/.test(w) && count > 1) count -= 1;
  // Past tense -ed is silent except after t or d (pressed, used; but started, needed).
  else if (/[^aeiouytd]ed$/.test(w) && count > 1) count -= 1;
  // Silent -ue after g or q: tongue, fatigue, league, unique (but ar-gue).
  if (/(?:[aeiou]n?gue|que)s?$/.test(w) && count > 1) count -= 1;
  // A vowel right before -ing is its own syllable: being, going, dying, peeing.
  if (/[aeiouy]ing$/.test(w) && w.length > 4) count += 1;
  // -sm at the end: spasm, prism (handled above for the common ones); -ism: autism.
  if (/[^aeiouy]sms?$/.test(w)) count += 1;
  if (negated) count += 1;
  return Math.max(1, count);
}

/** English syllables of one token: a word, a hyphenated word, a number or an abbreviation. */
export function syllablesEn(token: string): number {
  if (/^\p{N}/u.test(token)) return numberSyllables(token, 'en');
  if (isAbbreviation(token)) {
    return [...token.replace(/s$/, '').toLowerCase()].reduce((sum, c) => sum + (LETTER_SYLLABLES.en[c] ?? 1), 0);
  }
  return token
    .split(/-+/)
    .filter(Boolean)
    .reduce((sum, part) => sum + (/^\p{N}/u.test(part) ? numberSyllables(part, 'en') : syllablesEnWord(part)), 0);
}

// ---------------------------------------------------------------- Spanish syllables

const ES_STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']); // accented í, ú break a diphthong
const ES_VOWEL = new Set([...ES_STRONG, 'i', 'u', 'ü']);

/** Spanish syllables of one word (no hyphens): vowel groups with diphthong and hiatus rules. */
function syllablesEsWord(raw: string): number {
  let w = raw
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^a-záéíóúüñ]/g, (c) => {
      const base = c.normalize('NFD').replace(/\p{M}/gu, '');
      return /^[a-z]$/.test(base) ? base : '';
    });
  if (!w) return 0;
  if (w === 'y') return 1;
  w = w
    .replace(/h/g, '') // silent, and no barrier: ahora = a-o-ra, prohibir = prohi-bir
    .replace(/([qg])u(?=[eiéí])/g, '$1') // que, quince, guerra: the u is silent (but pingüino keeps ü)
    .replace(/([aeiouáéíóú])y$/, '$1i'); // hay, muy, hoy, ley: final y is a vowel
  let count = 0;
  let previous = '';
  for (const c of w) {
    if (!ES_VOWEL.has(c)) {
      previous = '';
      continue;
    }
    if (!previous) count += 1;
    else if (ES_STRONG.has(previous) && ES_STRONG.has(c))
      count += 1; // hiatus: le-er, dí-a, o-í-do
    else if (previous === c) count += 1; // chi-i-ta, du-un-viro
    previous = c;
  }
  return Math.max(1, count);
}

/** Spanish syllables of one token: a word, a hyphenated word, a number or an abbreviation. */
export function syllablesEs(token: string): number {
  if (/^\p{N}/u.test(token)) return numberSyllables(token, 'es');
  if (isAbbreviation(token)) {
    return [...token.replace(/s$/, '').toLowerCase()].reduce((sum, c) => sum + (LETTER_SYLLABLES.es[c] ?? 1), 0);
  }
  return token
    .split(/-+/)
    .filter(Boolean)
    .reduce((sum, part) => sum + (/^\p{N}/u.test(part) ? numberSyllables(part, 'es') : syllablesEsWord(part)), 0);
}

// ---------------------------------------------------------------- words and sentences

/** A number (100.4, 555-0100, 2.0.0) or a word (can't, cramp-like, músculo). */
const TOKEN = /\p{N}+(?:[.,:/-]\p{N}+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Words tokens: runs with letters or digits. */
export const wordsOf = (text: string): string[] => text.match(TOKEN) ?? [];

/** A full stop after these does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'dr', 'dra', 'sr', 'sra', 'vs', 'approx', 'aprox', 'p', 'ej', 'núm']);

/**
 * Sentences: the text split at . ! ? : ; (or …) followed by a space, a closing quote or bracket, or
 * the end; a piece with at least one word is a sentence, so a string without end punctuation (a
 * label, a list item) still counts as one. "100.4" and "2.0.0" do not split.
 */
export function sentencesOf(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?:;…]+(?=[\s"'”’)\]»]|$)/g)) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0] === '.' && ABBREVIATIONS.has(lastWord)) continue;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces.map((s) => s.trim()).filter((s) => wordsOf(s).length > 0);
}

/** Words, sentences and syllables of a text in a language. */
export function countText(text: string, lang: 'en' | 'es'): Counts {
  const words = wordsOf(text);
  const syllables = lang === 'en' ? syllablesEn : syllablesEs;
  return {
    words: words.length,
    sentences: sentencesOf(text).length,
    syllables: words.reduce((sum, w) => sum + syllables(w), 0),
  };
}

// ---------------------------------------------------------------- the locale's strings

export interface Entry {
  path: string;
  /** As written in the locale, with {placeholders}. */
  raw: string;
}

/** Every patient-facing string in a locale, with its key path; skips `lang`. Both voices count. */
export function collectStrings(messages: Messages): Entry[] {
  const out: Entry[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') out.push({ path, raw: value });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (!path && key === 'lang') continue;
        walk(item, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(messages, '');
  return out;
}

/** Fills {number}, {n}, {phone}, {version} with sample values and {clinic} with the locale's own default clinic name. */
export function fillPlaceholders(text: string, messages: Messages): string {
  const values: Record<string, string> = { ...PLACEHOLDER_VALUES, clinic: messages.ui.defaultClinic };
  return text.replace(
    /\{(\w+)\}/g,
    (_whole, name: string) => values[name] ?? (messages.lang.startsWith('es') ? 'esto' : 'this'),
  );
}

// ---------------------------------------------------------------- per-locale formulas

export interface Formula {
  lang: 'en' | 'es';
  name: string;
  /** One or two lines on how the score is computed. */
  method: string;
  score: (counts: Counts) => number;
  higherIsEasier: boolean;
  passes: (score: number) => boolean;
  meetsAim: (score: number) => boolean;
  limitText: string;
}

const PLACEHOLDER_NOTE = (clinic: string) =>
  `placeholders filled before measuring: {number}=${PLACEHOLDER_VALUES.number} (read digit by digit), {n}=${PLACEHOLDER_VALUES.n}, ` +
  `{clinic}="${clinic}" (ui.defaultClinic), {phone}=${PLACEHOLDER_VALUES.phone}, {version}=${PLACEHOLDER_VALUES.version}.`;

export const formulas: Readonly<Record<string, Formula>> = {
  en: {
    lang: 'en',
    name: 'Flesch–Kincaid grade level',
    method:
      'grade = 0.39 × words/sentence + 11.8 × syllables/word − 15.59 (lower is easier). Syllables: vowel groups, minus silent final e ' +
      '(not consonant+le), silent -es/-ed, plus split vowel pairs (di-a, u-a, i-um), numbers as spoken. Sentences: split at . ! ? : ; and at the end of every string.',
    score: fleschKincaidGrade,
    higherIsEasier: false,
    passes: (s) => s <= EN_MAX_GRADE,
    meetsAim: (s) => s <= EN_AIM_GRADE,
    limitText: `must be ≤ ${EN_MAX_GRADE}, aim ≤ ${EN_AIM_GRADE}`,
  },
  es: {
    lang: 'es',
    name: 'Fernández-Huerta reading ease',
    method:
      'score = 206.84 − 0.60 × syllables per 100 words − 1.02 × sentences per 100 words (higher is easier). Syllables: vowel groups; ' +
      'a/e/o next to each other and accented í/ú split (hiatus), i/u glide (diphthong), h ignored, u silent in que/qui/gue/gui, final y a vowel, ' +
      'numbers as spoken. Sentences: split at . ! ? : ; and at the end of every string.',
    score: fernandezHuerta,
    higherIsEasier: true,
    passes: (s) => s >= ES_MIN_FERNANDEZ_HUERTA,
    meetsAim: (s) => s >= ES_AIM_FERNANDEZ_HUERTA,
    limitText: `must be ≥ ${ES_MIN_FERNANDEZ_HUERTA}, aim ≥ ${ES_AIM_FERNANDEZ_HUERTA}`,
  },
};

/** The formula for a locale code ("es-MX" uses "es"), or null when none is configured. */
export const formulaFor = (code: string): Formula | null => formulas[code.toLowerCase().split(/[-_]/)[0]] ?? null;

/** Measures all of a locale's text pooled, and finds its hardest strings. Throws if no formula is configured. */
export function measureLocale(code: string, messages: Messages): LocaleReading {
  const formula = formulaFor(code);
  if (!formula) throw new Error(`No readability formula is configured for locale "${code}".`);
  const total: Counts = { words: 0, sentences: 0, syllables: 0 };
  const scored: Hard[] = [];
  const long: Counts = { words: 0, sentences: 0, syllables: 0 };
  const entries = collectStrings(messages);
  for (const { path, raw } of entries) {
    const text = fillPlaceholders(raw, messages);
    const counts = countText(text, formula.lang);
    total.words += counts.words;
    total.sentences += counts.sentences;
    total.syllables += counts.syllables;
    if (counts.words >= MIN_WORDS_FOR_WORST) {
      scored.push({ path, score: formula.score(counts), text, words: counts.words });
      long.words += counts.words;
      long.sentences += counts.sentences;
      long.syllables += counts.syllables;
    }
  }
  const harder = (a: Hard, b: Hard) => (formula.higherIsEasier ? a.score - b.score : b.score - a.score);
  // Each Voiced pair is listed once, by its harder voice: the two usually differ by a pronoun.
  const seen = new Set<string>();
  const worst = scored
    .sort(harder)
    .filter((h) => {
      const key = h.path.replace(/\.(self|other)$/, '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, WORST_COUNT);
  const overall = total.words ? formula.score(total) : NaN;
  return {
    code,
    formula: formula.name,
    overall,
    ...total,
    longStrings: { ...long, score: long.words ? formula.score(long) : NaN },
    strings: entries.length,
    passes: formula.passes(overall),
    meetsAim: formula.meetsAim(overall),
    worst,
  };
}

// ---------------------------------------------------------------- CLI

const clip = (text: string, max = 140) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/** The report lines for every locale, and whether all locales with a formula pass. */
export function report(all: Readonly<Record<string, Messages>> = locales): { lines: string[]; ok: boolean } {
  const lines: string[] = ['Reading level of patient-facing wording (all strings, both voices; `lang` skipped)', ''];
  let ok = true;
  for (const [code, messages] of Object.entries(all)) {
    const formula = formulaFor(code);
    if (!formula) {
      lines.push(`${code}: no readability formula is configured for this language; skipped.`, '');
      continue;
    }
    const r = measureLocale(code, messages);
    const limits = checkWordingLimits(messages);
    ok &&= r.passes && limits.problems.length === 0;
    const verdict = r.passes ? (r.meetsAim ? 'PASS (meets aim)' : 'PASS (above aim)') : 'FAIL';
    lines.push(
      `${code} — ${r.formula}`,
      `  Method: ${formula.method}`,
      `  ${PLACEHOLDER_NOTE(messages.ui.defaultClinic)}`,
      `  Overall: ${r.overall.toFixed(1)} (${formula.limitText}) ${verdict}`,
      `  Pooled: ${r.words} words, ${r.sentences} sentences, ${r.syllables} syllables in ${r.strings} strings ` +
        `(${(r.words / r.sentences).toFixed(1)} words/sentence, ${(r.syllables / r.words).toFixed(2)} syllables/word)`,
      `  For information: strings with ≥ ${MIN_WORDS_FOR_WORST} words only score ${r.longStrings.score.toFixed(1)} ` +
        `(${r.longStrings.words} words, ${r.longStrings.sentences} sentences)` +
        (formula.lang === 'es'
          ? `; with F as words per sentence (Flesch's form) all text scores ${fernandezHuertaWordsPerSentence(r).toFixed(1)}.`
          : '.'),
      `  Hardest ${r.worst.length} strings with ≥ ${MIN_WORDS_FOR_WORST} words (${formula.higherIsEasier ? 'lowest' : 'highest'} score first):`,
      ...r.worst.map(
        (h, i) =>
          `  ${String(i + 1).padStart(4)}. ${h.score.toFixed(1).padStart(6)}  ${h.path}\n          ${clip(h.text)}`,
      ),
      `  Fullest screen: ${limits.fullestScreen.question} (${limits.fullestScreen.voice}), ${limits.fullestScreen.words} words ` +
        `(limit ${MAX_SCREEN_WORDS}: question, hint and all options as rendered)`,
      `  Longest option: ${limits.longestOption.question}.${limits.longestOption.id}, ${limits.longestOption.words} words (limit ${MAX_OPTION_WORDS})`,
      ...limits.problems.map((p) => `  OVER: ${p}`),
      '',
    );
  }
  return { lines, ok };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { lines, ok } = report();
  console.log(lines.join('\n'));
  if (!ok) {
    console.error('A locale misses its reading-level limit.');
    process.exitCode = 1;
  }
}
