// English (US) wording for rule set 3.0.0: plain words, reading grade 6 or lower; at most 30 words
// an option and 160 a screen (scripts/wording-limits.ts).
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
    // The kind of choice, on every question: "where" too, which has no "None of these".
    chooseSingle: 'Choose one.',
    chooseAny: 'Choose all that fit.',
    questionsLeft: 'Your change asks more questions. Questions left: {n}.',
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
    edNowBanner:
      'Your answers so far mean going to an emergency room now. The next questions check if you should call {number} instead.',
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
        self: 'In the last 24 hours, have you had any of these, even for a moment?',
        other: 'In the last 24 hours, have they had any of these, even for a moment?',
      },
      short: 'Warning signs',
    },
    where: { text: 'Where is the cramp or spasm?', short: 'Where' },
    'leg-swelling': {
      text: 'Compare both sides. Is one arm or leg bigger (swollen), red, purple, darker or warm?',
      hint: 'On dark skin, redness is hard to see. Feel for warmth.',
      short: 'Swelling',
    },
    'leg-signs': {
      text: { self: 'Do any of these fit your arm or leg?', other: 'Do any of these fit their arm or leg?' },
      short: 'Arm or leg',
    },
    'clot-breath': {
      text: {
        self: 'Since the swelling or pain began, has your breathing or heartbeat changed?',
        other: 'Since the swelling or pain began, has their breathing or heartbeat changed?',
      },
      short: 'Breathing since then',
    },
    'nerve-pain': {
      text: { self: 'Do you have any of these?', other: 'Do they have any of these?' },
      short: 'Nerve signs',
    },
    'nerve-signs': { text: 'About the back or neck: do any of these fit?', short: 'Back or neck' },
    medicines: { text: 'Medicines, shots, alcohol or drugs: do any of these fit?', short: 'Medicines' },
    'other-signs': {
      text: { self: 'Do you have any of these?', other: 'Do they have any of these?' },
      short: 'Other signs',
    },
    dehydration: { text: 'Peeing, standing up and blood sugar: which fits best?', short: 'Pee and standing' },
    heat: { text: 'About the cramps that came with exercise, work or heat:', short: 'Exercise or heat' },
    'tingling-risk': {
      text: { self: 'Do you have any of these?', other: 'Do they have any of these?' },
      short: 'Tingling risks',
    },
    pattern: { text: 'Which of these describe the cramps?', short: 'Cramp pattern' },
    background: {
      text: { self: 'Do any of these apply to you?', other: 'Do any of these apply to them?' },
      short: 'Health history',
    },
    'pregnancy-signs': { text: 'About the pregnancy or the birth: do any of these fit now?', short: 'Pregnancy signs' },
  },

  options: {
    who: { self: 'Me (16 or older)', 'someone-else': 'Someone else, 16 or older', child: 'A child under 16' },
    emergency: {
      'chest-pain': 'Chest pain, pressure or tightness',
      'heart-signs':
        'Arm, shoulder or jaw pain or cramp-like ache, with sweating, feeling sick, faint or short of breath',
      breathing: 'Trouble breathing, a tight throat, or coughing up blood',
      'fainting-confusion': {
        self: 'Fainted; new confusion, even mild; or hard to wake',
        other: 'Fainted; more confused or sleepy than usual; or hard to wake',
      },
      'stroke-signs': 'Sudden: one side weak or numb, slurred speech, double vision, or lost sight or balance',
      'sudden-headache': 'A sudden, very bad headache, the worst ever',
      seizure: 'A seizure (fit)',
      'jaw-swallowing':
        'Jaw locked or hard to open, body arching back, drooping eyelids, or new trouble swallowing or talking',
      'overheated-confused': 'Overheated, and confused or stopped sweating',
      'throat-tingling': 'Tingling lips or fingers, with a tight throat or changed voice',
      'neck-fever-headache': "Fever with stiff neck, rash that won't fade when pressed, or blotchy, gray or blue skin",
      'cold-pale-limb': 'Hand, foot, arm or leg suddenly cold, pale, blue or blotchy',
      'earlier-this-week': 'Any of these 2 to 7 days ago',
      none: 'None of these',
    },
    where: {
      'calf-foot': 'Calf or foot',
      thigh: 'Thigh',
      back: 'Back',
      neck: 'Neck',
      'arm-hand': 'Arm or hand',
      many: 'Many muscles at once',
      other: 'Hip, buttock or shoulder',
      face: 'Face, eyelid or jaw',
      chest: 'Chest',
      belly: 'Belly',
    },
    'leg-swelling': { yes: 'Yes', 'not-sure': 'Not sure', no: 'No' },
    'leg-signs': {
      'injury-tight':
        'Very tight, hard or numb, or pain far worse than expected, after a broken bone, crush, hard blow, cast, tight bandage, or lying on it for hours',
      'one-sided-ache': 'One calf, thigh or arm still sore or tender after a day, or getting worse',
      'exertion-swelling':
        'After hard or new exercise: muscles very swollen or hard, or too weak to get up from a chair or lift the arms',
      'exertion-pain': 'After hard or new exercise: muscle pain far worse than normal soreness',
      'rest-pain-sores': "Foot or toe pain even at rest, a sore that won't heal, or toes turning dark",
      'walking-pain': 'Calf, thigh or buttock pain when walking that goes within minutes of rest',
      'standing-pain': 'Leg pain that grows the longer one walks or stands, and eases on sitting or bending forward',
      none: 'None of these',
    },
    'clot-breath': {
      severe: 'Short of breath at rest, pain when breathing in, coughing up blood, or fainted',
      mild: 'A bit short of breath on stairs or walking, or a racing heart',
      'not-sure': 'Not sure',
      no: 'No change',
    },
    'nerve-pain': {
      radiating: 'Burning, tingling, numbness or shooting pain going down one arm or one leg',
      'limb-weakness':
        'Weakness in one arm, leg or foot that came on over hours or days, like a foot that drags or slaps',
      'both-legs': 'New in the last few days: both legs weak, numb or tingling (not old numbness, like from diabetes)',
      'saddle-bladder-bowel':
        'New since the pain started: numb private parts, bottom or inner thighs; trouble peeing or new leaking; or losing control of poop',
      none: 'None of these',
    },
    'nerve-signs': {
      'serious-accident':
        'Began after a crash, a hard hit, a fall down stairs or from a height, or any fall at 65 or older; or a new headache after neck cracking',
      'infection-risk':
        'Fever with the pain, plus drug shots, diabetes, a weak immune system, or spine surgery or a spine shot in the last 3 months',
      'cancer-nerve':
        'Cancer now or before, and new weakness or numbness in an arm or leg, pain down a limb, or trouble walking',
      'sudden-severe': 'Very bad back pain that came on suddenly with belly pain, or a tearing or ripping pain',
      'fever-cancer-weight':
        'Back pain with fever, cancer now or before, weight loss for no reason, worse at night or lying down, or a new lump',
      'severe-pain': 'Pain too bad for basic daily tasks, even after store pain pills taken as the label says',
      none: 'None of these',
    },
    medicines: {
      'twisting-after-medicine':
        'Eyes rolling up, tongue or jaw spasms, or neck twisting, within a week of a new medicine or any shot or IV, even at the ER',
      'stiff-fever-after-medicine':
        'Stiff or jerking muscles with fever, heavy sweating or shaking, after a change in mood, migraine or pain medicine, or party drugs, in 2 weeks',
      withdrawal:
        "Shaking, sweating, fever, worse spasms, or seeing things, after just stopping daily beer, wine or liquor, nerve or sleep pills (Xanax, Valium), baclofen or Parkinson's pills",
      'statin-pain':
        'Taking a statin (for cholesterol), and now stairs or getting up are hard, or muscles hurt all over',
      'quinine-bleeding':
        'Taking quinine, and easy bruising, nosebleeds, bleeding gums, blood in pee or poop, or odd skin spots',
      'new-medicine':
        'Cramps began after a new or changed medicine in the last 3 months, like water pills, statins, inhalers or blood pressure pills',
      none: 'None of these',
    },
    'other-signs': {
      'dark-urine': 'Dark, cola-colored or much less pee, with sore or weak muscles',
      'heartbeat-weakness': 'New: heart racing or very slow, breathless on stairs, or too weak to stand',
      'fever-unwell':
        'Fever plus shaking, all-over pain, little pee, spreading red wound, sickle cell, no spleen, chemo or recent surgery',
      'wound-stiffness': "Cut, burn or bite (even a spider's) in 3 weeks, then stiff jaw, neck, back or belly",
      'effort-ache': 'Chest, arm, neck or jaw ache on walking or stairs, easing with rest',
      'jaw-chewing': '50 or older: jaw aches when chewing, or new headache and sore scalp',
      'fluid-loss': 'In 2 days: much throwing up or diarrhea, drinking less, or peeing more',
      fever: '100.4 °F (38 °C) fever, or feeling feverish',
      'lip-finger-tingling': 'Tingling lips or fingertips, with hands or feet cramping',
      wound: 'Deep or dirty wound in 3 weeks, tetanus shot 5+ years ago or unknown',
      'heat-exercise': 'Began with hard exercise or work, or in heat (a long hike or race, a hot kitchen)',
      none: 'None of these',
    },
    dehydration: {
      severe: 'No pee, or only drops, for 12 hours; too dizzy or weak to stand; or fainted',
      'diabetes-high':
        'Blood sugar over 250, ketones, or taking Jardiance or Farxiga, and now throwing up, belly pain or fast deep breathing',
      moderate: "No pee for 8 hours, dizzy when standing up, or can't keep fluids down",
      neither: 'None of these',
    },
    heat: {
      collapse: 'Fainted, or too dizzy or weak to stand',
      'over-an-hour': 'The cramps have lasted over an hour, even with rest, shade and fluids',
      'heart-low-salt': 'Heart failure or another heart problem, or told by a doctor to limit salt or fluids',
      exhaustion:
        'Throwing up, feeling faint, a headache with feeling sick, cold clammy skin, very little pee, or getting worse',
      'water-overload':
        'Drank a lot of water or sports drink, and now throwing up, a growing headache, or tight rings or shoes',
      none: 'None of these',
    },
    'tingling-risk': {
      yes: 'Yes: kidney failure or dialysis, a low-calcium problem, weight-loss surgery, or in the last month thyroid or neck surgery or a bone shot like Prolia',
      'not-sure': 'Not sure',
      no: 'No',
    },
    pattern: {
      'long-cramp': 'A cramp that lasted over 10 minutes, even with stretching or walking',
      'cant-bear-weight': "After the cramp, can't put weight on the leg, or bad pain that is not easing",
      spreading: 'In the last week: cramps spreading to many muscles, or new weakness',
      'wasting-twitching': 'Over weeks or months: muscles getting thinner or weaker, or twitching under the skin',
      frequent: 'Several times a week or most nights, getting in the way of life, or not better with home care',
      none: 'None of these',
    },
    background: {
      pregnant: 'Pregnant, or gave birth in the last 6 weeks',
      'long-term-condition': 'Diabetes, or thyroid, liver or kidney disease',
      'neuro-condition':
        "A nerve or brain condition, like MS, a spinal cord injury, a stroke, Parkinson's or cerebral palsy",
      dialysis: 'On dialysis',
      'dialysis-missed': 'On dialysis, and missed or cut short a session this week',
      alcohol: 'More than 2 drinks of beer, wine or liquor a day, on most days',
      none: 'None of these',
    },
    'pregnancy-signs': {
      preeclampsia:
        "After 20 weeks or since the birth: a headache that won't go away, blurry vision or spots, a swollen face or hands, or pain under the right ribs",
      'labor-signs':
        'While pregnant: bleeding, leaking fluid, regular tightening of the belly, or the baby moving less',
      'after-birth':
        'Since the birth: soaking a pad in an hour, clots bigger than an egg, bad-smelling discharge, or a fever',
      none: 'None of these',
    },
  },

  reasons: {
    'who.child': 'This is for a child under 16.',
    'where.belly': 'The cramps are only in the belly.',
    'leg-swelling.yes': 'One arm or leg is swollen, red, darker or warm.',
    'leg-swelling.not-sure': 'Not sure about swelling.',
    'clot-breath.not-sure': 'Not sure if breathing or heartbeat changed since the swelling or pain began.',
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
          self: 'Unlock the door. Sit or lie down, but sit up if breathing is hard. Have your medicines ready.',
          other:
            'Unlock the door. Stay with them. Help them sit or lie down, but sit up if breathing is hard. Have their medicines ready.',
        },
      ],
    },
    'ed-now': {
      title: 'Go to the nearest emergency room now',
      body: [
        {
          self: "Don't drive yourself. Have someone take you.",
          other: "Don't let them drive. Take them, or have someone else take them.",
        },
        "Can't get there safely? Call {number}.",
      ],
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
      body: [
        'Your answers showed no warning signs. Try the steps below.',
        {
          self: 'If you feel very unwell, or have signs we did not ask about, get care.',
          other: 'If they feel very unwell, or have signs we did not ask about, get care.',
        },
      ],
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
    'labor-delivery': [
      'Go to Labor and Delivery at your hospital now. If there is none, go to the emergency room.',
      "Don't drive yourself. Have someone take you.",
    ],
    'pregnant-tell-staff': [
      'Pregnant, or had a baby in the last 6 weeks? Tell the staff. At 20 weeks or more, go to Labor and Delivery.',
    ],
    'clot-keep-still': ["While waiting, don't walk around. Don't rub the leg or arm."],
    'heat-stroke-first-aid': ['While waiting, move to a cool place. Wet the skin and fan it. Nothing to drink.'],
    'water-overload': [
      'Tell the staff how much water or sports drink was taken.',
      "Don't drink more until a doctor has checked the salt level in the blood.",
    ],
    'statin-dark-urine': ['Dark pee while on a statin: stop the statin and get care now.'],
    'fluid-limits': ['If told to limit fluids, ask the care team before drinking more.'],
    'no-supplements': ['Take potassium or magnesium pills only if a doctor says to. They can harm weak kidneys.'],
    'heat-exercise-care': [
      'Rest in a cool or shady place.',
      'Drink water or a sports drink when thirsty, unless told to limit fluids. No salt tablets.',
      'No hard work or exercise for a few hours.',
      'Get care if the cramps last over an hour.',
    ],
    'no-over-drinking': ["Don't force fluids. Too much water can be dangerous."],
    'blood-sugar': [
      'Diabetes with insulin, or pills like glipizide, glyburide or glimepiride? Check your blood sugar when cramps come with sweating, shaking or confusion.',
    ],
    quinine: ['Quinine is not for cramps. It can cause serious bleeding and heart problems.'],
    pregnancy: [
      "Safe stretch in pregnancy: leg straight, gently push the heel down so the toes come up. Don't yank the toes.",
      'Tell the pregnancy care team about new leg pain: today if the leg is red and swollen.',
    ],
    belly: [
      'Get care today for belly cramps.',
      'Go to an emergency room or call {number} for: pain or bleeding in someone who is or could be pregnant; bad or worsening pain; throwing up blood; black poop; a hard, swollen belly; or fever.',
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
          'Chest, arm or jaw pain when walking or on stairs',
          'Throwing up or a headache after drinking lots of water during exercise',
          'Eyes rolling up or the neck twisting after a shot or new medicine',
          'In pregnancy: a bad headache, blurry vision or spots, or a swollen face or hands',
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
