// English (US) wording for rule set 2.0.0: plain words, reading grade 6 to 8.
// Voiced text is { self, other } only where "you" and "they" differ.
import type { Messages } from './messages.js';

export const en = {
  lang: 'en',
  ui: {
    title: 'Muscle cramp and spasm checker',
    emergencyLine: 'If you think this is an emergency, call {number} now.',
    intro: [
      'For people 16 and older with a muscle cramp or spasm. Use it for yourself or someone else.',
      'It gives guidance, not a diagnosis. If you have a care plan for this, follow it.',
      'Your answers stay on this device. They are not sent to anyone.',
    ],
    questionN: 'Question {n}',
    continue: 'Continue',
    back: 'Back',
    startAgain: 'Start again',
    chooseOne: 'Choose an answer to go on.',
    chooseAny: 'Choose all that fit. If none do, choose “None of these.”',
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
    learnHeading: 'Learn about cramps and spasms',
    rulesVersion: 'Rule set {version}',
    deafHelp: "Deaf, hard of hearing or can't speak? In many areas you can text 911. You can also call 911 with a TTY or your relay service.",
    clearedOthers: 'Other choices cleared.',
    clearedNone: '“None of these” cleared.',
    print: 'Print summary',
    copy: 'Copy summary',
    copied: 'Summary copied.',
    copyFailed: 'Could not copy. Try Print instead.',
    summaryTitle: 'Muscle cramp check: summary',
    summaryDate: 'Date: {date}',
    saidYes: 'You said yes to:',
    saidNo: 'You said no to:',
    notReviewed: 'These rules are not yet reviewed by a clinician.',
    reviewed: 'Rules reviewed by {reviewer} on {date}. Next review: {next}.',
  },

  questions: {
    who: { text: 'Who is this check for?', short: 'Who it is for' },
    emergency: {
      text: {
        self: 'Since the cramps started, have you had any of these, even if they went away?',
        other: 'Since the cramps started, have they had any of these, even if they went away?',
      },
      short: 'Warning signs',
    },
    where: { text: 'Where is the cramp or spasm?', hint: 'Choose all that fit.', short: 'Where' },
    'leg-swelling': {
      text: 'Compare both sides. Is one arm or leg swollen (bigger), red, purple or darker, or warm?',
      hint: 'Redness can be hard to see on dark skin. Feel for warmth too.',
      short: 'Swelling',
    },
    'leg-signs': { text: 'Do any of these fit the arm or leg?', short: 'Arm or leg' },
    'nerve-pain': {
      text: { self: 'Do you have any of these?', other: 'Do they have any of these?' },
      short: 'Nerve signs',
    },
    'nerve-signs': { text: 'About the back or neck: do any of these fit?', short: 'Back or neck' },
    medicines: { text: 'About medicines, alcohol or drugs: do any of these fit?', short: 'Medicines' },
    'other-signs': {
      text: { self: 'Do you have any of these?', other: 'Do they have any of these?' },
      short: 'Other signs',
    },
    dehydration: { text: 'About peeing and standing up: which fits best?', short: 'Pee and standing' },
    heat: { text: 'About the cramps that started in the heat: do any of these fit?', short: 'Heat' },
    'tingling-risk': { text: 'Does any of this apply?', short: 'Tingling risks' },
    pattern: { text: 'Which of these describe the cramps?', short: 'Cramp pattern' },
    background: {
      text: { self: 'Do any of these apply to you?', other: 'Do any of these apply to them?' },
      short: 'Health history',
    },
  },

  options: {
    who: { self: 'Myself (16 or older)', 'someone-else': 'Someone else, 16 or older', child: 'A child under 16' },
    emergency: {
      'chest-pain': 'Chest pain, pressure or tightness (it may spread to the arm, jaw, neck or back)',
      'heart-signs':
        'Pain, pressure or a cramp-like ache in the arm, shoulder or jaw, with sweating, feeling sick, short of breath or light-headed',
      breathing: 'Trouble breathing, a tight throat, noisy breathing, or coughing up blood',
      'fainting-confusion': 'Fainted, or very confused, very drowsy or hard to wake',
      'stroke-signs':
        'Sudden (within minutes) weakness or numbness of the face, arm or leg on one side, slurred speech, or sudden loss of sight or balance, even if it got better',
      'sudden-headache': 'A sudden, very bad headache, the worst ever',
      seizure: 'A seizure (fit)',
      'jaw-swallowing':
        'Jaw locked or very hard to open, spasms that make it hard to swallow or breathe, or the body arching backward',
      'overheated-confused': 'Very hot after heat or exercise, and confused, not making sense, or stopped sweating',
      'throat-tingling': 'Tingling around the lips or in the fingers, with a tight throat or a changed voice',
      'neck-fever-headache':
        "A fever with a stiff neck (can't bend the chin to the chest), a rash that doesn't fade when pressed, or blotchy, gray, pale or blue skin",
      'cold-pale-limb':
        'An arm, leg, hand or foot that suddenly turned cold, pale, white, blue or blotchy (with or without numbness or weakness)',
      none: 'None of these',
    },
    where: {
      'calf-foot': 'Calf or foot',
      thigh: 'Thigh',
      back: 'Back',
      neck: 'Neck',
      'arm-hand': 'Arm or hand',
      many: 'Many muscles at once',
      other: 'Somewhere else (hip, buttock, shoulder, face or jaw)',
      chest: 'Chest',
      belly: 'Belly',
    },
    'leg-swelling': { yes: 'Yes', 'not-sure': 'Not sure', no: 'No' },
    'leg-signs': {
      'injury-tight':
        'After a broken bone, hard blow, crush, cast, splint, tight bandage, or hours lying on the arm or leg: very tight or hard muscle, pain far worse than expected or still growing, moving fingers or toes hurts a lot, or numbness or pins and needles',
      'one-sided-ache':
        'Pain or tenderness in one calf, thigh or arm for more than a day or getting worse (not just a few hours of soreness after a cramp)',
      'exertion-swelling':
        'After hard or new exercise: muscles very swollen, hard or weak, or far more painful than normal soreness',
      'rest-pain-sores': "Foot or toe pain that stays at rest, not only in a cramp; a sore that won't heal; or toes turning dark",
      'walking-pain': 'Cramping pain in the calf, thigh or buttock when walking, that goes within minutes of rest',
      'standing-pain': 'Leg pain that grows with longer walking or standing, and eases when sitting or bending forward',
      none: 'None of these',
    },
    'nerve-pain': {
      radiating: 'Burning, tingling, numbness or shooting pain going down one arm or one leg',
      'limb-weakness': 'Weakness in one arm, leg or foot that came on over hours or days (for example, the foot slaps or drags)',
      'both-legs':
        'New in the last few days: weakness, numbness or tingling in both legs (not long-term numbness, such as from diabetes)',
      'saddle-bladder-bowel':
        'New since the pain started: numbness around the private parts, bottom or inner thighs; trouble starting or stopping pee, or leaking; or losing control of poop',
      none: 'None of these',
    },
    'nerve-signs': {
      'serious-accident':
        'Pain started after a fall from above standing height or down stairs, a car, bike or motorbike crash, or a hard blow to the back or neck; or any fall or bump at age 65 or older',
      'infection-risk':
        'Back or neck pain with a fever, plus injecting drugs, a weak immune system, or spine surgery or a spine shot in the last 3 months',
      'sudden-severe': 'Very bad back pain that came on suddenly with belly pain, or a tearing or ripping pain',
      'fever-cancer-weight':
        'Back pain with a fever, past or current cancer, weight loss with no known cause, pain worse at night or lying down, or a new lump or change in back shape',
      'severe-pain': 'Pain too bad for basic daily tasks, even after store-bought pain pills taken as directed',
      none: 'None of these',
    },
    medicines: {
      'twisting-after-medicine':
        'In the last week, started or raised a medicine for nausea, vomiting or mental health (such as metoclopramide, prochlorperazine, promethazine, haloperidol or risperidone), and now the neck twists, the jaw or tongue spasms, or the eyes roll up',
      'stiff-fever-after-medicine':
        'In the last 2 weeks, started, raised or mixed medicines for mental health, depression, migraine or pain (such as antipsychotics, antidepressants or tramadol), or used party drugs, and now stiff or jerking muscles with fever, heavy sweating, shaking or feeling very agitated',
      withdrawal:
        "In the last few days, stopped or cut down heavy drinking, sleeping or anxiety pills, baclofen or Parkinson's medicine, and now shaking, sweating, fever, much worse spasms, or seeing or hearing things",
      'statin-pain':
        'On a statin (cholesterol medicine), and now muscle weakness, or severe or all-over muscle pain or tenderness (not just the usual cramps)',
      'quinine-bleeding':
        'On quinine, with easy bruising, nosebleeds, bleeding gums, blood in pee or poop, or unusual skin spots',
      'new-medicine':
        'Cramps began after starting or changing a medicine in the last 3 months (such as water pills, statins, asthma inhalers or blood pressure medicine)',
      none: 'None of these',
    },
    'other-signs': {
      'dark-urine': 'Dark brown, tea- or cola-colored pee, or much less pee than usual, with muscle pain or weakness',
      'heartbeat-weakness':
        'A new racing, pounding or skipping heartbeat, or a very slow pulse; or too weak to stand up or lift the arms',
      'fever-unwell':
        "A fever with any of: shaking that won't stop, severe pain in muscles all over, very little pee all day, a weak immune system (chemo, transplant, steroid pills), or surgery in the last 4 weeks",
      'wound-stiffness':
        'A cut, puncture, bite or burn in the last 3 weeks (even with tetanus shots), and now a stiff jaw, stiff neck, back or belly muscles, or spasms near the wound',
      'fluid-loss':
        'In the last 2 days: threw up many times, a lot of diarrhea, drinking much less than usual, or peeing much more than usual and very thirsty',
      fever: 'A temperature of 100.4 °F (38 °C) or higher, or feeling feverish',
      'lip-finger-tingling':
        'Tingling around the mouth or in the fingertips, with the hands or feet cramping (fingers pulling together)',
      wound:
        'A dirty or deep cut, puncture, bite, scratch or burn in the last 3 weeks, and the last tetanus shot was 5 or more years ago or is unknown',
      'heat-exercise': 'Cramps started in the heat: exercise or work in hot weather, or a hot home or heat wave',
      none: 'None of these',
    },
    dehydration: {
      severe: 'No pee, or only a few drops, for 12 hours or more; too dizzy or weak to stand; or fainted',
      moderate: "No pee for 8 hours or more, dizzy when standing up, or can't keep fluids down",
      neither: 'None of these',
    },
    heat: {
      collapse: 'Fainted, or too dizzy or weak to stand',
      'over-an-hour': 'The cramps have lasted more than an hour despite rest, shade and fluids',
      'heart-low-salt': 'Heart failure or another heart problem, or a doctor said to limit salt or fluids',
      exhaustion: 'Throwing up, feeling faint, headache with feeling sick, cold clammy skin, very little pee, or getting worse',
      none: 'None of these',
    },
    'tingling-risk': {
      yes: 'Yes: neck (thyroid or parathyroid) surgery in the last month; kidney failure or dialysis; a known low-calcium or parathyroid problem; weight-loss stomach surgery; or a bone-strengthening shot or drip (such as denosumab or zoledronic acid) in the last month',
      'not-sure': 'Not sure',
      no: 'No',
    },
    pattern: {
      'long-cramp': 'A cramp that lasts or lasted more than 10 minutes, even with stretching or walking',
      'cant-bear-weight': "After the cramp, can't put weight on the leg, or severe pain that is not easing",
      spreading: 'In the last day or two: cramps spreading to many muscles, or new weakness',
      'wasting-twitching': 'Over weeks or months: muscles getting thinner or weaker, or twitching under the skin',
      frequent: 'Several times a week or most nights, getting in the way of daily life, or not better with home care',
      none: 'None of these',
    },
    background: {
      pregnant: 'Pregnant, or gave birth in the last 6 weeks',
      'long-term-condition': 'Diabetes, thyroid disease, liver disease or kidney disease',
      'neuro-condition': "A nerve or brain condition, such as MS, spinal cord injury, stroke, Parkinson's or cerebral palsy",
      dialysis: 'On dialysis',
      'dialysis-missed': 'On dialysis, and missed or cut short a session this week',
      alcohol: 'More than 2 alcoholic drinks a day on most days',
      none: 'None of these',
    },
  },

  reasons: {
    'who.child': 'You said this is for a child under 16.',
    'where.belly': 'You said the cramps are only in the belly.',
    'where.chest': 'You said the cramp is in the chest.',
    'leg-swelling.yes': 'You said one arm or leg is swollen, red, darker or warm.',
    'leg-swelling.not-sure': 'You were not sure if one arm or leg is swollen.',
    'dehydration.severe': 'You said there are signs of severe fluid loss.',
    'dehydration.moderate': 'You said there are signs of fluid loss.',
    'tingling-risk.yes': 'You said there is tingling and a listed risk.',
    'tingling-risk.not-sure': 'You said there is tingling and maybe a listed risk.',
  },

  levels: {
    emergency: {
      title: 'Call for emergency help now',
      body: [
        'Call {number} now.',
        "Don't drive to the hospital. Wait for help to come.",
        {
          self: 'While you wait, unlock the door and sit or lie down. Have your medicines list ready.',
          other: 'While you wait, unlock the door and stay with them. Help them sit or lie down. Have their medicines list ready.',
        },
      ],
    },
    'ed-now': {
      title: 'Go to an emergency room now',
      body: [
        'Go to the nearest emergency room now.',
        { self: "If you can't get there safely, call {number}.", other: "If they can't get there safely, call {number}." },
      ],
    },
    'same-day': {
      title: 'Get medical care today',
      body: [
        {
          self: 'Go to urgent care, or get a same-day visit with your doctor.',
          other: 'Go to urgent care, or get a same-day visit with their doctor.',
        },
        'If nothing else is open, go to an emergency room.',
        'If things get worse, call {number}.',
      ],
    },
    appointment: {
      title: 'Book a visit in the next few days',
      body: ['Book a visit in the next few days.', 'If things get worse before then, check again or get care sooner.'],
    },
    'self-care': {
      title: 'You can probably care for this at home',
      body: ["Your answers don't show warning signs. Try the steps below.", 'If things change or get worse, check again or get help.'],
    },
    'not-suitable': {
      title: 'This checker is not made for this',
      body: [
        "This checker can't give safe advice here. Please ask a doctor or nurse instead, and see the advice below.",
        'If you think it is an emergency, call {number} now.',
      ],
    },
  },

  routes: {
    'pain-clinic': 'Our clinic for back and nerve pain',
    'primary-care': { self: 'Your own doctor', other: 'Their own doctor' },
    maternity: { self: 'Your midwife or pregnancy care team', other: 'Their midwife or pregnancy care team' },
    'own-team': {
      self: 'Your own specialist team, such as your kidney, dialysis or nerve team',
      other: 'Their own specialist team, such as their kidney, dialysis or nerve team',
    },
  },

  advice: {
    'fluid-limits': ['If told to limit fluids, ask the care team before drinking more.'],
    'no-supplements': [
      "Don't take potassium or magnesium supplements unless a doctor says to. With kidney problems, too much can be harmful.",
    ],
    'no-over-drinking': [
      "Don't drink huge amounts during exercise. Too much water can be dangerous.",
      'Drink when thirsty. In long, sweaty exercise, a sports drink can help replace salt.',
    ],
    'heat-stroke-first-aid': [
      {
        self: "While you wait, get to a cool place. Cool your skin with water and fanning. Don't drink anything.",
        other: 'While you wait, move them to a cool place. Cool their skin with water and fanning. Give them nothing to drink.',
      },
    ],
    'statin-dark-urine': ['Dark pee while taking a statin: stop the statin and get care now.'],
    quinine: [
      'Quinine is not for cramps. It can cause serious bleeding and heart problems.',
      'Use it only if a doctor prescribed it after talking about the risks.',
    ],
    pregnancy: [
      "A safe stretch in pregnancy: straighten the leg. Gently point the heel down and let the toes come up. Don't yank the toes.",
      'Tell the pregnancy care team about any new leg pain.',
      'A red, swollen leg needs a check today.',
    ],
    belly: [
      'Go to an emergency room or call {number} for: belly pain or bleeding in someone who is or could be pregnant; severe or worsening pain; throwing up blood; black poop; a hard, swollen belly; or a fever.',
      'Otherwise, see a doctor.',
    ],
    child: [
      "Call {number} if a child has trouble breathing, a seizure, is very drowsy or hard to wake, or has a stiff neck with fever or a rash that doesn't fade when pressed.",
      "Otherwise, call the child's doctor.",
    ],
  },

  selfCare: {
    steps: [
      'During a cramp, stop, then gently stretch and rub the muscle. Walking can help.',
      'For a calf cramp, keep the leg straight and gently pull the toes toward the face.',
      "Warmth relaxes a tight muscle. Ice can ease soreness after. Don't use heat or ice on numb skin or sleep on a heating pad.",
      "Pain pills won't stop a cramp but may ease soreness after. Ask a pharmacist which are safe.",
      'Gentle daily stretching, such as at bedtime, may help prevent cramps.',
      'Drink enough. If told to limit fluids, ask the care team first.',
    ],
    sooner: [
      'A cramp lasts over 10 minutes, even with stretching',
      'Swelling, redness or warmth',
      'Weakness or numbness',
      'Cramps keep coming back or disturb sleep',
      'Cramps started after a new medicine',
      'You are worried. Trust that feeling.',
    ],
  },

  learn: {
    sections: [
      {
        heading: 'What cramps are',
        items: [
          "A cramp is a sudden, painful tightening of a muscle that you can't control.",
          'It lasts from seconds to about 10 minutes.',
          'The calf is most common, then the foot and thigh.',
          'The muscle may stay sore for up to a day.',
          'Most happen at night. Up to 6 in 10 adults get night cramps.',
          'Most cramps are harmless.',
        ],
      },
      {
        heading: 'Common causes',
        items: [
          'Overusing or straining a muscle, tired muscles, or staying in one position a long time.',
          'Losing a lot of fluid and salt in sweaty exercise.',
          'Often no cause is found.',
          'A pinched nerve or a narrow spine can cause cramp-like leg pain.',
          'Low minerals matter mostly with water pills, vomiting, diarrhea, heavy sweating, or kidney or liver disease. Ask a doctor for a blood test, not supplements.',
          "Some medicines: water pills, statins, some asthma inhalers and some blood pressure pills. Don't stop a medicine on your own. Talk to your doctor.",
        ],
      },
      {
        heading: 'Who gets them more',
        items: [
          'Older adults, as muscle is lost with age.',
          'Pregnant people, and people who exercise or work in the heat.',
          'People with diabetes, thyroid, liver, kidney or nerve problems, or on dialysis.',
          'People who drink a lot of alcohol or sit for long periods.',
        ],
      },
      {
        heading: 'Warning signs',
        items: [
          'One leg or arm that is swollen, red or warm. This can be a blood clot.',
          'Chest pain or trouble breathing.',
          'A leg or arm that turns cold and pale.',
          'New weakness or numbness.',
          'Dark pee with muscle pain.',
          'A stiff jaw after a wound.',
          'Cramps with a fever, or confusion in the heat.',
          'These need care. Use the checker above, or call {number}.',
        ],
      },
      {
        heading: 'Easing a cramp',
        items: [
          'Gently stretch and rub the muscle.',
          'For a calf cramp, straighten the leg and pull the toes up.',
          'Walk around, or use warmth, like a warm towel or bath.',
        ],
      },
      {
        heading: 'Preventing cramps',
        items: [
          "Regular stretching, such as at bedtime, may help. It doesn't work for everyone.",
          'Warm up before exercise, and build up slowly.',
          "Drink when thirsty, and more in the heat. Don't overdo it.",
          'Quinine and magnesium are not recommended for ordinary cramps.',
        ],
      },
    ],
  },
} as const satisfies Messages;

export default en;
