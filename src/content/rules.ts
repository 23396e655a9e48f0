// Rule set 2.0.0 from shared/clinical/triage-spec.md, as data: questions in order, their options,
// the level and route each leads to, exits, and advice tied to answers. Wording lives in src/i18n/.
import type { RuleSet, SeverityLevel } from '../triage/types.js';
import type { SourceId } from './sources.js';

const NOT_EMERGENCY = ['ed-now', 'same-day', 'appointment', 'self-care', 'not-suitable'] as const;
const LEG_OR_ARM = ['calf-foot', 'thigh', 'many', 'arm-hand', 'other'] as const;

// A leveled option must name at least one source, so the review document is never silent.
type Sourced = { readonly level: SeverityLevel; readonly sources: readonly SourceId[] };
const rule = <L extends SeverityLevel>(level: L, ...sources: SourceId[]) =>
  ({ level, sources }) as const satisfies Sourced;

export const rules = {
  version: '2.0.0',
  date: '2026-11-26',
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
        { id: 'chest-pain', ...rule('emergency', 'aha-heart-attack') },
        { id: 'heart-signs', ...rule('emergency', 'aha-heart-attack', 'acc-heart-attack') },
        { id: 'breathing', ...rule('emergency', 'nhs-dvt') },
        { id: 'fainting-confusion', ...rule('emergency', 'healthwise-dehydration', 'niosh-heat') },
        { id: 'stroke-signs', ...rule('emergency', 'mayo-stroke') },
        { id: 'sudden-headache', ...rule('emergency', 'nice-ng228') },
        { id: 'seizure', ...rule('emergency', 'niosh-heat', 'harrison-hypocalcemia') },
        { id: 'jaw-swallowing', ...rule('emergency', 'cdc-tetanus') },
        { id: 'overheated-confused', ...rule('emergency', 'cdc-heat', 'niosh-heat') },
        { id: 'throat-tingling', ...rule('emergency', 'harrison-hypocalcemia') },
        { id: 'neck-fever-headache', ...rule('emergency', 'nhs-meningitis', 'nhs-sepsis') },
        { id: 'cold-pale-limb', ...rule('emergency', 'rcem-limb-ischaemia') },
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
        { id: 'chest', ...rule('emergency', 'aha-heart-attack', 'merck-cramps') },
        { id: 'belly', exit: { closesAfter: 'where', whenAlone: true, reason: 'where.belly' } },
      ],
    },
    {
      id: 'leg-swelling',
      kind: 'single',
      askedWhen: [{ question: 'where', hasAny: LEG_OR_ARM }],
      options: [
        { id: 'yes', ...rule('same-day', 'nhs-dvt', 'acc-arm-dvt') },
        { id: 'not-sure', ...rule('same-day', 'nhs-dvt') },
        { id: 'no' },
      ],
    },
    {
      id: 'leg-signs',
      kind: 'multi',
      askedWhen: [{ question: 'where', hasAny: LEG_OR_ARM }],
      options: [
        { id: 'injury-tight', ...rule('emergency', 'taylor-compartment') },
        { id: 'one-sided-ache', ...rule('same-day', 'nhs-dvt', 'acc-arm-dvt') },
        { id: 'exertion-swelling', ...rule('same-day', 'niosh-rhabdo') },
        { id: 'rest-pain-sores', ...rule('same-day', 'critical-limb-ischaemia') },
        { id: 'walking-pain', route: 'primary-care', ...rule('appointment', 'bhf-claudication', 'mayo-cramps') },
        { id: 'standing-pain', route: 'pain-clinic', ...rule('appointment', 'mayo-cramps') },
        { id: 'none' },
      ],
    },
    {
      id: 'nerve-pain',
      kind: 'multi',
      options: [
        { id: 'radiating', route: 'pain-clinic', ...rule('appointment', 'nhs-sciatica') },
        { id: 'limb-weakness', ...rule('same-day', 'foot-drop') },
        { id: 'both-legs', ...rule('emergency', 'nhs-back-pain', 'mayo-gbs') },
        { id: 'saddle-bladder-bowel', ...rule('emergency', 'nhs-cauda-equina') },
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
        { id: 'serious-accident', ...rule('ed-now', 'nhs-back-pain', 'canadian-c-spine') },
        { id: 'infection-risk', ...rule('ed-now', 'spinal-abscess') },
        { id: 'sudden-severe', ...rule('ed-now', 'nhs-aaa') },
        { id: 'fever-cancer-weight', ...rule('same-day', 'nhs-back-pain', 'nice-mscc') },
        { id: 'severe-pain', ...rule('same-day', 'nhs-sciatica') },
        { id: 'none' },
      ],
    },
    {
      id: 'medicines',
      kind: 'multi',
      options: [
        { id: 'twisting-after-medicine', ...rule('ed-now', 'aafp-dystonia') },
        { id: 'stiff-fever-after-medicine', ...rule('ed-now', 'fda-serotonin', 'nms') },
        { id: 'withdrawal', ...rule('ed-now', 'nice-cg100', 'fda-benzodiazepine', 'baclofen-withdrawal') },
        { id: 'statin-pain', ...rule('same-day', 'aha-acc-statin', 'mayo-statin-rhabdo') },
        { id: 'quinine-bleeding', ...rule('same-day', 'fda-quinine') },
        { id: 'new-medicine', route: 'primary-care', ...rule('appointment', 'nice-cks-cramps', 'merck-cramps') },
        { id: 'none' },
      ],
    },
    {
      id: 'other-signs',
      kind: 'multi',
      options: [
        { id: 'dark-urine', ...rule('ed-now', 'stony-brook-rhabdo', 'mayo-statin-rhabdo') },
        { id: 'heartbeat-weakness', ...rule('ed-now', 'hyperkalemia', 'nkf-dialysis', 'mayo-gbs') },
        { id: 'fever-unwell', ...rule('ed-now', 'nhs-sepsis', 'uk-sepsis-trust') },
        { id: 'wound-stiffness', ...rule('ed-now', 'cdc-tetanus') },
        { id: 'fluid-loss', ...rule('same-day', 'merck-cramps', 'healthwise-dehydration') },
        { id: 'fever', ...rule('same-day', 'merck-cramps') },
        { id: 'lip-finger-tingling', ...rule('same-day', 'harrison-hypocalcemia', 'hyperventilation') },
        { id: 'wound', ...rule('same-day', 'healthwise-tetanus', 'nhs-cramps') },
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
        { id: 'severe', ...rule('emergency', 'healthwise-dehydration') },
        { id: 'moderate', ...rule('same-day', 'healthwise-dehydration') },
        { id: 'neither' },
      ],
    },
    {
      id: 'heat',
      kind: 'multi',
      askedWhen: [{ question: 'other-signs', hasAny: ['heat-exercise'] }],
      options: [
        { id: 'collapse', ...rule('emergency', 'cdc-heat', 'cdc-older-heat') },
        { id: 'over-an-hour', ...rule('ed-now', 'cdc-heat') },
        { id: 'heart-low-salt', ...rule('ed-now', 'cdc-heat') },
        { id: 'exhaustion', ...rule('ed-now', 'cdc-heat') },
        { id: 'none' },
      ],
    },
    {
      id: 'tingling-risk',
      kind: 'single',
      askedWhen: [{ question: 'other-signs', hasAny: ['lip-finger-tingling'] }],
      options: [
        { id: 'yes', ...rule('ed-now', 'harrison-hypocalcemia', 'fda-denosumab') },
        { id: 'not-sure', ...rule('ed-now', 'harrison-hypocalcemia') },
        { id: 'no' },
      ],
    },
    {
      id: 'pattern',
      kind: 'multi',
      options: [
        { id: 'long-cramp', ...rule('same-day', 'nhs-cramps', 'nice-cks-cramps') },
        { id: 'cant-bear-weight', ...rule('same-day', 'mayo-cramps') },
        { id: 'spreading', ...rule('same-day', 'mayo-gbs') },
        { id: 'wasting-twitching', route: 'primary-care', ...rule('appointment', 'nice-cks-cramps', 'cleveland-spasms') },
        { id: 'frequent', route: 'primary-care', ...rule('appointment', 'mayo-cramps', 'nhs-cramps') },
        { id: 'none' },
      ],
    },
    {
      id: 'background',
      kind: 'multi',
      options: [
        { id: 'pregnant', extraRoute: 'maternity', sources: ['hse-pregnancy'] },
        { id: 'long-term-condition', route: 'primary-care', ...rule('appointment', 'mayo-cramps', 'merck-cramps') },
        { id: 'neuro-condition', route: 'own-team', ...rule('appointment', 'cleveland-spasms') },
        { id: 'dialysis', route: 'own-team', ...rule('appointment', 'aafp-night-cramps', 'merck-cramps') },
        { id: 'dialysis-missed', route: 'own-team', ...rule('same-day', 'nkf-dialysis', 'hyperkalemia') },
        { id: 'alcohol', route: 'primary-care', ...rule('appointment', 'merck-cramps') },
        { id: 'none' },
      ],
    },
  ],
  // Advice the spec ties to answers ("Advice that depends on answers"). Where the spec names a
  // condition broadly (kidney disease) we also match the options that contain it, to stay cautious.
  advice: [
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
    { id: 'no-over-drinking', when: [{ question: 'other-signs', hasAny: ['heat-exercise'] }], levels: NOT_EMERGENCY },
    {
      id: 'heat-stroke-first-aid',
      when: [
        { question: 'emergency', hasAny: ['overheated-confused'] },
        { question: 'heat', hasAny: ['collapse'] },
      ],
      levels: ['emergency'],
    },
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
    { id: 'quinine', when: [{ question: 'medicines', hasAny: ['quinine-bleeding'] }] },
    { id: 'pregnancy', when: [{ question: 'background', hasAny: ['pregnant'] }], levels: NOT_EMERGENCY },
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
