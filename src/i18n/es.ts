// Spanish (US) wording for rule set 2.0.0: "usted", plain everyday words, translated from en.ts by meaning.
// Draft: a qualified medical translator must review this file before clinical use.
import type { Messages } from './messages.js';

export const es = {
  lang: 'es',
  ui: {
    title: 'Revisión de calambres y espasmos musculares',
    emergencyLine: 'Si cree que es una emergencia, llame al {number} ahora.',
    intro: [
      'Para personas de 16 años o más con un calambre o espasmo muscular. Úsela para usted o para otra persona.',
      'Le orienta, pero no da un diagnóstico. Si tiene un plan de cuidado para esto, sígalo.',
      'Sus respuestas se quedan en este aparato. No se envían a nadie.',
    ],
    questionN: 'Pregunta {n}',
    continue: 'Continuar',
    back: 'Atrás',
    startAgain: 'Empezar de nuevo',
    chooseOne: 'Elija una respuesta para seguir.',
    chooseAny: 'Elija todo lo que aplique. Si nada aplica, elija “Nada de esto”.',
    errorPrefix: 'Error:',
    resultLabel: 'Su resultado',
    whyHeading: 'Por qué le sugerimos esto',
    toldUsHeading: 'Lo que nos dijo',
    change: 'Cambiar',
    adviceHeading: 'Es bueno saber',
    selfCareHeading: 'Qué puede hacer en casa',
    soonerHeading: 'Busque ayuda antes si',
    whereHeading: 'Adónde ir',
    callEmergency: 'Llame al {number}',
    callClinic: 'Llame a {clinic}: {phone}',
    book: 'Haga una cita en {clinic}',
    bookAgain: 'Si los calambres vuelven, haga una cita en {clinic}',
    defaultClinic: 'nuestra clínica',
    newTab: '(se abre en otra pestaña)',
    learnHeading: 'Aprenda sobre calambres y espasmos',
    rulesVersion: 'Versión de las reglas: {version}',
  },

  questions: {
    who: { text: '¿Para quién es esta revisión?', short: 'Para quién' },
    emergency: {
      text: 'Desde que empezaron los calambres, ¿ha tenido algo de esto, aunque ya haya pasado?',
      short: 'Señales de alarma',
    },
    where: { text: '¿Dónde está el calambre o espasmo?', hint: 'Elija todo lo que aplique.', short: 'Dónde' },
    'leg-swelling': {
      text: 'Compare ambos lados. ¿Hay un brazo o una pierna con hinchazón (más grande), color rojo, morado o más oscuro, o calor?',
      hint: 'En la piel oscura, lo rojo se ve menos. Toque también para sentir si hay calor.',
      short: 'Hinchazón',
    },
    'leg-signs': { text: '¿Pasa algo de esto en el brazo o la pierna?', short: 'Brazo o pierna' },
    'nerve-pain': { text: '¿Tiene algo de esto?', short: 'Señales de nervios' },
    'nerve-signs': { text: 'Sobre la espalda o el cuello: ¿pasa algo de esto?', short: 'Espalda o cuello' },
    medicines: { text: 'Sobre medicinas, alcohol o drogas: ¿pasa algo de esto?', short: 'Medicinas' },
    'other-signs': { text: '¿Tiene algo de esto?', short: 'Otras señales' },
    dehydration: { text: 'Sobre orinar y ponerse de pie: ¿qué describe mejor lo que pasa?', short: 'Orinar y estar de pie' },
    heat: { text: 'Sobre los calambres que empezaron con el calor: ¿pasa algo de esto?', short: 'Calor' },
    'tingling-risk': { text: '¿Algo de esto es su caso?', short: 'Riesgos de hormigueo' },
    pattern: { text: '¿Qué describe los calambres?', short: 'Tipo de calambres' },
    background: { text: '¿Algo de esto es su caso?', short: 'Historial de salud' },
  },

  options: {
    who: { self: 'Yo (16 años o más)', 'someone-else': 'Otra persona de 16 años o más', child: 'Un niño o niña menor de 16 años' },
    emergency: {
      'chest-pain': 'Dolor, presión u opresión en el pecho (puede pasar al brazo, la mandíbula, el cuello o la espalda)',
      'heart-signs':
        'Dolor, presión o un dolor como calambre en el brazo, el hombro o la mandíbula, con sudor, náuseas, falta de aire o mareo',
      breathing: 'Dificultad para respirar, garganta apretada, respiración ruidosa o tos con sangre',
      'fainting-confusion': 'Desmayo, o mucha confusión, mucho sueño o dificultad para despertar',
      'stroke-signs':
        'De repente (en minutos): debilidad o adormecimiento de la cara, el brazo o la pierna de un lado, habla arrastrada, o pérdida de la vista o del equilibrio, aunque haya mejorado',
      'sudden-headache': 'Un dolor de cabeza repentino y muy fuerte, el peor de su vida',
      seizure: 'Una convulsión',
      'jaw-swallowing':
        'Mandíbula trabada o muy difícil de abrir, espasmos que no dejan tragar o respirar bien, o el cuerpo arqueado hacia atrás',
      'overheated-confused': 'Cuerpo muy caliente por calor o ejercicio, con confusión, habla sin sentido o dejó de sudar',
      'throat-tingling': 'Hormigueo alrededor de los labios o en los dedos, con garganta apretada o la voz cambiada',
      'neck-fever-headache':
        'Fiebre con cuello rígido (no puede bajar la barbilla al pecho), un sarpullido que no se borra al apretarlo, o piel manchada, gris, pálida o azul',
      'cold-pale-limb':
        'Un brazo, pierna, mano o pie que de repente se puso frío, pálido, blanco, azul o manchado (con o sin adormecimiento)',
      none: 'Nada de esto',
    },
    where: {
      'calf-foot': 'Pantorrilla o pie',
      thigh: 'Muslo',
      back: 'Espalda',
      neck: 'Cuello',
      'arm-hand': 'Brazo o mano',
      many: 'Muchos músculos a la vez',
      other: 'Otro lugar (cadera, nalga, hombro, cara o mandíbula)',
      chest: 'Pecho',
      belly: 'Abdomen (barriga)',
    },
    'leg-swelling': { yes: 'Sí', 'not-sure': 'No sé', no: 'No' },
    'leg-signs': {
      'injury-tight':
        'Tras un hueso roto, golpe fuerte, aplastamiento, yeso, férula, venda apretada u horas con el cuerpo encima del brazo o la pierna: músculo muy tenso o duro, dolor mucho peor de lo esperado o que sigue aumentando, mucho dolor al mover los dedos, o adormecimiento u hormigueo',
      'one-sided-ache':
        'Dolor, o dolor al tocar, en una pantorrilla, un muslo o un brazo por más de un día o que empeora (no solo unas horas de molestia tras un calambre)',
      'exertion-swelling':
        'Tras ejercicio fuerte o nuevo: músculos muy hinchados, duros o débiles, o mucho más dolor de lo normal',
      'rest-pain-sores':
        'Dolor en el pie o sus dedos que sigue en reposo, no solo en un calambre; una llaga que no sana; o dedos del pie que se oscurecen',
      'walking-pain': 'Dolor como calambre en la pantorrilla, el muslo o la nalga al caminar, que se quita a los pocos minutos de descansar',
      'standing-pain': 'Dolor de pierna que aumenta al caminar o estar de pie más tiempo, y se alivia al sentarse o inclinarse hacia adelante',
      none: 'Nada de esto',
    },
    'nerve-pain': {
      radiating: 'Ardor, hormigueo, adormecimiento o dolor punzante que baja por un brazo o una pierna',
      'limb-weakness':
        'Debilidad en un brazo, una pierna o un pie que apareció en horas o días (por ejemplo, el pie golpea el piso o se arrastra)',
      'both-legs':
        'Desde hace pocos días: debilidad, adormecimiento u hormigueo en las dos piernas (no adormecimiento de hace tiempo, como por diabetes)',
      'saddle-bladder-bowel':
        'Desde que empezó el dolor: adormecimiento en las partes íntimas, las nalgas o la parte interna de los muslos; dificultad para empezar o parar de orinar, o escapes de orina; o no poder controlar las heces',
      none: 'Nada de esto',
    },
    'nerve-signs': {
      'serious-accident':
        'El dolor empezó tras una caída desde más alto que estar de pie o por las escaleras, un choque de auto, bicicleta o moto, o un golpe fuerte en la espalda o el cuello; o tras cualquier caída o golpe a los 65 años o más',
      'infection-risk':
        'Dolor de espalda o cuello con fiebre, y además se inyecta drogas, tiene las defensas bajas, o tuvo una cirugía o inyección en la columna en los últimos 3 meses',
      'sudden-severe': 'Dolor de espalda muy fuerte que empezó de repente con dolor de abdomen, o un dolor como si algo se desgarrara',
      'fever-cancer-weight':
        'Dolor de espalda con fiebre, cáncer ahora o antes, pérdida de peso sin causa conocida, dolor peor de noche o al acostarse, o un bulto nuevo o cambio en la forma de la espalda',
      'severe-pain': 'Dolor que no deja hacer las tareas básicas del día, aun con pastillas para el dolor sin receta tomadas como se indica',
      none: 'Nada de esto',
    },
    medicines: {
      'twisting-after-medicine':
        'En la última semana empezó o subió la dosis de una medicina para náuseas, vómitos o salud mental (como metoclopramida, proclorperazina, prometazina, haloperidol o risperidona), y ahora el cuello se tuerce, hay espasmos en la mandíbula o la lengua, o los ojos se van hacia arriba',
      'stiff-fever-after-medicine':
        'En las últimas 2 semanas empezó, subió la dosis o mezcló medicinas para salud mental, depresión, migraña o dolor (como antipsicóticos, antidepresivos o tramadol), o usó drogas recreativas, y ahora tiene músculos rígidos o con sacudidas, con fiebre, mucho sudor, temblor o mucha agitación',
      withdrawal:
        'En los últimos días dejó o redujo el alcohol (si tomaba mucho), pastillas para dormir o para la ansiedad, baclofeno o medicina para el Parkinson, y ahora tiene temblor, sudor, fiebre, espasmos mucho peores, o ve u oye cosas que no están',
      'statin-pain':
        'Toma una estatina (para el colesterol) y ahora tiene debilidad muscular, o dolor muscular fuerte o en todo el cuerpo, aunque sea al tocar (no solo los calambres de siempre)',
      'quinine-bleeding':
        'Toma quinina y tiene moretones fáciles, sangrado de nariz o encías, sangre en la orina o las heces, o manchas raras en la piel',
      'new-medicine':
        'Los calambres empezaron tras iniciar o cambiar una medicina en los últimos 3 meses (como diuréticos, estatinas, inhaladores para el asma o medicina para la presión)',
      none: 'Nada de esto',
    },
    'other-signs': {
      'dark-urine':
        'Orina oscura (color café, té o refresco de cola), o mucha menos orina de lo normal, con dolor o debilidad en los músculos',
      'heartbeat-weakness':
        'Desde hace poco, el corazón late muy rápido, muy fuerte o se salta latidos, o el pulso es muy lento; o tanta debilidad que no puede ponerse de pie ni levantar los brazos',
      'fever-unwell':
        'Fiebre con algo de esto: temblores que no paran, dolor fuerte en los músculos de todo el cuerpo, muy poca orina en todo el día, defensas bajas (quimioterapia, trasplante, pastillas de esteroides) o una cirugía en las últimas 4 semanas',
      'wound-stiffness':
        'Una herida (corte, pinchazo, mordida o quemadura) en las últimas 3 semanas, aunque tenga las vacunas del tétanos, y ahora rigidez en la mandíbula, el cuello, la espalda o el abdomen, o espasmos cerca de la herida',
      'fluid-loss':
        'En los últimos 2 días: muchos vómitos, mucha diarrea, beber mucho menos de lo normal, u orinar mucho más de lo normal con mucha sed',
      fever: 'Temperatura de 100.4 °F (38 °C) o más, o sensación de fiebre',
      'lip-finger-tingling':
        'Hormigueo alrededor de la boca o en las puntas de los dedos, con calambres en las manos o los pies (los dedos se juntan)',
      wound:
        'Una herida sucia o profunda (corte, pinchazo, mordida, rasguño o quemadura) en las últimas 3 semanas, y la última vacuna del tétanos fue hace 5 años o más, o no se sabe',
      'heat-exercise':
        'Los calambres empezaron con calor: ejercicio o trabajo con clima caluroso, una casa muy caliente o una ola de calor',
      none: 'Nada de esto',
    },
    dehydration: {
      severe: 'Nada de orina, o solo unas gotas, en 12 horas o más; tanto mareo o debilidad que no puede estar de pie; o desmayo',
      moderate: 'Nada de orina en 8 horas o más, mareo al ponerse de pie, o vomita todo lo que bebe',
      neither: 'Nada de esto',
    },
    heat: {
      collapse: 'Desmayo, o tanto mareo o debilidad que no puede estar de pie',
      'over-an-hour': 'Los calambres llevan más de una hora a pesar de descansar, estar a la sombra y tomar líquidos',
      'heart-low-salt': 'Insuficiencia cardíaca u otro problema del corazón, o un médico le indicó limitar la sal o los líquidos',
      exhaustion:
        'Vómitos, sensación de desmayo, dolor de cabeza con náuseas, piel fría y pegajosa, muy poca orina, o va empeorando',
      none: 'Nada de esto',
    },
    'tingling-risk': {
      yes: 'Sí: cirugía del cuello (tiroides o paratiroides) en el último mes; falla de los riñones o diálisis; un problema conocido de calcio bajo o de paratiroides; cirugía del estómago para bajar de peso; o una inyección o suero para fortalecer los huesos (como denosumab o ácido zoledrónico) en el último mes',
      'not-sure': 'No sé',
      no: 'No',
    },
    pattern: {
      'long-cramp': 'Un calambre que dura o duró más de 10 minutos, aun estirando o caminando',
      'cant-bear-weight': 'Tras el calambre, no puede apoyar el peso en la pierna, o hay dolor fuerte que no se calma',
      spreading: 'En los últimos 1 o 2 días: calambres que pasan a muchos músculos, o debilidad nueva',
      'wasting-twitching': 'En semanas o meses: músculos cada vez más delgados o débiles, o pequeños saltos del músculo bajo la piel',
      frequent: 'Varias veces a la semana o casi todas las noches, afectan la vida diaria, o no mejoran con cuidados en casa',
      none: 'Nada de esto',
    },
    background: {
      pregnant: 'Embarazo, o parto en las últimas 6 semanas',
      'long-term-condition': 'Diabetes, o enfermedad de la tiroides, el hígado o los riñones',
      'neuro-condition':
        'Una enfermedad de los nervios o del cerebro, como esclerosis múltiple, lesión de la médula espinal, derrame cerebral, Parkinson o parálisis cerebral',
      dialysis: 'Recibe diálisis',
      'dialysis-missed': 'Recibe diálisis, y esta semana faltó a una sesión o la acortó',
      alcohol: 'Más de 2 bebidas alcohólicas al día, la mayoría de los días',
      none: 'Nada de esto',
    },
  },

  reasons: {
    'who.child': 'Dijo que es para un niño o niña menor de 16 años.',
    'where.belly': 'Dijo que los calambres están solo en el abdomen.',
    'where.chest': 'Dijo que el calambre está en el pecho.',
    'leg-swelling.yes': 'Dijo que hay un brazo o una pierna con hinchazón, color rojo o más oscuro, o calor.',
    'leg-swelling.not-sure': 'Dijo que no sabe si hay un brazo o una pierna con hinchazón.',
    'dehydration.severe': 'Dijo que hay señales de una pérdida grave de líquidos.',
    'dehydration.moderate': 'Dijo que hay señales de pérdida de líquidos.',
    'tingling-risk.yes': 'Dijo que hay hormigueo y uno de los riesgos de la lista.',
    'tingling-risk.not-sure': 'Dijo que hay hormigueo y tal vez uno de los riesgos de la lista.',
  },

  levels: {
    emergency: {
      title: 'Llame ahora para pedir ayuda de emergencia',
      body: [
        'Llame al {number} ahora.',
        'No maneje al hospital. Espere a que llegue la ayuda.',
        {
          self: 'Mientras espera, deje la puerta sin llave y siéntese o acuéstese. Tenga a mano su lista de medicinas.',
          other:
            'Mientras espera, deje la puerta sin llave y quédese con la persona. Ayúdela a sentarse o acostarse. Tenga a mano su lista de medicinas.',
        },
      ],
    },
    'ed-now': {
      title: 'Vaya a una sala de emergencias ahora',
      body: ['Vaya ahora a la sala de emergencias más cercana.', 'Si no puede llegar de forma segura, llame al {number}.'],
    },
    'same-day': {
      title: 'Busque atención médica hoy',
      body: [
        'Vaya a un centro de atención de urgencias o pida una cita para hoy con su médico.',
        'Si no hay nada más abierto, vaya a una sala de emergencias.',
        'Si empeora, llame al {number}.',
      ],
    },
    appointment: {
      title: 'Haga una cita para los próximos días',
      body: ['Haga una cita para los próximos días.', 'Si empeora antes de la cita, revise de nuevo o busque atención antes.'],
    },
    'self-care': {
      title: 'Probablemente se puede cuidar en casa',
      body: ['Sus respuestas no muestran señales de alarma. Pruebe los pasos de abajo.', 'Si algo cambia o empeora, revise de nuevo o busque ayuda.'],
    },
    'not-suitable': {
      title: 'Esta revisión no está hecha para este caso',
      body: [
        'Esta revisión no puede dar consejos seguros en este caso. Consulte a un médico o enfermera, y lea los consejos de abajo.',
        'Si cree que es una emergencia, llame al {number} ahora.',
      ],
    },
  },

  routes: {
    'pain-clinic': 'Nuestra clínica de dolor de espalda y nervios',
    'primary-care': 'Su propio médico',
    maternity: 'Su partera o equipo de atención del embarazo',
    'own-team': 'Su propio equipo de especialistas, como el de riñón, diálisis o nervios',
  },

  advice: {
    'fluid-limits': ['Si le dijeron que limite los líquidos, pregunte a su equipo médico antes de beber más.'],
    'no-supplements': [
      'No tome suplementos de potasio o magnesio a menos que un médico lo indique. Con problemas de riñón, el exceso puede hacer daño.',
    ],
    'no-over-drinking': [
      'No beba cantidades enormes durante el ejercicio. Demasiada agua puede ser peligrosa.',
      'Beba cuando tenga sed. En ejercicio largo y con mucho sudor, una bebida deportiva puede ayudar a reponer la sal.',
    ],
    'heat-stroke-first-aid': [
      {
        self: 'Mientras espera, vaya a un lugar fresco. Moje su piel con agua y échese aire. No beba nada.',
        other: 'Mientras espera, lleve a la persona a un lugar fresco. Moje su piel con agua y échele aire. No le dé nada de beber.',
      },
    ],
    'statin-dark-urine': ['Orina oscura mientras toma una estatina: deje la estatina y busque atención ahora.'],
    quinine: [
      'La quinina no es para los calambres. Puede causar sangrados graves y problemas del corazón.',
      'Úsela solo si un médico se la recetó después de hablar de los riesgos.',
    ],
    pregnancy: [
      'Un estiramiento seguro en el embarazo: ponga la pierna recta. Empuje suave el talón hacia abajo y deje que los dedos suban. No jale los dedos.',
      'Avise al equipo de atención del embarazo de cualquier dolor nuevo en la pierna.',
      'Una pierna roja e hinchada necesita revisión hoy.',
    ],
    belly: [
      'Vaya a una sala de emergencias o llame al {number} si hay: dolor de abdomen o sangrado en alguien que está o podría estar embarazada; dolor fuerte o que empeora; vómito con sangre; heces negras; abdomen duro e hinchado; o fiebre.',
      'Si no, consulte a un médico.',
    ],
    child: [
      'Llame al {number} si un niño tiene dificultad para respirar, una convulsión, mucho sueño o cuesta despertarlo, o el cuello rígido con fiebre, o un sarpullido que no se borra al apretarlo.',
      'Si no, llame al médico del niño.',
    ],
  },

  selfCare: {
    steps: [
      'Durante un calambre, pare. Luego estire y frote el músculo con suavidad. Caminar puede ayudar.',
      'Si es en la pantorrilla, mantenga la pierna recta y jale con suavidad los dedos del pie hacia la cara.',
      'El calor relaja un músculo tenso. El hielo puede aliviar el dolor después. No use calor ni hielo en piel que no siente bien, ni duerma sobre una almohadilla eléctrica.',
      'Las pastillas para el dolor no paran un calambre, pero pueden aliviar el dolor después. Pregunte en la farmacia cuáles son seguras.',
      'Estirar con suavidad cada día, por ejemplo al acostarse, puede ayudar a prevenir calambres.',
      'Beba suficiente líquido. Si le dijeron que limite los líquidos, pregunte antes a su equipo médico.',
    ],
    sooner: [
      'Un calambre dura más de 10 minutos, aun estirando',
      'Hay hinchazón, enrojecimiento o calor',
      'Hay debilidad o adormecimiento',
      'Los calambres vuelven o no dejan dormir',
      'Los calambres empezaron con una medicina nueva',
      'Le preocupa. Confíe en lo que siente.',
    ],
  },

  learn: {
    sections: [
      {
        heading: 'Qué son los calambres',
        items: [
          'Un calambre es una contracción repentina y dolorosa de un músculo, que no se puede controlar.',
          'Dura desde unos segundos hasta unos 10 minutos.',
          'Es más común en la pantorrilla, y luego en el pie y el muslo.',
          'El músculo puede quedar adolorido hasta un día.',
          'La mayoría ocurre de noche. Hasta 6 de cada 10 adultos tienen calambres nocturnos.',
          'La mayoría de los calambres no son peligrosos.',
        ],
      },
      {
        heading: 'Causas comunes',
        items: [
          'Usar demasiado o forzar un músculo, músculos cansados, o estar mucho tiempo en la misma posición.',
          'Perder mucho líquido y sal al sudar durante el ejercicio.',
          'Muchas veces no se encuentra la causa.',
          'Un nervio pinzado o un estrechamiento de la columna pueden causar dolor de pierna parecido a un calambre.',
          'Los minerales bajos importan sobre todo con diuréticos, vómitos, diarrea, mucho sudor, o enfermedad del riñón o del hígado. Pida a un médico un análisis de sangre, en vez de tomar suplementos.',
          'Algunas medicinas: diuréticos, estatinas, algunos inhaladores para el asma y algunas pastillas para la presión. No deje una medicina por su cuenta. Hable con su médico.',
        ],
      },
      {
        heading: 'Quién los tiene más',
        items: [
          'Adultos mayores, porque se pierde músculo con la edad.',
          'Personas embarazadas, y quienes hacen ejercicio o trabajan con calor.',
          'Personas con diabetes, problemas de tiroides, hígado, riñones o nervios, o en diálisis.',
          'Personas que toman mucho alcohol o pasan mucho tiempo sentadas.',
        ],
      },
      {
        heading: 'Señales de alarma',
        items: [
          'Una pierna o un brazo hinchado, rojo o caliente. Puede ser un coágulo de sangre.',
          'Dolor en el pecho o dificultad para respirar.',
          'Una pierna o un brazo que se pone frío y pálido.',
          'Debilidad o adormecimiento nuevos.',
          'Orina oscura con dolor muscular.',
          'Mandíbula rígida después de una herida.',
          'Calambres con fiebre, o confusión con el calor.',
          'Esto necesita atención. Use la revisión de arriba o llame al {number}.',
        ],
      },
      {
        heading: 'Cómo aliviar un calambre',
        items: [
          'Estire y frote el músculo con suavidad.',
          'Si es en la pantorrilla, ponga la pierna recta y jale los dedos del pie hacia arriba.',
          'Camine un poco o use calor, como una toalla tibia o un baño caliente.',
        ],
      },
      {
        heading: 'Cómo prevenir calambres',
        items: [
          'Estirar con regularidad, por ejemplo al acostarse, puede ayudar. No funciona para todos.',
          'Haga calentamiento antes del ejercicio y aumente poco a poco.',
          'Beba cuando tenga sed, y más con calor. Sin exagerar.',
          'No se recomiendan la quinina ni el magnesio para los calambres comunes.',
        ],
      },
    ],
  },
} as const satisfies Messages;

export default es;
