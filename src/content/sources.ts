// The public sources behind the rules (from shared/clinical/sources.md), keyed so rules can cite them.
// `strength: 'weak'` marks a secondary, tertiary or copied page the clinical reviewer must confirm.

export interface Source {
  readonly title: string;
  readonly url: string;
  readonly strength: 'primary' | 'weak';
}

export const sources = {
  'aha-heart-attack': {
    title: 'American Heart Association: heart attack warning signs',
    url: 'https://www.heart.org/en/affiliates/dont-die-of-doubt_know-the-signs',
    strength: 'primary',
  },
  'acc-heart-attack': {
    title: 'ACC CardioSmart: heart attack signs and symptoms',
    url: 'https://cardiosmart.org/topics/heart-attack/signs-and-symptoms',
    strength: 'primary',
  },
  'nhs-dvt': {
    title: 'NHS: deep vein thrombosis',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
    strength: 'primary',
  },
  'acc-arm-dvt': {
    title: 'ACC: upper extremity deep vein thrombosis',
    url: 'http://www.acc.org/latest-in-cardiology/articles/2017/11/09/13/30/upper-extremity-deep-vein-thrombosis',
    strength: 'primary',
  },
  'mayo-stroke': {
    title: 'Mayo Clinic: stroke signs (FAST)',
    url: 'https://www.mayoclinic.org/diseases-conditions/stroke/in-depth/health-tip/art-20450579',
    strength: 'primary',
  },
  'nice-ng228': {
    title: 'NICE NG228: thunderclap headache',
    url: 'https://www.nice.org.uk/guidance/ng228/chapter/Recommendations',
    strength: 'primary',
  },
  'cdc-tetanus': {
    title: 'CDC tetanus facts (via a health department copy)',
    url: 'https://bchealthdept.org/post/10-08-24-public-health-education-topic-tetanus',
    strength: 'weak',
  },
  'healthwise-tetanus': {
    title: 'Healthwise: tetanus shot after a wound',
    url: 'https://myactivehealth.com/hwcontent/content/definition/stt11089.html',
    strength: 'weak',
  },
  'cdc-heat': {
    title: 'CDC: heat-related illnesses, what to look for and do',
    url: 'https://stacks.cdc.gov/view/cdc/59395',
    strength: 'primary',
  },
  'niosh-heat': {
    title: 'CDC/NIOSH: heat-related illness',
    url: 'https://www.cdc.gov/niosh/topics/heatstress/heatrelillness.html',
    strength: 'primary',
  },
  'cdc-older-heat': {
    title: 'CDC: older adults and extreme heat',
    url: 'https://www.cdc.gov/aging/emergency-preparedness/older-adults-extreme-heat/index.html',
    strength: 'primary',
  },
  'harrison-hypocalcemia': {
    title: "Harrison's: low calcium (excerpt)",
    url: 'https://download.skyscape.com/download/ota/lonestar/76CD77F7-898A-4928-AE45-A3D54D0FF0F0/harrisons.ed19/content/HTML/q/tu43.htm',
    strength: 'weak',
  },
  'fda-denosumab': {
    title: 'FDA: denosumab boxed warning, severe low calcium',
    url: 'https://www.fda.gov/drugs/fda-drug-safety-podcasts/fda-adds-boxed-warning-increased-risk-severe-hypocalcemia-patients-advanced-chronic-kidney-disease',
    strength: 'primary',
  },
  hyperventilation: {
    title: 'Saisch et al., Chest 1996: hyperventilation in the emergency department (copy)',
    url: 'https://c.coek.info/pdf-patients-with-acute-hyperventilation-presenting-to-an-inner-city-emergency-depar.html',
    strength: 'weak',
  },
  'nhs-meningitis': { title: 'NHS: meningitis', url: 'https://www.nhs.uk/conditions/meningitis/', strength: 'primary' },
  'nhs-sepsis': { title: 'NHS: sepsis', url: 'https://www.nhs.uk/conditions/sepsis/', strength: 'primary' },
  'uk-sepsis-trust': {
    title: 'Patient.info with the UK Sepsis Trust: adult sepsis safety net',
    url: 'https://patient.info/infections/sepsis-septicaemia-leaflet/adult-sepsis-safety-net',
    strength: 'primary',
  },
  'rcem-limb-ischaemia': {
    title: 'RCEM Learning: acute limb ischaemia, the 6 Ps',
    url: 'https://www.rcemlearning.co.uk/modules/acute-limb-ischaemia/lessons/clinical-assessment-and-risk-stratification-18/topic/the-6-ps/',
    strength: 'primary',
  },
  'taylor-compartment': {
    title: 'Taylor et al. 2012: acute compartment syndrome',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3535085',
    strength: 'primary',
  },
  'nhs-cauda-equina': {
    title: 'Royal Free London NHS: cauda equina syndrome',
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
    strength: 'primary',
  },
  'nhs-back-pain': {
    title: 'NHS back pain wording (copy)',
    url: 'https://sheffieldachespains-staging.preflight.site/conditions/back-pain/what-is-back-pain',
    strength: 'weak',
  },
  'nhs-sciatica': {
    title: 'Healthify NZ: sciatica (NHS sciatica wording was read only via a copy)',
    url: 'https://healthify.nz/health-a-z/s/sciatica',
    strength: 'weak',
  },
  'mayo-gbs': {
    title: 'Mayo Clinic: Guillain-Barré syndrome symptoms',
    url: 'http://www.mayoclinic.org/diseases-conditions/guillain-barre-syndrome/basics/symptoms/con-20025832',
    strength: 'weak',
  },
  'foot-drop': {
    title: 'Sciatica red flags: progressive weakness (secondary)',
    url: 'https://barabone.blog/2021/02/07/2-main-sciatica-symptoms-that-requires-immediate-treatment/',
    strength: 'weak',
  },
  'canadian-c-spine': {
    title: 'Canadian C-spine rule (Stiell 2001) and NICE NG41',
    url: 'https://www.nice.org.uk/guidance/ng41/chapter/Recommendations',
    strength: 'primary',
  },
  'spinal-abscess': {
    title: 'Artenstein et al. 2016: spinal epidural abscess',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5172511',
    strength: 'primary',
  },
  'nhs-aaa': {
    title: 'nidirect: abdominal aortic aneurysm',
    url: 'https://www.nidirect.gov.uk/conditions/abdominal-aortic-aneurysm',
    strength: 'primary',
  },
  'nice-mscc': {
    title: 'NICE NG234: metastatic spinal cord compression',
    url: 'https://www.nice.org.uk/guidance/ng234/chapter/Recommendations',
    strength: 'primary',
  },
  'aafp-dystonia': {
    title: 'AAFP 2007: drug-induced acute dystonia',
    url: 'https://aafp.org/pubs/afp/issues/2007/0615/p1821/',
    strength: 'primary',
  },
  'fda-serotonin': {
    title: 'FDA 2016: opioids and serotonin syndrome',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-warns-about-several-safety-issues-opioid-pain-medicines-requires',
    strength: 'primary',
  },
  nms: {
    title: 'SMI Adviser: neuroleptic malignant syndrome',
    url: 'https://smiadviser.org/knowledge_post_fp/what-is-neuroleptic-malignant-syndrome',
    strength: 'primary',
  },
  'nice-cg100': {
    title: 'NICE CG100: alcohol withdrawal',
    url: 'https://www.nice.org.uk/guidance/cg100/chapter/Recommendations',
    strength: 'primary',
  },
  'fda-benzodiazepine': {
    title: 'FDA 2020: benzodiazepine boxed warning',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
    strength: 'primary',
  },
  'baclofen-withdrawal': {
    title: 'Lioresal Intrathecal boxed warning (AHFS monograph)',
    url: 'https://www.drugs.com/monograph/lioresal.html',
    strength: 'weak',
  },
  'aha-acc-statin': {
    title: '2018 AHA/ACC cholesterol guideline (pocket guide)',
    url: 'https://eguideline.guidelinecentral.com/i/1512420/25',
    strength: 'primary',
  },
  'mayo-statin-rhabdo': {
    title: 'Mayo Clinic: statins and rhabdomyolysis',
    url: 'https://www.mayoclinic.org/diseases-conditions/high-blood-cholesterol/expert-answers/rhabdomyolysis/faq-20057817',
    strength: 'primary',
  },
  'fda-quinine': {
    title: 'FDA quinine warning (copy)',
    url: 'https://www.mediguard.org/alerts/alert/1000.html',
    strength: 'weak',
  },
  'nice-cks-cramps': { title: 'NICE CKS: leg cramps', url: 'https://cks.nice.org.uk/leg-cramps', strength: 'primary' },
  'merck-cramps': {
    title: 'Merck Manual Consumer: muscle cramps',
    url: 'https://merckmanuals.com/home/quick-facts-brain-spinal-cord-and-nerve-disorders/symptoms-of-brain-spinal-cord-and-nerve-disorders/muscle-cramps',
    strength: 'primary',
  },
  'mayo-cramps': {
    title: 'Mayo Clinic: muscle cramp',
    url: 'https://www.mayoclinic.org/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820',
    strength: 'primary',
  },
  'nhs-cramps': { title: 'NHS: leg cramps', url: 'https://www.nhs.uk/conditions/leg-cramps/', strength: 'primary' },
  'stony-brook-rhabdo': {
    title: 'Stony Brook Medicine: rhabdomyolysis',
    url: 'https://health.stonybrookmedicine.edu/?p=3155',
    strength: 'primary',
  },
  'niosh-rhabdo': {
    title: 'CDC/NIOSH: rhabdomyolysis symptoms',
    url: 'https://www.cdc.gov/niosh/topics/rhabdo/symptoms.html',
    strength: 'primary',
  },
  hyperkalemia: {
    title: 'Cleveland Clinic: high blood potassium',
    url: 'https://my.clevelandclinic.org/health/diseases/15184-hyperkalemia-high-blood-potassium',
    strength: 'weak',
  },
  'healthwise-dehydration': {
    title: 'Healthwise via Michigan Medicine: dehydration',
    url: 'https://www.uofmhealth.org/health-library/std120726',
    strength: 'primary',
  },
  'bhf-claudication': {
    title: 'British Heart Foundation: intermittent claudication',
    url: 'https://www.bhf.org.uk/informationsupport/heart-matters-magazine/medical/intermittent-claudication',
    strength: 'primary',
  },
  'cleveland-spasms': {
    title: 'Cleveland Clinic: muscle spasms',
    url: 'https://my.clevelandclinic.org/health/diseases/15466-muscle-spasms',
    strength: 'primary',
  },
  'aafp-night-cramps': {
    title: 'AAFP 2012: nocturnal leg cramps',
    url: 'https://www.aafp.org/afp/2012/0815/p350.html',
    strength: 'primary',
  },
  'hse-pregnancy': {
    title: 'HSE: leg cramps in pregnancy',
    url: 'https://www2.hse.ie/conditions/leg-cramps-pregnancy/',
    strength: 'primary',
  },
  'nkf-dialysis': {
    title: 'National Kidney Foundation: missing dialysis',
    url: 'https://www.kidney.org/atoz/content/missing-dialysis-treatment-dangerous-your-health',
    strength: 'primary',
  },
  'critical-limb-ischaemia': {
    title: 'General clinical knowledge: critical limb ischaemia (confirm)',
    url: '',
    strength: 'weak',
  },
  // Rule set 3 (shared/clinical/sources.md items 19-40): named by the walk review and marked
  // "(confirm)" there, so all are weak until the clinical reviewer has read them.
  'acog-preeclampsia': {
    title: 'ACOG Practice Bulletin 222: gestational hypertension and preeclampsia (2020)',
    url: '',
    strength: 'weak',
  },
  'cdc-hear-her': {
    title: 'CDC Hear Her: urgent maternal warning signs',
    url: 'https://www.cdc.gov/hearher/maternal-warning-signs/',
    strength: 'weak',
  },
  'nhs-preeclampsia': {
    title: 'NHS: pre-eclampsia',
    url: 'https://www.nhs.uk/conditions/pre-eclampsia/',
    strength: 'weak',
  },
  'acog-preterm-labor': { title: 'ACOG FAQ: preterm labor and birth', url: '', strength: 'weak' },
  'awhonn-post-birth': { title: 'AWHONN: POST-BIRTH warning signs', url: '', strength: 'weak' },
  'nice-ng158': { title: 'NICE NG158: venous thromboembolic diseases (2020), suspected PE', url: '', strength: 'weak' },
  'statpearls-dystonia': {
    title: 'StatPearls: acute dystonic reaction; Campbell, Aust Prescr 2001;24:19-20',
    url: '',
    strength: 'weak',
  },
  'eah-consensus': {
    title: 'Hew-Butler et al. 2015: exercise-associated hyponatremia consensus; WMS guideline 2019',
    url: '',
    strength: 'weak',
  },
  'niosh-heat-cramps': {
    title: 'CDC/NIOSH: heat-related illnesses (heat cramps); OSHA heat first aid',
    url: 'https://www.cdc.gov/niosh/heat-stress/',
    strength: 'weak',
  },
  'nice-cg95': { title: 'NICE CG95: recent-onset chest pain of suspected cardiac origin', url: '', strength: 'weak' },
  'aha-acc-chest-pain-2021': {
    title: 'Gulati et al. 2021 AHA/ACC chest pain guideline, Circulation 2021;144:e368',
    url: '',
    strength: 'weak',
  },
  'nice-cg103': { title: 'NICE CG103: delirium', url: '', strength: 'weak' },
  'champ-rhabdo': {
    title: 'CHAMP clinical practice guideline for exertional rhabdomyolysis (2020)',
    url: '',
    strength: 'weak',
  },
  'nice-ng128': {
    title: 'NICE NG128 and RCP 2023 stroke guideline: transient stroke signs',
    url: '',
    strength: 'weak',
  },
  'niaaa-rethinking': { title: 'NIAAA: Rethinking Drinking', url: '', strength: 'weak' },
  'bsr-gca': {
    title: 'BSR guideline on giant cell arteritis 2020; ACR/VF 2021; Smetana & Shmerling, JAMA 2002',
    url: '',
    strength: 'weak',
  },
  'nice-ng234': {
    title: 'NICE NG234: spinal metastases and metastatic spinal cord compression',
    url: '',
    strength: 'weak',
  },
  'idsa-ssti': {
    title: 'IDSA guideline for skin and soft tissue infections, Clin Infect Dis 2014;59:e10',
    url: '',
    strength: 'weak',
  },
  'aha-cervical-dissection': {
    title: 'AHA/ASA statement on cervical artery dissection (2024)',
    url: '',
    strength: 'weak',
  },
  'ada-hyperglycaemic-crises': {
    title: 'ADA/EASD consensus on hyperglycaemic crises in adults, Diabetes Care 2024',
    url: '',
    strength: 'weak',
  },
  'nhlbi-sickle-cell': {
    title: 'NHLBI: evidence-based management of sickle cell disease (2014)',
    url: '',
    strength: 'weak',
  },
  'cdc-botulism-2024': {
    title: 'CDC health advisory: botulism after counterfeit botulinum toxin injections (2024)',
    url: '',
    strength: 'weak',
  },
  'ada-standards-6': { title: 'ADA Standards of Care, section 6: hypoglycemia', url: '', strength: 'weak' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
