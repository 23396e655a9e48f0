// Rule set 3.0.0 from shared/clinical/triage-spec.md, as data: questions in order, their options,
// the level and route each leads to, exits, and advice tied to answers. Wording lives in src/i18n/.
import type { RuleSet } from '../triage/types.js';

const NOT_EMERGENCY = ['ed-now', 'same-day', 'appointment', 'self-care', 'not-suitable'] as const;
const LEG_OR_ARM = ['calf-foot', 'thigh', 'many', 'arm-hand', 'other'] as const;

export const rules = {
  version: '3.0.0',
  date: '2026-12-05',
  review: { status: 'not yet reviewed', reviewer: null, reviewedOn: null, nextReview: null },
  questions: [
    {
      id: 'who',
      kind: 'single',
      options: [
        { id: 'self' },
        { id: 'someone-else' },
        { id: 'child', exit: { closesAfter: 'emergency', reason: 'who.child' } },
      ],
    },
    {
      id: 'emergency',
      kind: 'multi',
      options: [
        { id: 'chest-pain', level: 'emergency' },
        { id: 'heart-signs', level: 'emergency' },
        { id: 'breathing', level: 'emergency' },
        { id: 'fainting-confusion', level: 'emergency' },
        { id: 'stroke-signs', level: 'emergency' },
        { id: 'sudden-headache', level: 'emergency' },
        { id: 'seizure', level: 'emergency' },
        { id: 'jaw-swallowing', level: 'emergency' },
        { id: 'overheated-confused', level: 'emergency' },
        { id: 'throat-tingling', level: 'emergency' },
        { id: 'neck-fever-headache', level: 'emergency' },
        { id: 'cold-pale-limb', level: 'emergency' },
        { id: 'earlier-this-week', level: 'ed-now' },
        { id: 'none' },
      ],
    },
    {
      id: 'where',
      kind: 'multi',
      options: [
        { id: 'calf-foot' },
        { id: 'thigh' },
        { id: 'back' },
        { id: 'neck' },
        { id: 'arm-hand' },
        { id: 'many' },
        { id: 'other' },
        { id: 'face' },
        { id: 'chest', level: 'emergency' },
        { id: 'belly', exit: { closesAfter: 'where', whenAlone: true, reason: 'where.belly' } },
      ],
    },
    {
      id: 'leg-swelling',
      kind: 'single',
      askedWhen: [{ question: 'where', hasAny: LEG_OR_ARM }],
      options: [{ id: 'yes', level: 'same-day' }, { id: 'not-sure', level: 'same-day' }, { id: 'no' }],
    },
    {
      id: 'leg-signs',
      kind: 'multi',
      askedWhen: [{ question: 'where', hasAny: LEG_OR_ARM }],
      options: [
        { id: 'injury-tight', level: 'emergency' },
        { id: 'one-sided-ache', level: 'same-day' },
        { id: 'exertion-swelling', level: 'ed-now' },
        { id: 'exertion-pain', level: 'same-day' },
        { id: 'rest-pain-sores', level: 'same-day' },
        { id: 'walking-pain', route: 'primary-care', level: 'appointment' },
        { id: 'standing-pain', route: 'pain-clinic', level: 'appointment' },
        { id: 'none' },
      ],
    },
    {
      id: 'clot-breath',
      kind: 'single',
      askedWhen: [
        { question: 'leg-swelling', hasAny: ['yes', 'not-sure'] },
        { question: 'leg-signs', hasAny: ['one-sided-ache'] },
      ],
      options: [
        { id: 'severe', level: 'emergency' },
        { id: 'mild', level: 'ed-now' },
        { id: 'not-sure', level: 'ed-now' },
        { id: 'no' },
      ],
    },
    {
      id: 'nerve-pain',
      kind: 'multi',
      options: [
        { id: 'radiating', route: 'pain-clinic', level: 'appointment' },
        { id: 'limb-weakness', level: 'same-day' },
        { id: 'both-legs', level: 'emergency' },
        { id: 'saddle-bladder-bowel', level: 'emergency' },
        { id: 'none' },
      ],
    },
    {
      id: 'nerve-signs',
      kind: 'multi',
      askedWhen: [
        { question: 'where', hasAny: ['back', 'neck'] },
        { question: 'nerve-pain', hasAny: ['radiating', 'limb-weakness'] },
      ],
      options: [
        { id: 'serious-accident', level: 'ed-now' },
        { id: 'infection-risk', level: 'ed-now' },
        { id: 'cancer-nerve', level: 'ed-now' },
        { id: 'sudden-severe', level: 'emergency' },
        { id: 'fever-cancer-weight', level: 'same-day' },
        { id: 'severe-pain', level: 'same-day' },
        { id: 'none' },
      ],
    },
    {
      id: 'medicines',
      kind: 'multi',
      options: [
        { id: 'twisting-after-medicine', level: 'ed-now' },
        { id: 'stiff-fever-after-medicine', level: 'ed-now' },
        { id: 'withdrawal', level: 'ed-now' },
        { id: 'statin-pain', level: 'same-day' },
        { id: 'quinine-bleeding', level: 'same-day' },
        { id: 'new-medicine', route: 'primary-care', level: 'appointment' },
        { id: 'none' },
      ],
    },
    {
      id: 'other-signs',
      kind: 'multi',
      options: [
        { id: 'dark-urine', level: 'ed-now' },
        { id: 'heartbeat-weakness', level: 'ed-now' },
        { id: 'fever-unwell', level: 'ed-now' },
        { id: 'wound-stiffness', level: 'ed-now' },
        { id: 'effort-ache', level: 'ed-now' },
        { id: 'jaw-chewing', level: 'same-day' },
        { id: 'fluid-loss', level: 'same-day' },
        { id: 'fever', level: 'same-day' },
        { id: 'lip-finger-tingling', level: 'same-day' },
        { id: 'wound', level: 'same-day' },
        { id: 'heat-exercise' },
        { id: 'none' },
      ],
    },
    {
      id: 'dehydration',
      kind: 'single',
      askedWhen: [
        { question: 'other-signs', hasAny: ['fluid-loss', 'dark-urine'] },
        { question: 'medicines', hasAny: ['new-medicine'] },
      ],
      options: [
        { id: 'severe', level: 'emergency' },
        { id: 'diabetes-high', level: 'ed-now' },
        { id: 'moderate', level: 'same-day' },
        { id: 'neither' },
      ],
    },
    {
      id: 'heat',
      kind: 'multi',
      askedWhen: [{ question: 'other-signs', hasAny: ['heat-exercise'] }],
      options: [
        { id: 'collapse', level: 'emergency' },
        { id: 'over-an-hour', level: 'ed-now' },
        { id: 'heart-low-salt', level: 'ed-now' },
        { id: 'exhaustion', level: 'ed-now' },
        { id: 'water-overload', level: 'ed-now' },
        { id: 'none' },
      ],
    },
    {
      id: 'tingling-risk',
      kind: 'single',
      askedWhen: [{ question: 'other-signs', hasAny: ['lip-finger-tingling'] }],
      options: [{ id: 'yes', level: 'ed-now' }, { id: 'not-sure', level: 'ed-now' }, { id: 'no' }],
    },
    {
      id: 'pattern',
      kind: 'multi',
      options: [
        { id: 'long-cramp', level: 'same-day' },
        { id: 'cant-bear-weight', level: 'same-day' },
        { id: 'spreading', level: 'same-day' },
        { id: 'wasting-twitching', route: 'primary-care', level: 'appointment' },
        { id: 'frequent', route: 'primary-care', level: 'appointment' },
        { id: 'none' },
      ],
    },
    {
      id: 'background',
      kind: 'multi',
      options: [
        { id: 'pregnant', extraRoute: 'maternity' },
        { id: 'long-term-condition', route: 'primary-care', level: 'appointment' },
        { id: 'neuro-condition', route: 'own-team', level: 'appointment' },
        { id: 'dialysis', route: 'own-team', level: 'appointment' },
        { id: 'dialysis-missed', route: 'own-team', level: 'same-day' },
        { id: 'alcohol', route: 'primary-care', level: 'appointment' },
        { id: 'none' },
      ],
    },
    {
      id: 'pregnancy-signs',
      kind: 'multi',
      askedWhen: [{ question: 'background', hasAny: ['pregnant'] }],
      options: [
        { id: 'preeclampsia', level: 'ed-now' },
        { id: 'labor-signs', level: 'ed-now' },
        { id: 'after-birth', level: 'ed-now' },
        { id: 'none' },
      ],
    },
  ],
  // Advice the spec ties to answers ("Advice that depends on answers"), in the order it is shown.
  // Where the spec names a condition broadly (kidney disease) we also match the options that
  // contain it, to stay cautious. Advice with no `when` shows on every result of its levels.
  advice: [
    // Where to go comes first: a pregnancy sign sends the patient to Labor and Delivery.
    {
      id: 'labor-delivery',
      when: [{ question: 'pregnancy-signs', hasAny: ['preeclampsia', 'labor-signs', 'after-birth'] }],
    },
    // The early stop can end the questions before `background` asks about pregnancy.
    { id: 'pregnant-tell-staff', levels: ['emergency', 'ed-now'] },
    { id: 'clot-keep-still', when: [{ question: 'clot-breath', hasAny: ['severe'] }], levels: ['emergency'] },
    {
      id: 'heat-stroke-first-aid',
      when: [
        { question: 'emergency', hasAny: ['overheated-confused'] },
        { question: 'heat', hasAny: ['collapse'] },
      ],
      levels: ['emergency'],
    },
    { id: 'water-overload', when: [{ question: 'heat', hasAny: ['water-overload'] }] },
    {
      id: 'statin-dark-urine',
      when: [
        {
          allOf: [
            { question: 'medicines', hasAny: ['statin-pain'] },
            { question: 'other-signs', hasAny: ['dark-urine'] },
          ],
        },
      ],
    },
    {
      id: 'fluid-limits',
      when: [
        { question: 'background', hasAny: ['long-term-condition', 'dialysis', 'dialysis-missed'] },
        { question: 'heat', hasAny: ['heart-low-salt'] },
        { question: 'tingling-risk', hasAny: ['yes'] },
      ],
    },
    {
      id: 'no-supplements',
      when: [
        { question: 'background', hasAny: ['long-term-condition', 'dialysis', 'dialysis-missed'] },
        { question: 'tingling-risk', hasAny: ['yes'] },
      ],
    },
    {
      id: 'heat-exercise-care',
      when: [{ question: 'other-signs', hasAny: ['heat-exercise'] }],
      levels: ['self-care', 'appointment'],
    },
    { id: 'no-over-drinking', when: [{ question: 'other-signs', hasAny: ['heat-exercise'] }], levels: NOT_EMERGENCY },
    { id: 'blood-sugar', when: [{ question: 'background', hasAny: ['long-term-condition'] }] },
    { id: 'quinine', when: [{ question: 'medicines', hasAny: ['quinine-bleeding'] }] },
    // Stretching advice has no place beside "go to the emergency room now".
    {
      id: 'pregnancy',
      when: [{ question: 'background', hasAny: ['pregnant'] }],
      levels: ['same-day', 'appointment', 'self-care'],
    },
    { id: 'belly', when: [{ question: 'where', hasAny: ['belly'] }], levels: NOT_EMERGENCY },
    { id: 'child', when: [{ question: 'who', hasAny: ['child'] }], levels: ['not-suitable'] },
  ],
} as const satisfies RuleSet;

type Questions = (typeof rules.questions)[number];
export type QuestionId = Questions['id'];
/** The option ids of one question. */
export type OptionOf<Q extends QuestionId> = Extract<Questions, { id: Q }>['options'][number]['id'];
export type OptionId = Questions['options'][number]['id'];
export type AdviceId = (typeof rules.advice)[number]['id'];
/** Answers as the spec's contract has them: single questions take a string, multi questions a list. */
export type Answers = { [Q in QuestionId]?: OptionOf<Q> | OptionOf<Q>[] };
/** The rule-set version shown in the printed summary and the clinician review document. */
export const rulesVersion = rules.version;
