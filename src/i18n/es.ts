// Spanish (US) wording for rule set 3.0.0: "usted", plain everyday words of Mexican, Central
// American, Caribbean and South American Spanish, translated from en.ts by meaning (triage-spec.md).
// Same limits as English: at most 30 words an option and 160 a screen (scripts/wording-limits.ts).
// Voiced text is { self, other } where "usted" and "la persona" differ.
// Draft: a qualified medical translator must review this file before clinical use.
import type { Messages } from './messages.js';

export const es = {
  lang: 'es',
  ui: {
    title: 'Revisión de calambres y espasmos',
    emergencyLine: 'Si cree que es una emergencia, llame al {number} ahora.',
    intro: [
      'Para personas de 16 años o más con un calambre o espasmo muscular.',
      'Da orientación, no un diagnóstico. Si tiene un plan de cuidado, sígalo.',
      'Sus respuestas se quedan en este aparato.',
    ],
    questionN: 'Pregunta {n}',
    continue: 'Continuar',
    back: 'Atrás',
    startAgain: 'Empezar de nuevo',
    chooseOne: 'Elija una respuesta.',
    // The kind of choice, on every question: "where" too, which has no "Ninguna".
    chooseSingle: 'Elija una.',
    chooseAny: 'Elija las que apliquen.',
    questionsLeft: 'Su cambio trae más preguntas. Quedan {n}.',
    errorPrefix: 'Error:',
    resultLabel: 'Su resultado',
    whyHeading: 'Por qué lo sugerimos',
    toldUsHeading: 'Lo que nos dijo',
    change: 'Cambiar',
    adviceHeading: 'Es bueno saber',
    selfCareHeading: 'Qué puede hacer en casa',
    soonerHeading: 'Busque ayuda antes si',
    whereHeading: 'Adónde ir',
    callEmergency: 'Llame al {number}',
    callClinic: 'Llame a {clinic}: {phone}',
    book: 'Pida una cita con {clinic}',
    bookAgain: 'Si los calambres vuelven, pida una cita con {clinic}',
    defaultClinic: 'nuestra clínica',
    newTab: '(se abre en otra pestaña)',
    learnHeading: 'Sobre calambres y espasmos',
    rulesVersion: 'Reglas, versión {version}',
    deafHelp:
      '¿No oye, oye poco o no puede hablar? Donde se pueda, mande un texto al 911, o llame con TTY o un servicio de retransmisión (relay).',
    clearedOthers: 'Se quitaron las otras opciones.',
    clearedNone: 'Se quitó “Ninguna”.',
    edNowBanner:
      'Por sus respuestas, hay que ir ahora a una sala de emergencias. Las siguientes preguntas revisan si es mejor llamar al {number}.',
    print: 'Imprimir resumen',
    copy: 'Copiar resumen',
    copied: 'Resumen copiado.',
    copyFailed: 'No se pudo copiar. Use Imprimir.',
    summaryTitle: 'Revisión de calambres: resumen',
    summaryDate: 'Fecha: {date}',
    saidYes: 'Dijo que sí a:',
    saidNo: 'Dijo que no a:',
    notReviewed: 'Un médico aún no ha revisado las reglas.',
    reviewed: 'Reglas revisadas por {reviewer} el {date}. Próxima revisión: {next}.',
  },

  questions: {
    who: { text: '¿Para quién es?', short: 'Para quién' },
    emergency: {
      text: {
        self: '¿Tuvo algo de esto en las últimas 24 horas, aunque ya pasó?',
        other: '¿La persona tuvo algo de esto en las últimas 24 horas, aunque ya pasó?',
      },
      short: 'Señales de alarma',
    },
    where: { text: '¿Dónde está el calambre o espasmo?', short: 'Dónde' },
    'leg-swelling': {
      text: 'Compare los dos lados. ¿Un brazo o pierna está más grande (hinchado), rojo, morado, más oscuro o con calor al tocar?',
      hint: 'En piel oscura, lo rojo se ve poco. Toque para sentir el calor.',
      short: 'Hinchazón',
    },
    'leg-signs': {
      text: {
        self: '¿Algo de esto pasa en su brazo o pierna?',
        other: '¿Algo de esto pasa en el brazo o pierna de la persona?',
      },
      short: 'Brazo o pierna',
    },
    'clot-breath': {
      text: {
        self: 'Desde que empezó la hinchazón o el dolor, ¿cambió su respiración o el latido de su corazón?',
        other:
          'Desde que empezó la hinchazón o el dolor, ¿cambió la respiración o el latido del corazón de la persona?',
      },
      short: 'Respiración desde entonces',
    },
    'nerve-pain': {
      text: { self: '¿Tiene algo de esto?', other: '¿La persona tiene algo de esto?' },
      short: 'Señales de nervios',
    },
    'nerve-signs': { text: 'Sobre la espalda o el cuello: ¿pasa algo de esto?', short: 'Espalda o cuello' },
    medicines: { text: 'Medicinas, inyecciones, alcohol o drogas: ¿pasa algo de esto?', short: 'Medicinas' },
    'other-signs': {
      text: { self: '¿Tiene algo de esto?', other: '¿La persona tiene algo de esto?' },
      short: 'Otras señales',
    },
    dehydration: {
      text: 'Orina, ponerse de pie y azúcar en la sangre: ¿cuál describe mejor lo que pasa?',
      short: 'Orina y ponerse de pie',
    },
    heat: { text: 'Sobre los calambres que empezaron con ejercicio, trabajo o calor:', short: 'Ejercicio o calor' },
    'tingling-risk': {
      text: { self: '¿Tiene algo de esto?', other: '¿La persona tiene algo de esto?' },
      short: 'Riesgos del hormigueo',
    },
    pattern: { text: '¿Cuáles de estas describen los calambres?', short: 'Tipo de calambres' },
    background: {
      text: { self: '¿Algo de esto es su caso?', other: '¿Algo de esto es el caso de la persona?' },
      short: 'Historia de salud',
    },
    'pregnancy-signs': {
      text: 'Sobre el embarazo o el parto: ¿pasa ahora algo de esto?',
      short: 'Señales del embarazo',
    },
  },

  options: {
    who: { self: 'Yo (16 años o más)', 'someone-else': 'Otra persona de 16 años o más', child: 'Un menor de 16 años' },
    emergency: {
      'chest-pain': 'Pecho: dolor, presión u opresión',
      'heart-signs': 'Dolor o calambre en brazo, hombro o mandíbula, con sudor, náuseas, mareo o ahogo',
      breathing: 'Cuesta respirar, garganta apretada o tose sangre',
      'fainting-confusion': {
        self: 'Se desmayó; confusión nueva, aunque leve; o difícil de despertar',
        other: 'Desmayo; más confusión o sueño que lo normal; o difícil de despertar',
      },
      'stroke-signs': 'De repente: un lado débil o adormecido, habla enredada, visión doble, pierde vista o equilibrio',
      'sudden-headache': 'Dolor de cabeza repentino, el peor de su vida',
      seizure: 'Convulsión (ataque)',
      'jaw-swallowing':
        'Mandíbula trabada o difícil de abrir, cuerpo arqueado, párpados caídos, o ahora cuesta tragar o hablar',
      'overheated-confused': 'Cuerpo muy caliente (acalorado) por calor o ejercicio, y confusión o sin sudor',
      'throat-tingling': 'Hormigueo en labios o dedos y garganta apretada o voz cambiada',
      'neck-fever-headache':
        'Fiebre con cuello rígido, sarpullido que no se borra al apretar, o piel manchada, gris o azul',
      'cold-pale-limb': 'Mano, pie, brazo o pierna de repente fría, pálida, azul o manchada',
      'earlier-this-week': 'Algo de esto hace 2 a 7 días',
      none: 'Ninguna',
    },
    where: {
      'calf-foot': 'Pantorrilla o pie',
      thigh: 'Muslo',
      back: 'Espalda',
      neck: 'Cuello',
      'arm-hand': 'Brazo o mano',
      many: 'Muchos músculos a la vez',
      other: 'Cadera, nalga u hombro',
      face: 'Cara, párpado o mandíbula',
      chest: 'Pecho',
      belly: 'Barriga',
    },
    'leg-swelling': { yes: 'Sí', 'not-sure': 'No sé', no: 'No' },
    'leg-signs': {
      'injury-tight':
        'Músculo muy tenso, duro o adormecido, o dolor mucho peor de lo esperado, después de hueso roto, aplastamiento, golpe fuerte, yeso, venda apretada u horas acostado encima',
      'one-sided-ache': 'Dolor (o dolor al tocar) en una pantorrilla, muslo o brazo, que dura más de un día o empeora',
      'exertion-swelling':
        'Después de ejercicio fuerte o nuevo: músculos muy hinchados o duros, o tan débil que no puede levantarse de una silla ni subir los brazos',
      'exertion-pain': 'Después de ejercicio fuerte o nuevo: dolor de músculos mucho peor que el dolor normal',
      'rest-pain-sores': 'Dolor de pie o dedos aun en descanso, una herida que no sana, o dedos que se ponen oscuros',
      'walking-pain': 'Dolor en pantorrilla, muslo o nalga al caminar, que se quita con unos minutos de descanso',
      'standing-pain':
        'Dolor de pierna que empeora cuanto más camina o está de pie, y mejora al sentarse o inclinarse hacia adelante',
      none: 'Ninguna',
    },
    'clot-breath': {
      severe: 'Falta de aire en reposo, dolor al tomar aire, tos con sangre, o se desmayó',
      mild: 'Un poco de falta de aire en escaleras o al caminar, o el corazón acelerado',
      'not-sure': 'No sé',
      no: 'No hay cambios',
    },
    'nerve-pain': {
      radiating: 'Ardor, hormigueo, adormecimiento o punzadas que bajan por un brazo o una pierna',
      'limb-weakness':
        'Debilidad en un brazo, pierna o pie que apareció en horas o días, como un pie que se arrastra o golpea el suelo',
      'both-legs':
        'Nuevo en los últimos días: las dos piernas débiles, adormecidas o con hormigueo (no un adormecimiento de hace tiempo, como por diabetes)',
      'saddle-bladder-bowel':
        'Nuevo desde que empezó el dolor: partes íntimas, nalgas o entrepierna adormecidas; le cuesta orinar o se orina sin querer; o se hace popó sin querer',
      none: 'Ninguna',
    },
    'nerve-signs': {
      'serious-accident':
        'Empezó tras choque, golpe fuerte, caída por escaleras o de altura, o cualquier caída a los 65 años o más; o dolor de cabeza nuevo tras tronar el cuello',
      'infection-risk':
        'Fiebre con el dolor, y: se inyecta drogas, diabetes, defensas bajas, o cirugía o inyección en la columna en los últimos 3 meses',
      'cancer-nerve':
        'Cáncer ahora o antes, y algo nuevo: brazo o pierna débil o adormecido, dolor que baja por un brazo o pierna, o le cuesta caminar',
      'sudden-severe':
        'Dolor de espalda muy fuerte que empezó de repente con dolor de barriga, o un dolor como un desgarro',
      'fever-cancer-weight':
        'Dolor de espalda con fiebre, cáncer ahora o antes, baja de peso sin razón, peor de noche o al acostarse, o un bulto nuevo',
      'severe-pain':
        'Dolor tan fuerte que no puede hacer tareas diarias básicas, aun con pastillas para el dolor sin receta, tomadas como dice la caja',
      none: 'Ninguna',
    },
    medicines: {
      'twisting-after-medicine':
        'Ojos en blanco (hacia arriba), espasmos de lengua o mandíbula, o cuello torcido, en la semana tras medicina nueva, inyección o suero, aun en la sala de emergencias',
      'stiff-fever-after-medicine':
        'Músculos rígidos o con sacudidas, con fiebre, mucho sudor o temblor, tras cambiar medicina para depresión, nervios, migraña o dolor, o drogas, en 2 semanas',
      withdrawal:
        'Temblor, sudor, fiebre, más espasmos o ve visiones, al dejar de tomar cerveza, vino o licor diario, pastillas de nervios o dormir (Xanax, Valium), baclofeno o de Parkinson',
      'statin-pain':
        'Toma estatina (para el colesterol) y ahora le cuesta subir escaleras o levantarse, o dolor muscular en todo el cuerpo',
      'quinine-bleeding':
        'Toma quinina: moretones fáciles, sangrado de nariz o encías, sangre en orina o popó, o manchas raras en la piel',
      'new-medicine':
        'Calambres desde una medicina nueva o cambiada (últimos 3 meses), como pastillas para orinar o para el agua, estatinas, inhaladores o para la presión',
      none: 'Ninguna',
    },
    'other-signs': {
      'dark-urine': 'Orina oscura (como Coca-Cola) o muy poca, con músculos adoloridos o débiles',
      'heartbeat-weakness': 'Nuevo: corazón acelerado o muy lento, ahogo en escaleras, o no puede levantarse',
      'fever-unwell':
        'Fiebre y: temblores, todo le duele, poca orina, herida roja que crece, anemia falciforme, sin bazo, quimio, cirugía reciente',
      'wound-stiffness':
        'Herida, quemadura o mordida (aun de araña) en 3 semanas; luego mandíbula, cuello, espalda o barriga rígidos',
      'effort-ache': 'Dolor en pecho, brazo, cuello o mandíbula al caminar o en escaleras; cede al descansar',
      'jaw-chewing': '50 años o más: dolor al masticar, o dolor nuevo de cabeza y cuero cabelludo',
      'fluid-loss': 'En 2 días: muchos vómitos o diarrea, bebe menos u orina más',
      fever: 'Fiebre de 100.4 °F (38 °C) o siente fiebre',
      'lip-finger-tingling': 'Hormigueo en labios o dedos, con manos o pies acalambrados',
      wound: 'Herida honda o sucia (3 semanas); tétanos: sin vacuna en 5 años o no sabe',
      'heat-exercise': 'Empezó con ejercicio, trabajo duro o calor (carrera, caminata larga, cocina)',
      none: 'Ninguna',
    },
    dehydration: {
      severe: 'No orina, o solo unas gotas, en 12 horas; no puede estar de pie por mareo o debilidad; o se desmayó',
      'diabetes-high':
        'Azúcar en la sangre de más de 250, cetonas, o toma Jardiance o Farxiga, y ahora vomita, dolor de barriga o respira rápido y hondo',
      moderate: 'No orina en 8 horas, se marea al ponerse de pie, o vomita todo lo que toma',
      neither: 'Ninguna',
    },
    heat: {
      collapse: 'Se desmayó, o no puede estar de pie por mareo o debilidad',
      'over-an-hour': 'Los calambres llevan más de una hora, aun con descanso, sombra y líquidos',
      'heart-low-salt':
        'Falla cardíaca u otro problema del corazón, o un médico le dijo que limite la sal o los líquidos',
      exhaustion: 'Vomita, casi se desmaya, dolor de cabeza con náuseas, piel fría y húmeda, muy poca orina, o empeora',
      'water-overload':
        'Tomó mucha agua o bebida deportiva (como Gatorade), y ahora vomita, dolor de cabeza que empeora, o anillos o zapatos apretados',
      none: 'Ninguna',
    },
    'tingling-risk': {
      yes: 'Sí: diálisis o falla de riñones, calcio bajo, cirugía para bajar de peso; o en el último mes: cirugía de tiroides o cuello, o inyección para huesos como Prolia',
      'not-sure': 'No sé',
      no: 'No',
    },
    pattern: {
      'long-cramp': 'Un calambre de más de 10 minutos, aun estirando o caminando',
      'cant-bear-weight': 'Después del calambre, no puede apoyar la pierna, o dolor fuerte que no se calma',
      spreading: 'En la última semana: calambres que pasan a muchos músculos, o debilidad nueva',
      'wasting-twitching': 'En semanas o meses: músculos más delgados o débiles, o pequeños saltos bajo la piel',
      frequent: 'Varias veces por semana o casi todas las noches, afectan su vida, o no mejoran con cuidados en casa',
      none: 'Ninguna',
    },
    background: {
      pregnant: 'Embarazada, o dio a luz en las últimas 6 semanas',
      'long-term-condition': 'Diabetes, o enfermedad de tiroides, hígado o riñones',
      'neuro-condition':
        'Problema de nervios o del cerebro, como esclerosis múltiple, lesión de la médula, derrame cerebral, Parkinson o parálisis cerebral',
      dialysis: 'En diálisis',
      'dialysis-missed': 'En diálisis, y faltó a una sesión o la acortó esta semana',
      alcohol: 'Más de 2 bebidas con alcohol al día (cerveza, vino o licor), casi todos los días',
      none: 'Ninguna',
    },
    'pregnancy-signs': {
      preeclampsia:
        'Desde la semana 20 o tras el parto: dolor de cabeza que no se quita, vista borrosa o ve manchas, cara o manos hinchadas, o dolor bajo las costillas derechas',
      'labor-signs':
        'Durante el embarazo: sangrado, salida de líquido, la barriga se pone dura seguido, o el bebé se mueve menos',
      'after-birth':
        'Desde el parto: empapa una toalla sanitaria en una hora, coágulos más grandes que un huevo, flujo con mal olor, o fiebre',
      none: 'Ninguna',
    },
  },

  reasons: {
    'who.child': 'Es para un menor de 16 años.',
    'where.belly': 'Los calambres son solo en la barriga.',
    'leg-swelling.yes': 'Un brazo o pierna está hinchado, rojo, más oscuro o con calor.',
    'leg-swelling.not-sure': 'No sabe si hay hinchazón.',
    'clot-breath.not-sure':
      'No sabe si cambió la respiración o el latido del corazón desde que empezó la hinchazón o el dolor.',
    'tingling-risk.yes': 'Hormigueo, más un riesgo de la lista.',
    'tingling-risk.not-sure': 'Hormigueo, y quizá un riesgo de la lista.',
  },

  levels: {
    emergency: {
      title: 'Llame ahora para pedir ayuda de emergencia',
      body: [
        'Llame al {number} ahora.',
        'No maneje al hospital. Espere la ayuda.',
        {
          self: 'Deje la puerta sin seguro. Siéntese o acuéstese; si le cuesta respirar, mejor siéntese. Tenga a mano sus medicinas.',
          other:
            'Deje la puerta sin seguro. Quédese con la persona. Ayúdela a sentarse o acostarse; si le cuesta respirar, mejor que se siente. Tenga a mano las medicinas de la persona.',
        },
      ],
    },
    'ed-now': {
      title: 'Vaya ahora a la sala de emergencias más cercana',
      body: [
        {
          self: 'No maneje usted. Pida a alguien que maneje.',
          other: 'No deje que la persona maneje. Llévela usted, o pida a alguien más que la lleve.',
        },
        '¿No puede llegar sin peligro? Llame al {number}.',
      ],
    },
    'same-day': {
      title: 'Busque atención médica hoy',
      body: [
        'Vaya a una clínica de atención urgente (urgent care) o pida una cita médica para hoy. Si no hay nada abierto, vaya a una sala de emergencias.',
        'Si empeora, llame al {number}.',
      ],
    },
    appointment: {
      title: 'Pida una cita para los próximos días',
      body: ['Si empeora, busque atención antes.'],
    },
    'self-care': {
      title: 'Es probable que esto se pueda cuidar en casa',
      body: [
        'Sus respuestas no mostraron señales de alarma. Pruebe los pasos de abajo.',
        {
          self: 'Si se siente muy mal, o tiene señales que no preguntamos, busque atención.',
          other: 'Si la persona se siente muy mal, o tiene señales que no preguntamos, busque atención.',
        },
      ],
    },
    'not-suitable': {
      title: 'Esta revisión no está hecha para este caso',
      body: ['Aquí no podemos aconsejar con seguridad. Pregunte a un médico o enfermera.'],
    },
  },

  routes: {
    'pain-clinic': 'Nuestra clínica de dolor de espalda y nervios',
    'primary-care': 'Su médico de siempre',
    maternity: 'Partera o equipo de cuidado del embarazo',
    'own-team': 'Su equipo de especialistas (riñón, diálisis o nervios)',
  },

  advice: {
    'labor-delivery': [
      'Vaya ahora a Labor y Parto (Labor and Delivery) de su hospital. Si no hay, vaya a la sala de emergencias.',
      'No maneje usted. Pida a alguien que maneje.',
    ],
    'pregnant-tell-staff': [
      '¿Embarazada, o tuvo un bebé en las últimas 6 semanas? Dígalo al personal. Con 20 semanas o más, vaya a Labor y Parto.',
    ],
    'clot-keep-still': ['Mientras espera, no camine. No frote la pierna ni el brazo.'],
    'heat-stroke-first-aid': ['Mientras espera: pasar a un lugar fresco, mojar la piel y echarle aire. Nada de beber.'],
    'water-overload': [
      'Diga al personal cuánta agua o bebida deportiva se tomó.',
      'No tome más líquidos hasta que un médico revise el nivel de sal en la sangre.',
    ],
    'statin-dark-urine': ['Orina oscura y toma estatina: deje la estatina y busque atención ahora.'],
    'fluid-limits': ['Si le dijeron que limite los líquidos, pregunte a su equipo médico antes de tomar más.'],
    'no-supplements': [
      'Tome pastillas de potasio o magnesio solo si un médico lo indica. Pueden dañar riñones débiles.',
    ],
    'heat-exercise-care': [
      'Descanse en un lugar fresco o con sombra.',
      'Tome agua o bebida deportiva cuando tenga sed, a menos que deba limitar líquidos. No tome pastillas de sal.',
      'Nada de trabajo duro ni ejercicio por unas horas.',
      'Busque atención si los calambres duran más de una hora.',
    ],
    'no-over-drinking': ['No se fuerce a tomar líquidos. Demasiada agua puede ser peligrosa.'],
    'blood-sugar': [
      '¿Diabetes con insulina, o pastillas como glipizida, gliburida o glimepirida? Mida su azúcar en la sangre si los calambres vienen con sudor, temblor o confusión.',
    ],
    quinine: ['La quinina no es para calambres. Puede causar sangrado grave y problemas del corazón.'],
    pregnancy: [
      'Estiramiento seguro en el embarazo: pierna recta, empuje suave el talón hacia abajo para que los dedos suban. No estire los dedos con fuerza.',
      'Avise a su equipo del embarazo si hay dolor nuevo en la pierna: hoy mismo si la pierna está roja e hinchada.',
    ],
    belly: [
      'Busque atención hoy para calambres de barriga.',
      'Vaya a una sala de emergencias o llame al {number} si hay: dolor o sangrado en alguien que está o podría estar embarazada; dolor fuerte o que empeora; vómito con sangre; popó negro; barriga dura e hinchada; o fiebre.',
    ],
    child: [
      'Llame al {number} si un niño tiene dificultad para respirar, una convulsión, mucho sueño o le cuesta despertar, o tiene el cuello rígido con fiebre, o un sarpullido que no se borra al apretar.',
      'Si no, llame al médico del niño.',
    ],
  },

  selfCare: {
    steps: [
      'Durante un calambre, pare. Estire y frote el músculo con suavidad, o camine.',
      'Para un calambre en la pantorrilla, mantenga la pierna recta y suba los dedos del pie.',
      'El calor relaja el músculo. El hielo alivia el dolor. No en piel adormecida ni al dormir.',
      'Las pastillas para el dolor no paran un calambre, pero pueden aliviar el dolor que queda. Pregunte en la farmacia cuáles son seguras.',
    ],
    sooner: [
      'Un calambre dura más de 10 minutos, aun estirando',
      'Hinchazón, piel roja o calor',
      'Debilidad o adormecimiento nuevos',
      'Los calambres vuelven o no dejan dormir',
      'Le preocupa',
    ],
  },

  learn: {
    sections: [
      {
        heading: 'Qué son los calambres',
        items: [
          'En un calambre, un músculo se aprieta de repente, con dolor, y no lo puede controlar.',
          'Dura de segundos a unos 10 minutos, a menudo en la pantorrilla y de noche.',
          'La mayoría no hacen daño.',
        ],
      },
      {
        heading: 'Causas comunes',
        items: [
          'Músculos cansados o forzados, o estar quieto mucho rato.',
          'Algunas medicinas, como pastillas para orinar o estatinas. Hable con su médico antes de dejar una.',
          'Los minerales bajos importan más con pastillas para orinar, vómitos, diarrea, mucho sudor, o enfermedad de riñón o hígado. Pida una prueba de sangre, no suplementos.',
        ],
      },
      {
        heading: 'Quién los tiene más',
        items: ['Personas mayores, embarazadas, y personas con diabetes o enfermedad de nervios, hígado o riñones.'],
      },
      {
        heading: 'Señales de alarma',
        items: [
          'Una pierna o brazo hinchado, rojo o con calor, o frío y pálido',
          'Dolor de pecho o le cuesta respirar',
          'Debilidad o adormecimiento nuevos',
          'Orina oscura con dolor de músculos',
          'Mandíbula rígida después de una herida',
          'Un calambre de más de 10 minutos',
          'Confusión o desmayo con el calor',
          'Dolor de pecho, brazo o mandíbula al caminar o subir escaleras',
          'Vómitos o dolor de cabeza tras tomar mucha agua al hacer ejercicio',
          'Ojos volteados hacia arriba o cuello torcido tras una inyección o medicina nueva',
          'En el embarazo: dolor de cabeza fuerte, vista borrosa o manchas, o cara o manos hinchadas',
          'Use la revisión o llame al {number}.',
        ],
      },
      { heading: 'Aliviar un calambre', items: ['Estire y frote el músculo, camine, o use calor.'] },
      {
        heading: 'Prevenir calambres',
        items: [
          'Estirar seguido puede ayudar, pero no a todos.',
          'No se recomiendan la quinina ni el magnesio para calambres comunes.',
        ],
      },
    ],
  },
} as const satisfies Messages;

export default es;
