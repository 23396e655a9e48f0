// Patient wording stays plain: English at Flesch–Kincaid grade 8 or below, Spanish at
// Fernández-Huerta 60 or above, over all text of the locale. The counters behind the scores are
// checked on known words, so a broken counter cannot pass the limits by accident.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locales } from '../../src/i18n/locales.js';
import { en } from '../../src/i18n/en.js';
import {
  collectStrings,
  countText,
  EN_MAX_GRADE,
  ES_MIN_FERNANDEZ_HUERTA,
  fernandezHuerta,
  fillPlaceholders,
  fleschKincaidGrade,
  formulaFor,
  measureLocale,
  MIN_WORDS_FOR_WORST,
  sentencesOf,
  syllablesEn,
  syllablesEs,
  WORST_COUNT,
} from '../../scripts/readability.js';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} is not ${expected}`);

test(`English wording reads at Flesch–Kincaid grade ${EN_MAX_GRADE} or below`, () => {
  const r = measureLocale('en', locales.en ?? en);
  assert.ok(r.words > 1000, `only ${r.words} words measured`);
  assert.ok(r.overall <= EN_MAX_GRADE, `grade ${r.overall.toFixed(1)}; hardest: ${r.worst[0]?.path}`);
});

test(`Spanish wording scores Fernández-Huerta ${ES_MIN_FERNANDEZ_HUERTA} or above`, () => {
  const es = locales.es;
  assert.ok(es, 'the Spanish locale is registered');
  const r = measureLocale('es', es);
  assert.ok(r.words > 1000, `only ${r.words} words measured`);
  assert.ok(r.overall >= ES_MIN_FERNANDEZ_HUERTA, `score ${r.overall.toFixed(1)}; hardest: ${r.worst[0]?.path}`);
});

test('English syllables of known words', () => {
  const known: Record<string, number> = {
    cramp: 1,
    the: 1,
    muscle: 2,
    muscles: 2,
    stretching: 2,
    tightness: 2,
    emergency: 4,
    medicines: 3,
    pressed: 1,
    started: 2,
    times: 1,
    changes: 2,
    fluids: 2,
    dialysis: 4,
    diabetes: 4,
    usual: 3,
    someone: 2,
    soreness: 2,
    safely: 2,
    "doesn't": 2,
    "don't": 1,
    being: 2,
    'light-headed': 3,
    you: 1,
    eyes: 1,
    tongue: 1,
    MS: 2,
    '911': 3,
    '16': 2,
    '100.4': 5,
  };
  for (const [word, n] of Object.entries(known)) assert.equal(syllablesEn(word), n, word);
});

test('Spanish syllables of known words', () => {
  const known: Record<string, number> = {
    calambre: 3,
    músculo: 3,
    emergencia: 4,
    día: 2,
    que: 1,
    agua: 2,
    oído: 3,
    quince: 2,
    guerra: 2,
    pingüino: 3,
    hay: 1,
    muy: 1,
    y: 1,
    ahora: 3,
    leer: 2,
    cuidado: 3,
    náuseas: 3,
    país: 2,
    ciudad: 2,
    hormigueo: 4,
    '911': 6,
    '16': 3,
    '38': 5,
  };
  for (const [word, n] of Object.entries(known)) assert.equal(syllablesEs(word), n, word);
});

test('sentences split at . ! ? : ; and at the end of a string, not inside numbers', () => {
  assert.equal(sentencesOf('Call 911 now. Don’t drive to the hospital.').length, 2);
  assert.equal(sentencesOf('None of these').length, 1);
  assert.equal(sentencesOf('Call our clinic: 555-0100').length, 2);
  assert.equal(sentencesOf('A temperature of 100.4 °F (38 °C) or higher').length, 1);
  assert.equal(sentencesOf('Stop; rest. Is it better? Yes!').length, 4);
  assert.equal(sentencesOf('¿Tiene fiebre? Llame, p. ej., a su médico.').length, 2);
});

test('Flesch–Kincaid on a hand-counted English sample', () => {
  // Stretch(1) the(1) mus-cle(2) gent-ly(2). Call(1) for(1) e-mer-gen-cy(4) help(1).
  const counts = countText('Stretch the muscle gently. Call for emergency help.', 'en');
  assert.deepEqual(counts, { words: 8, sentences: 2, syllables: 13 });
  // 0.39 × 8/2 + 11.8 × 13/8 − 15.59 = 1.56 + 19.175 − 15.59
  close(fleschKincaidGrade(counts), 5.145, 'grade');
});

test('Fernández-Huerta on a hand-counted Spanish sample', () => {
  // Es-ti-re(3) el(1) mús-cu-lo(3). Be-ba(2) a-gua(2).
  const counts = countText('Estire el músculo. Beba agua.', 'es');
  assert.deepEqual(counts, { words: 5, sentences: 2, syllables: 11 });
  // P = 220 syllables and F = 40 sentences per 100 words: 206.84 − 0.60 × 220 − 1.02 × 40
  close(fernandezHuerta(counts), 34.04, 'score');
});

test('all strings are measured: both voices, no lang, placeholders filled', () => {
  const entries = collectStrings(en);
  const paths = entries.map((e) => e.path);
  assert.ok(!paths.includes('lang'));
  assert.ok(paths.includes('options.medicines.withdrawal'));
  assert.ok(paths.includes('levels.emergency.body[2].self') && paths.includes('levels.emergency.body[2].other'));
  assert.ok(paths.includes('learn.sections[0].heading'));
  for (const e of entries) assert.doesNotMatch(fillPlaceholders(e.raw, en), /[{}]/, e.path);
  assert.equal(fillPlaceholders('Book a visit with {clinic}', en), `Book a visit with ${en.ui.defaultClinic}`);
});

test('the hardest strings are long ones, hardest first, at most ten', () => {
  const r = measureLocale('en', en);
  assert.ok(r.worst.length > 0 && r.worst.length <= WORST_COUNT);
  for (const h of r.worst) assert.ok(h.words >= MIN_WORDS_FOR_WORST, h.path);
  for (let i = 1; i < r.worst.length; i++) assert.ok(r.worst[i - 1].score >= r.worst[i].score);
  assert.equal(new Set(r.worst.map((h) => h.path.replace(/\.(self|other)$/, ''))).size, r.worst.length);
});

test('only English and Spanish have a formula', () => {
  assert.ok(formulaFor('en') && formulaFor('es') && formulaFor('es-MX'));
  assert.equal(formulaFor('fr'), null);
  assert.throws(() => measureLocale('fr', en));
});
