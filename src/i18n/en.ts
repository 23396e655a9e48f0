// English (US) wording for rule set 2.0.0: plain words, reading grade 6 to 8.
// Voiced text is { self, other } only where "you" and "they" differ.
import type { Messages } from './messages.js';

export const en = {
  lang: 'en',
  ui: {
    title: 'Muscle cramp and spasm checker',
    emergencyLine: 'If you think this is an emergency, call {number} now.',
    intro: [
      'For anyone 16 or older with a muscle cramp or spasm.',
      'It gives guidance, not a diagnosis. If you have a care plan, follow it.',
      'Your answers stay on this device.',
    ],
    questionN: 'Question {n}',
    continue: 'Continue',
    back: 'Back',
    startAgain: 'Start again',
    chooseOne: 'Choose an answer.',
    // Said on every multi question, "where" too, which has no "None of these".
    chooseAny: 'Choose all that fit.',
    errorPrefix: 'Error:',
    resultLabel: 'Your result',
    whyHeading: 'Why we suggest this',
    toldUsHeading: 'What you told us',
    change: 'Change',
    adviceHeading: 'Good to know',
    selfCareHeading: 'What you can do at home',
    soonerHeading: 'Get help sooner if',
    whereHeading: 'Where to go',
    callEmergency: 'Call {number}',
    callClinic: 'Call {clinic}: {phone}',
    book: 'Book a visit with {clinic}',
    bookAgain: 'If cramps keep coming back, book a visit with {clinic}',
    defaultClinic: 'our clinic',
    newTab: '(opens in a new tab)',
    learnHeading: 'About cramps and spasms',
    rulesVersion: 'Rule set {version}',
    deafHelp: "Deaf, hard of hearing or can't speak? Text 911 where you can, or call with a TTY or relay service.",
    clearedOthers: 'Other choices cleared.',
    clearedNone: '“None of these” cleared.',
    print: 'Print summary',
    copy: 'Copy summary',
    copied: 'Summary copied.',
    copyFailed: "Couldn't copy. Try Print.",
    summaryTitle: 'Muscle cramp check: summary',
    summaryDate: 'Date: {date}',
    saidYes: 'You said yes to:',
    saidNo: 'You said no to:',
    notReviewed: 'Rules not yet reviewed by a clinician.',
    reviewed: 'Rules reviewed by {reviewer} on {date}. Next review: {next}.',
  },

  questions: {
    who: { text: 'Who is this for?', short: 'Who it is for' },
    emergency: {
      text: {
        self: 'Since the cramps started, have you had any of these, even if they went away?',
        other: 'Since the cramps started, have they had any of these, even if they went away?',
      },
      short: 'Warning signs',
    },
    where: { text: 'Where is the cramp or spasm?', short: 'Where' },
    'leg-swelling': {
      text: 'Compare both sides. Is one arm or leg swollen (bigger), red, purple or darker, or warm?',
      hint: 'On dark skin, redness is hard to see. Feel for warmth.',
      short: 'Swelling',
    },
    'leg-signs': { text: 'Arm or leg: do any of these fit?', short: 'Arm or leg' },
    'nerve-pain': { text: { self: 'Do you have any of these?', other: 'Do they have any of these?' }, short: 'Nerve signs' },
    'nerve-signs': { text: 'Back or neck: do any of these fit?', short: 'Back or neck' },
    medicines: { text: 'Medicines, alcohol or drugs: do any of these fit?', short: 'Medicines' },
    'other-signs': { text: { self: 'Do you have any of these?', other: 'Do they have any of these?' }, short: 'Other signs' },
    dehydration: { text: 'Peeing and standing up: which fits best?', short: 'Pee and standing' },
    heat: { text: 'Cramps in the heat: do any of these fit?', short: 'Heat' },
    'tingling-risk': { text: 'Does any of this apply?', short: 'Tingling risks' },
    pattern: { text: 'Which describe the cramps?', short: 'Cramp pattern' },
    background: { text: { self: 'Do any of these apply to you?', other: 'Do any of these apply to them?' }, short: 'Health history' },
  },

  options: {
    who: { self: 'Myself (16 or older)', 'someone-else': 'Someone else, 16 or older', child: 'A child under 16' },
    emergency: {
      'chest-pain': 'Chest pain, pressure or tightness (may spread to arm, jaw, neck or back)',
      'heart-signs':
        'Arm, shoulder or jaw pain, pressure or cramp-like ache, with sweating, nausea, short of breath or light-headed',
      breathing: 'Trouble breathing, tight throat, noisy breathing or coughing up blood',
      'fainting-confusion': 'Fainted, very confused, very drowsy or hard to wake',
      'stroke-signs':
        'Sudden (in minutes): one-sided weakness or numbness of face, arm or leg, slurred speech, or loss of sight or balance, even if better now',
      'sudden-headache': 'Sudden, very bad headache, the worst ever',
      seizure: 'Seizure (fit)',
      'jaw-swallowing':
        'Jaw locked or very hard to open, spasms making it hard to swallow or breathe, or body arching backward',
      'overheated-confused': 'Very hot after heat or exercise, and confused, not making sense or stopped sweating',
      'throat-tingling': 'Tingling lips or fingers, with a tight throat or changed voice',
      'neck-fever-headache':
        "Fever with a stiff neck (chin can't touch chest), a rash that won't fade when pressed, or blotchy, gray, pale or blue skin",
      'cold-pale-limb': 'Arm, leg, hand or foot suddenly cold, pale, white, blue or blotchy, even without numbness',
      none: 'None of these',
    },
    where: {
      'calf-foot': 'Calf or foot',
      thigh: 'Thigh',
      back: 'Back',
      neck: 'Neck',
      'arm-hand': 'Arm or hand',
      many: 'Many muscles at once',
      other: 'Elsewhere (hip, buttock, shoulder, face or jaw)',
      chest: 'Chest',
      belly: 'Belly',
    },
    'leg-swelling': { yes: 'Yes', 'not-sure': 'Not sure', no: 'No' },
    'leg-signs': {
      'injury-tight':
        'After a broken bone, hard blow, crush, cast, splint, tight bandage or hours lying on it: very tight or hard muscle, pain far worse than expected or growing, moving fingers or toes hurts a lot, or numbness or tingling',
      'one-sided-ache': 'One calf, thigh or arm painful or tender for more than a day, or getting worse (not brief post-cramp soreness)',
      'exertion-swelling': 'After hard or new exercise: muscles very swollen, hard, weak or far more sore than normal',
      'rest-pain-sores': "Foot or toe pain at rest, not just in cramps; a sore that won't heal; or toes turning dark",
      'walking-pain': 'Calf, thigh or buttock pain when walking that goes within minutes of rest',
      'standing-pain': 'Leg pain that gets worse with longer walking or standing, and eases on sitting or bending forward',
      none: 'None of these',
    },
    'nerve-pain': {
      radiating: 'Burning, tingling, numbness or shooting pain down one arm or leg',
      'limb-weakness': 'Weakness in one arm, leg or foot over hours or days (such as a foot that drags or slaps)',
      'both-legs': 'New in the last few days: weakness, numbness or tingling in both legs (not old numbness, as from diabetes)',
      'saddle-bladder-bowel':
        'New since the pain started: numb private parts, bottom or inner thighs; trouble starting or stopping pee, or leaking; or losing control of poop',
      none: 'None of these',
    },
    'nerve-signs': {
      'serious-accident':
        'After a fall from above standing height or down stairs, a car, bike or motorbike crash, or a hard blow to the back or neck; or any fall or bump at 65 or older',
      'infection-risk':
        'Back or neck pain with fever, plus injecting drugs, a weak immune system, or spine surgery or shot in the last 3 months',
      'sudden-severe': 'Sudden, very bad back pain with belly pain, or a tearing or ripping pain',
      'fever-cancer-weight':
        'Back pain with fever, cancer now or before, unexplained weight loss, pain worse at night or lying down, or a new lump or back shape change',
      'severe-pain': 'Pain too bad for daily tasks, even with store-bought pain pills as directed',
      none: 'None of these',
    },
    medicines: {
      'twisting-after-medicine':
        'In the last week, started or raised a medicine for nausea or mental health (such as metoclopramide or haloperidol): now neck twisting, jaw or tongue spasms, or eyes rolling up',
      'stiff-fever-after-medicine':
        'In the last 2 weeks, started, raised or mixed medicines for mental health, migraine or pain (such as antidepressants or tramadol), or used party drugs: now stiff or jerking muscles with fever, heavy sweating, shaking or great agitation',
      withdrawal:
        "In the last few days, stopped or cut heavy drinking, sleeping or anxiety pills, baclofen or Parkinson's medicine: now shaking, sweating, fever, much worse spasms, or seeing or hearing things",
      'statin-pain': 'On a statin (cholesterol pill) with weak muscles, or severe or all-over muscle pain or tenderness',
      'quinine-bleeding': 'On quinine, with easy bruising, nosebleeds, bleeding gums, blood in pee or poop, or odd skin spots',
      'new-medicine': 'Cramps began after a new or changed medicine in the last 3 months (such as water pills, statins, asthma inhalers or blood pressure pills)',
      none: 'None of these',
    },
    'other-signs': {
      'dark-urine': 'Dark brown, tea- or cola-colored pee, or far less pee, with muscle pain or weakness',
      'heartbeat-weakness': 'New racing, pounding or skipping heartbeat, or very slow pulse; or too weak to stand or lift the arms',
      'fever-unwell':
        "Fever with any of: shaking that won't stop, severe all-over muscle pain, very little pee all day, a weak immune system (chemo, transplant, steroid pills) or surgery in the last 4 weeks",
      'wound-stiffness':
        'A cut, puncture, bite or burn in the last 3 weeks (even with tetanus shots): now a stiff jaw, neck, back or belly, or spasms near the wound',
      'fluid-loss': 'In the last 2 days: threw up many times, lots of diarrhea, drinking far less, or peeing far more and very thirsty',
      fever: 'Temperature of 100.4 °F (38 °C) or higher, or feeling feverish',
      'lip-finger-tingling': 'Tingling around the mouth or fingertips, with cramping hands or feet (fingers pulling together)',
      wound: 'A dirty or deep cut, puncture, bite, scratch or burn in the last 3 weeks, and last tetanus shot 5 or more years ago or unknown',
      'heat-exercise': 'Cramps began in the heat (hot weather, a hot home or heat wave)',
      none: 'None of these',
    },
    dehydration: {
      severe: 'No pee (or only drops) for 12 hours or more; too dizzy or weak to stand; or fainted',
      moderate: "No pee for 8 hours or more, dizzy when standing up, or can't keep fluids down",
      neither: 'None of these',
    },
    heat: {
      collapse: 'Fainted, or too dizzy or weak to stand',
      'over-an-hour': 'Cramps lasting over an hour despite rest, shade and fluids',
      'heart-low-salt': 'Heart failure or another heart problem, or told to limit salt or fluids',
      exhaustion: 'Throwing up, feeling faint, headache with nausea, cold clammy skin, very little pee, or getting worse',
      none: 'None of these',
    },
    'tingling-risk': {
      yes: 'Yes: kidney failure or dialysis; a known low-calcium or parathyroid problem; weight-loss stomach surgery; or, in the last month, thyroid or parathyroid surgery or a bone-strengthening shot or drip (such as denosumab)',
      'not-sure': 'Not sure',
      no: 'No',
    },
    pattern: {
      'long-cramp': 'A cramp lasting over 10 minutes, even with stretching or walking',
      'cant-bear-weight': "After the cramp, can't put weight on the leg, or severe pain not easing",
      spreading: 'In the last day or two: cramps spreading to many muscles, or new weakness',
      'wasting-twitching': 'Over weeks or months: muscles thinning or weakening, or twitching under the skin',
      frequent: 'Several times a week or most nights, disrupting daily life, or not better with home care',
      none: 'None of these',
    },
    background: {
      pregnant: 'Pregnant, or gave birth in the last 6 weeks',
      'long-term-condition': 'Diabetes, or thyroid, liver or kidney disease',
      'neuro-condition': "Nerve or brain condition (MS, spinal cord injury, stroke, Parkinson's, cerebral palsy)",
      dialysis: 'On dialysis',
      'dialysis-missed': 'On dialysis and missed or cut short a session this week',
      alcohol: 'Over 2 alcoholic drinks a day on most days',
      none: 'None of these',
    },
  },

  reasons: {
    'who.child': 'This is for a child under 16.',
    'where.belly': 'The cramps are only in the belly.',
    'leg-swelling.yes': 'One arm or leg is swollen, red, darker or warm.',
    'leg-swelling.not-sure': 'Not sure about swelling.',
    'tingling-risk.yes': 'Tingling, plus a listed risk.',
    'tingling-risk.not-sure': 'Tingling, and maybe a listed risk.',
  },

  levels: {
    emergency: {
      title: 'Call for emergency help now',
      body: [
        'Call {number} now.',
        "Don't drive to the hospital. Wait for help.",
        {
          self: 'Unlock the door. Sit or lie down. Have your medicines ready.',
          other: 'Unlock the door. Stay with them and help them sit or lie down. Have their medicines ready.',
        },
      ],
    },
    'ed-now': {
      title: 'Go to the nearest emergency room now',
      body: ["Can't get there safely? Call {number}."],
    },
    'same-day': {
      title: 'Get medical care today',
      body: [
        'Go to urgent care or get a same-day doctor visit. If nothing is open, go to an emergency room.',
        'If it gets worse, call {number}.',
      ],
    },
    appointment: {
      title: 'Book a visit in the next few days',
      body: ['If it gets worse, get care sooner.'],
    },
    'self-care': {
      title: 'You can probably care for this at home',
      body: ['No warning signs found. Try the steps below.'],
    },
    'not-suitable': {
      title: 'This checker is not made for this',
      body: ["We can't advise safely here. Ask a doctor or nurse."],
    },
  },

  routes: {
    'pain-clinic': 'Our back and nerve pain clinic',
    'primary-care': 'Regular doctor',
    maternity: 'Midwife or pregnancy care team',
    'own-team': 'Usual specialist team (kidney, dialysis or nerve)',
  },

  advice: {
    'fluid-limits': ['If told to limit fluids, ask the care team before drinking more.'],
    'no-supplements': ['Take potassium or magnesium pills only if a doctor says to. They can harm weak kidneys.'],
    'no-over-drinking': [
      // Not "drink when thirsty": it would contradict the fluid-limit advice shown beside it.
      "Don't drink large amounts during exercise. Too much water can be dangerous.",
    ],
    'heat-stroke-first-aid': ['While waiting, move to a cool place. Wet the skin and fan it. Nothing to drink.'],
    'statin-dark-urine': ['Dark pee while on a statin: stop the statin and get care now.'],
    quinine: [
      'Quinine is not for cramps. It can cause serious bleeding and heart problems.',
    ],
    pregnancy: [
      "Safe stretch in pregnancy: leg straight, gently push the heel down so the toes come up. Don't yank the toes.",
      'Tell the pregnancy care team about new leg pain: today if the leg is red and swollen.',
    ],
    belly: [
      'Go to an emergency room or call {number} for: pain or bleeding in someone who is or could be pregnant; severe or worsening pain; throwing up blood; black poop; a hard, swollen belly; or fever.',
    ],
    child: [
      "Call {number} if a child has trouble breathing, a seizure, is very drowsy or hard to wake, or has a stiff neck with fever or a rash that doesn't fade when pressed.",
      "Otherwise, call the child's doctor.",
    ],
  },

  selfCare: {
    steps: [
      'During a cramp, stop. Gently stretch and rub the muscle, or walk.',
      'For a calf cramp, keep the leg straight and pull the toes up.',
      'Warmth relaxes the muscle. Ice eases soreness. Not on numb skin or while asleep.',
      "Pain pills don't stop a cramp but may ease soreness. Ask a pharmacist which are safe.",
    ],
    sooner: [
      'A cramp lasts over 10 minutes, even with stretching',
      'Swelling, redness or warmth',
      'New weakness or numbness',
      'Cramps keep coming back or disturb sleep',
      'You are worried',
    ],
  },

  learn: {
    sections: [
      {
        heading: 'What cramps are',
        items: [
          "A cramp is a sudden, painful muscle tightening you can't control.",
          'It lasts seconds to about 10 minutes, often in the calf at night.',
          'Most are harmless.',
        ],
      },
      {
        heading: 'Common causes',
        items: [
          'Tired or strained muscles, or staying still for a long time.',
          'Some medicines, such as water pills or statins. Ask your doctor before stopping one.',
          'Low minerals matter mainly with water pills, vomiting, diarrhea, heavy sweating, or kidney or liver disease. Ask for a blood test, not supplements.',
        ],
      },
      {
        heading: 'Who gets them more',
        items: ['Older adults, pregnant people, and people with diabetes or nerve, liver or kidney disease.'],
      },
      {
        heading: 'Warning signs',
        items: [
          'One leg or arm swollen, red or warm, or cold and pale',
          'Chest pain or trouble breathing',
          'New weakness or numbness',
          'Dark pee with muscle pain',
          'A stiff jaw after a wound',
          'A cramp lasting over 10 minutes',
          'Confusion or fainting in the heat',
          'Use the checker or call {number}.',
        ],
      },
      { heading: 'Easing a cramp', items: ['Stretch and rub the muscle, walk, or use warmth.'] },
      {
        heading: 'Preventing cramps',
        items: [
          'Regular stretching may help, but not for everyone.',
          'Quinine and magnesium are not recommended for ordinary cramps.',
        ],
      },
    ],
  },
} as const satisfies Messages;

export default en;
