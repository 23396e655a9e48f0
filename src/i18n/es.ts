// Spanish (US) wording for rule set 2.0.0: "usted", plain everyday words, translated from en.ts by meaning.
// Draft: a qualified medical translator must review this file before clinical use.
import type { Messages } from './messages.js';

export const es = {
  lang: 'es',
  ui: {
    title: 'Revisión de calambres y espasmos',
    emergencyLine: 'Si cree que es una emergencia, llame al {number} ahora.',
    intro: [
      'Para personas de 16 años o más con calambres o espasmos.',
      'Orienta, no diagnostica. Si tiene un plan de cuidado, sígalo.',
      'Sus respuestas no salen de este aparato.',
    ],
    questionN: 'Pregunta {n}',
    continue: 'Continuar',
    back: 'Atrás',
    startAgain: 'Empezar de nuevo',
    chooseOne: 'Elija una respuesta.',
    chooseAny: 'Elija todo lo que aplique.',
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
    book: 'Pida cita en {clinic}',
    bookAgain: 'Si los calambres vuelven, pida cita en {clinic}',
    defaultClinic: 'nuestra clínica',
    newTab: '(abre otra pestaña)',
    learnHeading: 'Sobre calambres y espasmos',
    rulesVersion: 'Reglas, versión {version}',
    deafHelp: '¿Sordo, oye poco o no puede hablar? Donde se pueda, mande texto al 911 o llame con TTY o servicio de relevo.',
    clearedOthers: 'Otras opciones quitadas.',
    clearedNone: 'Se quitó “Nada de esto”.',
    print: 'Imprimir resumen',
    copy: 'Copiar resumen',
    copied: 'Resumen copiado.',
    copyFailed: 'No se copió. Use Imprimir.',
    summaryTitle: 'Revisión de calambres: resumen',
    summaryDate: 'Fecha: {date}',
    saidYes: 'Dijo que sí a:',
    saidNo: 'Dijo que no a:',
    notReviewed: 'Aún sin revisión de un clínico.',
    reviewed: 'Revisadas por {reviewer} el {date}. Próxima revisión: {next}.',
  },

  questions: {
    who: { text: '¿Para quién es?', short: 'Para quién' },
    emergency: {
      text: 'Desde que empezaron los calambres, ¿ha tenido algo de esto, aunque ya pasó?',
      short: 'Señales de alarma',
    },
    where: { text: '¿Dónde está el calambre o espasmo?', short: 'Dónde' },
    'leg-swelling': {
      text: 'Compare ambos lados. ¿Hay un brazo o pierna hinchado (más grande), rojo, morado, más oscuro o caliente?',
      hint: 'En piel oscura, lo rojo se ve poco. Busque calor al tocar.',
      short: 'Hinchazón',
    },
    'leg-signs': { text: 'Brazo o pierna: ¿pasa algo de esto?', short: 'Brazo o pierna' },
    'nerve-pain': { text: '¿Tiene algo de esto?', short: 'Nervios' },
    'nerve-signs': { text: 'Espalda o cuello: ¿pasa algo de esto?', short: 'Espalda o cuello' },
    medicines: { text: 'Medicinas, alcohol o drogas: ¿pasa algo de esto?', short: 'Medicinas' },
    'other-signs': { text: '¿Tiene algo de esto?', short: 'Otras señales' },
    dehydration: { text: 'Orinar y estar de pie: ¿qué encaja mejor?', short: 'Orinar y estar de pie' },
    heat: { text: 'Calambres con calor: ¿pasa algo de esto?', short: 'Calor' },
    'tingling-risk': { text: '¿Algo de esto es su caso?', short: 'Hormigueo' },
    pattern: { text: '¿Qué describe los calambres?', short: 'Tipo de calambres' },
    background: { text: '¿Algo de esto es su caso?', short: 'Su salud' },
  },

  options: {
    who: { self: 'Yo (16 o más)', 'someone-else': 'Otra persona (16 o más)', child: 'Un menor de 16 años' },
    emergency: {
      'chest-pain': 'Dolor, presión u opresión de pecho (puede ir a brazo, mandíbula, cuello o espalda)',
      'heart-signs':
        'Dolor, presión o dolor tipo calambre en brazo, hombro o mandíbula, con sudor, náuseas, falta de aire o mareo',
      breathing: 'Le cuesta respirar, garganta apretada, respiración ruidosa o tos con sangre',
      'fainting-confusion': 'Desmayo, mucha confusión, mucho sueño o cuesta despertar',
      'stroke-signs':
        'De repente (en minutos): un lado de la cara, brazo o pierna débil o adormecido, habla arrastrada, o pérdida de vista o equilibrio, aunque mejoró',
      'sudden-headache': 'De repente, el peor dolor de cabeza de su vida',
      seizure: 'Convulsión',
      'jaw-swallowing':
        'Mandíbula trabada o muy difícil de abrir, espasmos que dificultan tragar o respirar, o cuerpo arqueado hacia atrás',
      'overheated-confused': 'Muy caliente por calor o ejercicio, con confusión, habla sin sentido o dejó de sudar',
      'throat-tingling': 'Hormigueo en labios o dedos, con garganta apretada o voz cambiada',
      'neck-fever-headache':
        'Fiebre con cuello rígido (la barbilla no toca el pecho), sarpullido que no se borra al apretar, o piel manchada, gris, pálida o azul',
      'cold-pale-limb': 'Brazo, pierna, mano o pie de repente frío, pálido, blanco, azul o manchado, aun sin adormecimiento',
      none: 'Nada de esto',
    },
    where: {
      'calf-foot': 'Pantorrilla o pie',
      thigh: 'Muslo',
      back: 'Espalda',
      neck: 'Cuello',
      'arm-hand': 'Brazo o mano',
      many: 'Muchos músculos a la vez',
      other: 'Otro (cadera, nalga, hombro, cara o mandíbula)',
      chest: 'Pecho',
      belly: 'Barriga',
    },
    'leg-swelling': { yes: 'Sí', 'not-sure': 'No sé', no: 'No' },
    'leg-signs': {
      'injury-tight':
        'Tras hueso roto, golpe fuerte, aplastamiento, yeso, férula, venda apretada u horas acostado encima: músculo muy tenso o duro, dolor mucho peor de lo esperado o en aumento, mucho dolor al mover los dedos, o adormecimiento u hormigueo',
      'one-sided-ache':
        'Dolor (o dolor al tocar) en una pantorrilla, muslo o brazo por más de un día, o que empeora (no molestia breve tras un calambre)',
      'exertion-swelling': 'Tras ejercicio fuerte o nuevo: músculos muy hinchados, duros, débiles o mucho más adoloridos de lo normal',
      'rest-pain-sores': 'Dolor de pie o dedos en reposo, no solo en calambres; llaga que no sana; o dedos que se oscurecen',
      'walking-pain': 'Dolor de pantorrilla, muslo o nalga al caminar, que se quita en minutos de descanso',
      'standing-pain': 'Dolor de pierna que crece al caminar o estar de pie y cede al sentarse o inclinarse',
      none: 'Nada de esto',
    },
    'nerve-pain': {
      radiating: 'Ardor, hormigueo, adormecimiento o punzadas que bajan por un brazo o pierna',
      'limb-weakness': 'Debilidad en un brazo, pierna o pie en horas o días (como pie que se arrastra o golpea)',
      'both-legs':
        'Desde hace pocos días: debilidad, adormecimiento u hormigueo en ambas piernas (no el de siempre, como por diabetes)',
      'saddle-bladder-bowel':
        'Desde que empezó el dolor: partes íntimas, nalgas o entrepierna adormecidas; cuesta empezar o parar de orinar, o hay escapes; o no controla las heces',
      none: 'Nada de esto',
    },
    'nerve-signs': {
      'serious-accident':
        'Tras caer desde más alto que estando de pie o por escaleras, choque en auto, bici o moto, o golpe fuerte en espalda o cuello; o cualquier caída o golpe a los 65 años o más',
      'infection-risk':
        'Dolor de espalda o cuello con fiebre, y: se inyecta drogas, defensas bajas, o cirugía o inyección de columna en los últimos 3 meses',
      'sudden-severe': 'De repente, dolor de espalda muy fuerte con dolor de barriga, o como un desgarro',
      'fever-cancer-weight':
        'Dolor de espalda con fiebre, cáncer ahora o antes, baja de peso sin causa, dolor peor de noche o acostado, o bulto o cambio de forma nuevos en la espalda',
      'severe-pain': 'Dolor que impide las tareas diarias, aun con analgésicos sin receta bien tomados',
      none: 'Nada de esto',
    },
    medicines: {
      'twisting-after-medicine':
        'En la última semana empezó o aumentó una medicina para náuseas o salud mental (como metoclopramida o haloperidol). Ahora: cuello torcido, espasmos en mandíbula o lengua, u ojos volteados arriba',
      'stiff-fever-after-medicine':
        'En las últimas 2 semanas empezó, aumentó o mezcló medicinas para salud mental, migraña o dolor (como antidepresivos o tramadol), o usó drogas. Ahora: músculos rígidos o con sacudidas, y fiebre, mucho sudor, temblor o mucha agitación',
      withdrawal:
        'En los últimos días dejó o bajó: mucho alcohol, pastillas para dormir o ansiedad, baclofeno o medicina del Parkinson. Ahora: temblor, sudor, fiebre, espasmos mucho peores, o ve u oye cosas irreales',
      'statin-pain':
        'Con estatinas (para el colesterol): músculos débiles, o dolor muscular fuerte, en todo el cuerpo o al tocar',
      'quinine-bleeding':
        'Toma quinina: moretones fáciles, sangrado de nariz o encías, sangre en orina o heces, o manchas raras en la piel',
      'new-medicine': 'Calambres tras una medicina nueva o cambiada en los últimos 3 meses (como diuréticos, estatinas, inhaladores para el asma o pastillas para la presión)',
      none: 'Nada de esto',
    },
    'other-signs': {
      'dark-urine': 'Orina oscura (color café, té o cola) o mucha menos, con dolor o debilidad muscular',
      'heartbeat-weakness':
        'Latido nuevo muy rápido, fuerte o irregular, o pulso muy lento; o tan débil que no puede pararse ni alzar los brazos',
      'fever-unwell':
        'Fiebre con: temblores que no paran, dolor fuerte en todos los músculos, casi no orina, defensas bajas (quimio, trasplante, pastillas de esteroides) o cirugía en las últimas 4 semanas',
      'wound-stiffness':
        'Corte, pinchazo, mordida o quemadura en las últimas 3 semanas (aun con vacuna del tétanos). Ahora: mandíbula, cuello, espalda o barriga rígidos, o espasmos cerca de la herida',
      'fluid-loss': 'En los últimos 2 días: muchos vómitos, mucha diarrea, beber mucho menos, u orinar mucho más con mucha sed',
      fever: 'Temperatura de 100.4 °F (38 °C) o más, o sensación de fiebre',
      'lip-finger-tingling':
        'Hormigueo en torno a la boca o en la punta de los dedos, con calambres en manos o pies (los dedos se juntan)',
      wound:
        'Herida sucia o profunda (corte, pinchazo, mordida, rasguño, quemadura) en las últimas 3 semanas; última vacuna del tétanos hace 5 años o más, o no sabe',
      'heat-exercise': 'Calambres que empezaron con calor (clima caluroso, casa caliente u ola de calor)',
      none: 'Nada de esto',
    },
    dehydration: {
      severe: 'Sin orinar (o solo gotas) 12 horas o más; no puede estar de pie por mareo o debilidad; o desmayo',
      moderate: 'Sin orinar 8 horas o más, mareo al ponerse de pie, o vomita todo lo que bebe',
      neither: 'Nada de esto',
    },
    heat: {
      collapse: 'Desmayo, o no puede estar de pie por mareo o debilidad',
      'over-an-hour': 'Calambres de más de una hora aun con descanso, sombra y líquidos',
      'heart-low-salt': 'Falla cardíaca u otro problema del corazón, o debe limitar sal o líquidos',
      exhaustion: 'Vómitos, casi se desmaya, dolor de cabeza con náuseas, piel fría y pegajosa, muy poca orina, o empeora',
      none: 'Nada de esto',
    },
    'tingling-risk': {
      yes: 'Sí: falla renal o diálisis; problema conocido de calcio bajo o paratiroides; cirugía para bajar de peso; o en el último mes: cirugía de tiroides o paratiroides, o inyección o suero para los huesos (como denosumab)',
      'not-sure': 'No sé',
      no: 'No',
    },
    pattern: {
      'long-cramp': 'Un calambre de más de 10 minutos, aun estirando o caminando',
      'cant-bear-weight': 'Tras el calambre, no puede apoyar la pierna, o dolor fuerte que no se calma',
      spreading: 'Desde hace 1 o 2 días: calambres que pasan a muchos músculos, o debilidad nueva',
      'wasting-twitching': 'En semanas o meses: músculos más delgados o débiles, o saltitos bajo la piel',
      frequent: 'Varias veces por semana o casi cada noche, afectan la vida diaria, o no mejoran con cuidados en casa',
      none: 'Nada de esto',
    },
    background: {
      pregnant: 'Embarazo, o parto en las últimas 6 semanas',
      'long-term-condition': 'Diabetes, o enfermedad de tiroides, hígado o riñones',
      'neuro-condition':
        'Problema de nervios o cerebro (esclerosis múltiple, lesión medular, derrame cerebral, Parkinson, parálisis cerebral)',
      dialysis: 'En diálisis',
      'dialysis-missed': 'En diálisis y esta semana faltó a una sesión o la acortó',
      alcohol: 'Más de 2 tragos al día, casi todos los días',
      none: 'Nada de esto',
    },
  },

  reasons: {
    'who.child': 'Es para un menor de 16 años.',
    'where.belly': 'Los calambres son solo en la barriga.',
    'leg-swelling.yes': 'Brazo o pierna hinchado, rojo, oscuro o caliente.',
    'leg-swelling.not-sure': 'No sabe si hay hinchazón.',
    'tingling-risk.yes': 'Hormigueo y un riesgo de la lista.',
    'tingling-risk.not-sure': 'Hormigueo y quizá un riesgo de la lista.',
  },

  levels: {
    emergency: {
      title: 'Pida ayuda de emergencia ahora',
      body: [
        'Llame al {number} ahora.',
        'No maneje al hospital. Espere la ayuda.',
        {
          self: 'Deje la puerta sin llave. Siéntese o acuéstese. Tenga a mano sus medicinas.',
          other: 'Deje la puerta sin llave. Quédese con la persona, sentada o acostada. Tenga a mano sus medicinas.',
        },
      ],
    },
    'ed-now': {
      title: 'Vaya ya a la sala de emergencias más cercana',
      body: ['¿No puede llegar sin riesgo? Llame al {number}.'],
    },
    'same-day': {
      title: 'Busque atención médica hoy',
      body: [
        'Vaya a una clínica de urgencias o pida cita médica para hoy. Si nada está abierto, a emergencias.',
        'Si empeora, llame al {number}.',
      ],
    },
    appointment: {
      title: 'Pida cita para los próximos días',
      body: ['Si empeora, busque atención antes.'],
    },
    'self-care': {
      title: 'Probablemente puede cuidarse en casa',
      body: ['No hay señales de alarma. Pruebe estos pasos.'],
    },
    'not-suitable': {
      title: 'Esta revisión no es para este caso',
      body: ['No podemos aconsejarle con seguridad. Consulte a un médico o enfermera.'],
    },
  },

  routes: {
    'pain-clinic': 'Nuestra clínica de espalda y nervios',
    'primary-care': 'Su médico',
    maternity: 'Su partera o equipo del embarazo',
    'own-team': 'Su equipo de especialistas (riñón, diálisis o nervios)',
  },

  advice: {
    'fluid-limits': ['Si debe limitar líquidos, consulte a su equipo antes de beber más.'],
    'no-supplements': ['No tome potasio ni magnesio sin orden médica. Pueden dañar riñones débiles.'],
    'no-over-drinking': ['No beba grandes cantidades al hacer ejercicio. Demasiada agua es peligrosa.'],
    'heat-stroke-first-aid': ['Mientras espera: ir a un lugar fresco, mojar la piel y echarle aire. No beber nada.'],
    'statin-dark-urine': ['Orina oscura con estatinas: déjelas y busque atención ahora.'],
    quinine: ['La quinina no es para calambres. Puede causar sangrado grave y problemas cardíacos.'],
    pregnancy: [
      'En el embarazo, estire así: pierna recta, empuje suave el talón hacia abajo y deje subir los dedos. No los jale.',
      'Avise a su equipo del embarazo de todo dolor nuevo de pierna; hoy si está roja e hinchada.',
    ],
    belly: [
      'Vaya a emergencias o llame al {number} si hay: dolor o sangrado con embarazo actual o posible; dolor fuerte o que empeora; vómito con sangre; heces negras; barriga dura e hinchada; o fiebre.',
    ],
    child: [
      'Llame al {number} si a un niño le cuesta respirar o despertar, tiene convulsiones o mucho sueño, o cuello rígido con fiebre o sarpullido que no se borra al apretar.',
      'Si no, llame al médico del niño.',
    ],
  },

  selfCare: {
    steps: [
      'En un calambre, pare. Estire y frote suave el músculo, o camine.',
      'En la pantorrilla: pierna recta y jale los dedos hacia arriba.',
      'El calor relaja; el hielo alivia el dolor. No en piel adormecida ni al dormir.',
      'Los analgésicos no quitan el calambre, pero pueden aliviar el dolor. Pregunte en la farmacia cuáles son seguros.',
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
          'En un calambre, un músculo se tensa de repente, con dolor y sin control.',
          'Dura de segundos a unos 10 minutos, más en la pantorrilla y de noche.',
          'La mayoría son inofensivos.',
        ],
      },
      {
        heading: 'Causas comunes',
        items: [
          'Músculos cansados o forzados, o estar quieto mucho rato.',
          'Algunas medicinas, como diuréticos o estatinas. Consulte antes de dejar una.',
          'Los minerales bajos importan más con diuréticos, vómitos, diarrea, mucho sudor o enfermedad de riñón o hígado. Pida un análisis de sangre, no suplementos.',
        ],
      },
      {
        heading: 'Quién los tiene más',
        items: ['Personas mayores, embarazadas, y con diabetes o problemas de nervios, hígado o riñones.'],
      },
      {
        heading: 'Señales de alarma',
        items: [
          'Una pierna o brazo hinchado, rojo o caliente, o frío y pálido',
          'Dolor de pecho o falta de aire',
          'Debilidad o adormecimiento nuevos',
          'Orina oscura con dolor muscular',
          'Mandíbula rígida tras una herida',
          'Un calambre de más de 10 minutos',
          'Confusión o desmayo con el calor',
          'Use la revisión o llame al {number}.',
        ],
      },
      { heading: 'Aliviar un calambre', items: ['Estire y frote el músculo, camine o use calor.'] },
      {
        heading: 'Prevenir calambres',
        items: [
          'Estirar a menudo puede ayudar, aunque no a todos.',
          'No se recomiendan quinina ni magnesio para calambres comunes.',
        ],
      },
    ],
  },
} as const satisfies Messages;

export default es;
