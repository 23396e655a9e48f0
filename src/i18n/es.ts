// Spanish (US) wording for rule set 2.0.0: "usted", plain everyday words, translated from en.ts by meaning.
// Draft: a qualified medical translator must review this file before clinical use.
import type { Messages } from './messages.js';

export const es = {
  lang: 'es',
  ui: {
    title: 'Revisión de calambres y espasmos',
    emergencyLine: 'Si cree que es una emergencia, llame al {number} ahora.',
    intro: [
      'Para personas de 16 años o más con calambres o espasmos. Úsela para usted u otra persona.',
      'Orienta, no diagnostica. Si tiene un plan de cuidado para esto, sígalo.',
      'Sus respuestas se quedan en este aparato. No se envían a nadie.',
    ],
    questionN: 'Pregunta {n}',
    continue: 'Continuar',
    back: 'Atrás',
    startAgain: 'Empezar de nuevo',
    chooseOne: 'Elija una respuesta para seguir.',
    chooseAny: 'Elija todo lo que aplique, o “Nada de esto”.',
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
    learnHeading: 'Sobre calambres y espasmos',
    rulesVersion: 'Reglas, versión {version}',
    deafHelp: '¿Es sordo, oye poco o no puede hablar? En muchas zonas puede mandar un texto al 911. También puede llamar al 911 con un TTY o su servicio de relevo.',
    clearedOthers: 'Se quitaron las otras opciones.',
    clearedNone: 'Se quitó “Nada de esto”.',
    print: 'Imprimir resumen',
    copy: 'Copiar resumen',
    copied: 'Resumen copiado.',
    copyFailed: 'No se pudo copiar. Use Imprimir.',
    summaryTitle: 'Revisión de calambres: resumen',
    summaryDate: 'Fecha: {date}',
    saidYes: 'Dijo que sí a:',
    saidNo: 'Dijo que no a:',
    notReviewed: 'Un clínico aún no ha revisado estas reglas.',
    reviewed: 'Reglas revisadas por {reviewer} el {date}. Próxima revisión: {next}.',
  },

  questions: {
    who: { text: '¿Para quién es esta revisión?', short: 'Para quién' },
    emergency: {
      text: 'Desde que empezaron los calambres, ¿ha tenido algo de esto, aunque ya haya pasado?',
      short: 'Señales de alarma',
    },
    where: { text: '¿Dónde está el calambre o espasmo?', hint: 'Elija todo lo que aplique.', short: 'Dónde' },
    'leg-swelling': {
      text: 'Compare ambos lados. ¿Hay un brazo o pierna hinchado (más grande), rojo, morado, más oscuro o caliente?',
      hint: 'En piel oscura, lo rojo se ve menos. Toque para sentir el calor.',
      short: 'Hinchazón',
    },
    'leg-signs': { text: '¿Pasa algo de esto en el brazo o la pierna?', short: 'Brazo o pierna' },
    'nerve-pain': { text: '¿Tiene algo de esto?', short: 'Nervios' },
    'nerve-signs': { text: 'Espalda o cuello: ¿pasa algo de esto?', short: 'Espalda o cuello' },
    medicines: { text: 'Medicinas, alcohol o drogas: ¿pasa algo de esto?', short: 'Medicinas' },
    'other-signs': { text: '¿Tiene algo de esto?', short: 'Otras señales' },
    dehydration: { text: 'Orinar y ponerse de pie: ¿qué describe mejor su caso?', short: 'Orinar y estar de pie' },
    heat: { text: 'Calambres que empezaron con calor: ¿pasa algo de esto?', short: 'Calor' },
    'tingling-risk': { text: '¿Algo de esto es su caso?', short: 'Hormigueo' },
    pattern: { text: '¿Qué describe los calambres?', short: 'Tipo de calambres' },
    background: { text: '¿Algo de esto es su caso?', short: 'Su salud' },
  },

  options: {
    who: { self: 'Yo (16 años o más)', 'someone-else': 'Otra persona de 16 años o más', child: 'Un menor de 16 años' },
    emergency: {
      'chest-pain': 'Dolor, presión u opresión en el pecho (puede pasar a brazo, mandíbula, cuello o espalda)',
      'heart-signs':
        'Dolor, presión o dolor como calambre en brazo, hombro o mandíbula, con sudor, náuseas, falta de aire o mareo',
      breathing: 'Dificultad para respirar, garganta apretada, respiración ruidosa o tos con sangre',
      'fainting-confusion': 'Desmayo, mucha confusión, mucho sueño o dificultad para despertar',
      'stroke-signs':
        'De repente (en minutos): debilidad o adormecimiento de cara, brazo o pierna de un lado, habla arrastrada, o pérdida de vista o equilibrio, aunque haya mejorado',
      'sudden-headache': 'Dolor de cabeza repentino y muy fuerte, el peor de su vida',
      seizure: 'Una convulsión',
      'jaw-swallowing':
        'Mandíbula trabada o muy difícil de abrir, espasmos que dificultan tragar o respirar, o cuerpo arqueado hacia atrás',
      'overheated-confused': 'Cuerpo muy caliente por calor o ejercicio, con confusión, habla sin sentido o dejó de sudar',
      'throat-tingling': 'Hormigueo en labios o dedos, con garganta apretada o voz cambiada',
      'neck-fever-headache':
        'Fiebre con cuello rígido (no puede bajar la barbilla al pecho), sarpullido que no se borra al apretarlo, o piel manchada, gris, pálida o azul',
      'cold-pale-limb':
        'Brazo, pierna, mano o pie que de repente se puso frío, pálido, blanco, azul o manchado (con o sin adormecimiento)',
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
        'Tras hueso roto, golpe fuerte, aplastamiento, yeso, férula, venda apretada u horas acostado sobre el brazo o la pierna: músculo muy tenso o duro, dolor mucho peor de lo esperado o en aumento, mucho dolor al mover los dedos, o adormecimiento u hormigueo',
      'one-sided-ache':
        'Dolor, o dolor al tocar, en una pantorrilla, muslo o brazo por más de un día o que empeora (no solo horas de molestia tras un calambre)',
      'exertion-swelling':
        'Tras ejercicio fuerte o nuevo: músculos muy hinchados, duros o débiles, o mucho más dolor de lo normal',
      'rest-pain-sores':
        'Dolor en el pie o sus dedos que sigue en reposo, no solo en un calambre; llaga que no sana; o dedos que se oscurecen',
      'walking-pain': 'Dolor como calambre en pantorrilla, muslo o nalga al caminar, que se quita tras minutos de descanso',
      'standing-pain': 'Dolor de pierna que crece al caminar o estar de pie más rato y se alivia al sentarse o inclinarse adelante',
      none: 'Nada de esto',
    },
    'nerve-pain': {
      radiating: 'Ardor, hormigueo, adormecimiento o dolor punzante que baja por un brazo o pierna',
      'limb-weakness':
        'Debilidad en un brazo, pierna o pie que apareció en horas o días (como pie que golpea el piso o se arrastra)',
      'both-legs':
        'Desde hace pocos días: debilidad, adormecimiento u hormigueo en ambas piernas (no el de hace tiempo, como por diabetes)',
      'saddle-bladder-bowel':
        'Desde que empezó el dolor: adormecimiento en partes íntimas, nalgas o entrepierna; problemas para empezar o parar de orinar, o escapes de orina; o no controlar las heces',
      none: 'Nada de esto',
    },
    'nerve-signs': {
      'serious-accident':
        'El dolor empezó tras caer de una altura o por escaleras, un choque en auto, bici o moto, o un golpe fuerte en la espalda o el cuello; o cualquier caída o golpe a los 65 años o más',
      'infection-risk':
        'Dolor de espalda o cuello con fiebre, y: se inyecta drogas, tiene defensas bajas, o cirugía o inyección en la columna en los últimos 3 meses',
      'sudden-severe': 'Dolor de espalda muy fuerte y repentino con dolor de abdomen, o un dolor como un desgarro',
      'fever-cancer-weight':
        'Dolor de espalda con fiebre, cáncer ahora o antes, pérdida de peso sin causa clara, dolor peor de noche o acostado, o bulto nuevo o cambio en la forma de la espalda',
      'severe-pain': 'Dolor que impide las tareas básicas del día, aun tomando analgésicos sin receta como se indica',
      none: 'Nada de esto',
    },
    medicines: {
      'twisting-after-medicine':
        'En la última semana empezó o aumentó una medicina para náuseas, vómitos o salud mental (como metoclopramida, proclorperazina, prometazina, haloperidol o risperidona), y ahora: cuello torcido, espasmos en mandíbula o lengua, u ojos volteados hacia arriba',
      'stiff-fever-after-medicine':
        'En las últimas 2 semanas empezó, aumentó o mezcló medicinas para salud mental, depresión, migraña o dolor (como antipsicóticos, antidepresivos o tramadol), o usó drogas recreativas, y ahora: músculos rígidos o con sacudidas, con fiebre, mucho sudor, temblor o mucha agitación',
      withdrawal:
        'En los últimos días dejó o redujo: beber mucho, pastillas para dormir o la ansiedad, baclofeno o medicina del Parkinson; y ahora: temblor, sudor, fiebre, espasmos mucho peores, o ve u oye cosas que no están',
      'statin-pain':
        'Toma estatinas (para el colesterol) y ahora: músculos débiles, o dolor muscular fuerte o en todo el cuerpo, también al tocar (no solo los calambres de siempre)',
      'quinine-bleeding':
        'Toma quinina, con moretones fáciles, sangrado de nariz o encías, sangre en orina o heces, o manchas raras en la piel',
      'new-medicine':
        'Calambres que empezaron tras iniciar o cambiar una medicina en los últimos 3 meses (como diuréticos, estatinas, inhaladores o pastillas para la presión)',
      none: 'Nada de esto',
    },
    'other-signs': {
      'dark-urine':
        'Orina oscura (color café, té o refresco de cola) o mucha menos que lo normal, con dolor o debilidad muscular',
      'heartbeat-weakness':
        'Desde hace poco, latidos muy rápidos, fuertes o irregulares, o pulso muy lento; o no puede levantarse ni alzar los brazos por debilidad',
      'fever-unwell':
        'Fiebre con: temblores que no paran, dolor fuerte en músculos de todo el cuerpo, muy poca orina en el día, defensas bajas (quimio, trasplante, esteroides en pastillas) o cirugía en las últimas 4 semanas',
      'wound-stiffness':
        'Herida (corte, pinchazo, mordida o quemadura) en las últimas 3 semanas, aun con vacunas del tétanos, y ahora: mandíbula, cuello, espalda o abdomen rígidos, o espasmos junto a la herida',
      'fluid-loss':
        'En los últimos 2 días: muchos vómitos, mucha diarrea, beber mucho menos de lo normal, u orinar mucho más con mucha sed',
      fever: 'Temperatura de 100.4 °F (38 °C) o más, o sensación de fiebre',
      'lip-finger-tingling':
        'Hormigueo alrededor de la boca o en la punta de los dedos, con calambres en manos o pies (los dedos se juntan)',
      wound:
        'Herida sucia o profunda (corte, pinchazo, mordida, rasguño o quemadura) en las últimas 3 semanas, y última vacuna del tétanos hace 5 años o más, o no se sabe',
      'heat-exercise':
        'Calambres que empezaron con calor: ejercicio o trabajo con clima caluroso, casa caliente u ola de calor',
      none: 'Nada de esto',
    },
    dehydration: {
      severe: 'Nada de orina, o solo gotas, en 12 horas o más; no puede estar de pie por mareo o debilidad; o desmayo',
      moderate: 'Nada de orina en 8 horas o más, mareo al ponerse de pie, o vomita todo lo que bebe',
      neither: 'Nada de esto',
    },
    heat: {
      collapse: 'Desmayo, o no puede estar de pie por mareo o debilidad',
      'over-an-hour': 'Los calambres llevan más de una hora aun con descanso, sombra y líquidos',
      'heart-low-salt': 'Problema del corazón (como insuficiencia cardíaca), o le dijeron que limite sal o líquidos',
      exhaustion:
        'Vómitos, sensación de desmayo, dolor de cabeza con náuseas, piel fría y pegajosa, muy poca orina, o empeora',
      none: 'Nada de esto',
    },
    'tingling-risk': {
      yes: 'Sí: en el último mes, cirugía del cuello (tiroides o paratiroides) o inyección o suero para los huesos (como denosumab o ácido zoledrónico); falla renal o diálisis; problema conocido de calcio bajo o de paratiroides; o cirugía para bajar de peso',
      'not-sure': 'No sé',
      no: 'No',
    },
    pattern: {
      'long-cramp': 'Un calambre que dura o duró más de 10 minutos, aun estirando o caminando',
      'cant-bear-weight': 'Tras el calambre, no puede apoyar la pierna, o hay dolor fuerte que no se calma',
      spreading: 'En los últimos 1 o 2 días: calambres que pasan a muchos músculos, o debilidad nueva',
      'wasting-twitching': 'En semanas o meses: músculos más delgados o débiles, o pequeños saltos bajo la piel',
      frequent: 'Varias veces a la semana o casi cada noche, afectan la vida diaria, o no mejoran con cuidados en casa',
      none: 'Nada de esto',
    },
    background: {
      pregnant: 'Embarazo, o parto en las últimas 6 semanas',
      'long-term-condition': 'Diabetes, o enfermedad de tiroides, hígado o riñones',
      'neuro-condition':
        'Problema de nervios o cerebro, como esclerosis múltiple, lesión de médula espinal, derrame cerebral, Parkinson o parálisis cerebral',
      dialysis: 'Recibe diálisis',
      'dialysis-missed': 'Recibe diálisis y esta semana faltó a una sesión o la acortó',
      alcohol: 'Más de 2 bebidas alcohólicas al día, la mayoría de los días',
      none: 'Nada de esto',
    },
  },

  reasons: {
    'who.child': 'Dijo que es para un menor de 16 años.',
    'where.belly': 'Dijo que los calambres son solo en el abdomen.',
    'where.chest': 'Dijo que el calambre es en el pecho.',
    'leg-swelling.yes': 'Dijo que un brazo o pierna está hinchado, rojo, oscuro o caliente.',
    'leg-swelling.not-sure': 'No sabía si un brazo o pierna estaba hinchado.',
    'dehydration.severe': 'Dijo que hay señales de pérdida grave de líquidos.',
    'dehydration.moderate': 'Dijo que hay señales de pérdida de líquidos.',
    'tingling-risk.yes': 'Dijo que hay hormigueo y un riesgo de la lista.',
    'tingling-risk.not-sure': 'Dijo que hay hormigueo y quizás un riesgo de la lista.',
  },

  levels: {
    emergency: {
      title: 'Pida ayuda de emergencia ahora',
      body: [
        'Llame al {number} ahora.',
        'No maneje al hospital. Espere a que llegue la ayuda.',
        {
          self: 'Mientras espera, deje la puerta sin llave y siéntese o acuéstese. Tenga a mano su lista de medicinas.',
          other:
            'Mientras espera, deje la puerta sin llave, quédese con la persona y ayúdela a sentarse o acostarse. Tenga a mano su lista de medicinas.',
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
        'Vaya a una clínica de urgencias o pida cita para hoy con su médico.',
        'Si nada más está abierto, vaya a una sala de emergencias.',
        'Si empeora, llame al {number}.',
      ],
    },
    appointment: {
      title: 'Haga una cita para los próximos días',
      body: ['Haga una cita para los próximos días.', 'Si empeora antes, revise otra vez o busque atención antes.'],
    },
    'self-care': {
      title: 'Probablemente se puede cuidar en casa',
      body: ['No hay señales de alarma en sus respuestas. Pruebe estos pasos.', 'Si algo cambia o empeora, revise de nuevo o busque ayuda.'],
    },
    'not-suitable': {
      title: 'Esta revisión no es para este caso',
      body: [
        'Aquí no podemos aconsejarle con seguridad. Consulte a un médico o enfermera y vea los consejos de abajo.',
        'Si cree que es una emergencia, llame al {number} ahora.',
      ],
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
    'no-supplements': [
      'No tome suplementos de potasio o magnesio sin indicación médica. Con problemas de riñón, pueden hacer daño.',
    ],
    'no-over-drinking': [
      'No beba en exceso al hacer ejercicio. Demasiada agua puede ser peligrosa.',
      'Beba si tiene sed. En ejercicio largo y sudoroso, una bebida deportiva ayuda a reponer sal.',
    ],
    'heat-stroke-first-aid': [
      {
        self: 'Mientras espera, vaya a un lugar fresco. Moje su piel y échese aire. No beba nada.',
        other: 'Mientras espera, lleve a la persona a un lugar fresco. Moje su piel y échele aire. No le dé nada de beber.',
      },
    ],
    'statin-dark-urine': ['Orina oscura al tomar estatinas: deje de tomarlas y busque atención ahora.'],
    quinine: [
      'La quinina no es para calambres. Puede causar sangrado grave y problemas del corazón.',
      'Úsela solo si un médico se la recetó tras hablar de los riesgos.',
    ],
    pregnancy: [
      'Estiramiento seguro en el embarazo: pierna recta, empuje suave el talón hacia abajo y deje subir los dedos. No jale los dedos.',
      'Avise a su equipo del embarazo si hay dolor nuevo en la pierna.',
      'Pierna roja e hinchada: necesita revisión hoy.',
    ],
    belly: [
      'Vaya a una sala de emergencias o llame al {number} si hay: dolor o sangrado con embarazo actual o posible; dolor fuerte o que empeora; vómito con sangre; heces negras; abdomen duro e hinchado; o fiebre.',
      'Si no, consulte a un médico.',
    ],
    child: [
      'Llame al {number} si a un niño le cuesta respirar o despertar, tiene convulsiones o mucho sueño, o cuello rígido con fiebre o sarpullido que no se borra al apretarlo.',
      'Si no, llame al médico del niño.',
    ],
  },

  selfCare: {
    steps: [
      'En un calambre, pare. Estire y frote el músculo con suavidad. Caminar puede ayudar.',
      'Si es en la pantorrilla, deje la pierna recta y jale suave los dedos del pie hacia la cara.',
      'El calor relaja el músculo; el hielo alivia el dolor luego. No los use en piel adormecida ni duerma con almohadilla eléctrica.',
      'Los analgésicos no quitan el calambre, pero alivian el dolor luego. Pregunte en la farmacia cuáles son seguros.',
      'Estirar suave a diario, como al acostarse, puede prevenir calambres.',
      'Beba lo suficiente. Si debe limitar líquidos, consulte antes a su equipo.',
    ],
    sooner: [
      'Un calambre dura más de 10 minutos, aun estirando',
      'Hinchazón, enrojecimiento o calor',
      'Debilidad o adormecimiento',
      'Los calambres vuelven o no dejan dormir',
      'Empezaron tras una medicina nueva',
      'Le preocupa. Confíe en lo que siente.',
    ],
  },

  learn: {
    sections: [
      {
        heading: 'Qué son los calambres',
        items: [
          'En un calambre, un músculo se tensa de repente, con dolor y sin control.',
          'Dura de segundos a unos 10 minutos.',
          'Es más común en pantorrilla, luego en pie y muslo.',
          'El músculo puede quedar adolorido hasta un día.',
          'La mayoría son de noche. Hasta 6 de cada 10 adultos los tienen.',
          'Casi siempre son inofensivos.',
        ],
      },
      {
        heading: 'Causas comunes',
        items: [
          'Forzar o cansar un músculo, o estar mucho rato en una posición.',
          'Perder mucho líquido y sal al sudar con ejercicio.',
          'Muchas veces no hay causa clara.',
          'Un nervio pinzado o columna estrecha puede dar dolor de pierna como calambre.',
          'Los minerales bajos importan más con diuréticos, vómitos, diarrea, mucho sudor o enfermedad de riñón o hígado. Pida un análisis de sangre, no suplementos.',
          'Algunas medicinas: diuréticos, estatinas, y ciertos inhaladores o pastillas para la presión. No deje ninguna sin hablar con su médico.',
        ],
      },
      {
        heading: 'Quién los tiene más',
        items: [
          'Adultos mayores, que pierden músculo con la edad.',
          'Personas embarazadas o que hacen ejercicio o trabajan con calor.',
          'Personas con diabetes, diálisis o problemas de tiroides, hígado, riñones o nervios.',
          'Quienes beben mucho alcohol o pasan mucho rato sentados.',
        ],
      },
      {
        heading: 'Señales de alarma',
        items: [
          'Una pierna o brazo hinchado, rojo o caliente. Puede ser un coágulo de sangre.',
          'Dolor de pecho o falta de aire.',
          'Pierna o brazo que se pone frío y pálido.',
          'Debilidad o adormecimiento nuevos.',
          'Orina oscura con dolor muscular.',
          'Mandíbula rígida tras una herida.',
          'Calambres con fiebre, o confusión con el calor.',
          'Busque atención: use la revisión de arriba o llame al {number}.',
        ],
      },
      {
        heading: 'Aliviar un calambre',
        items: [
          'Estire y frote el músculo con suavidad.',
          'En la pantorrilla, estire la pierna y jale los dedos hacia arriba.',
          'Camine, o use calor: una toalla tibia o un baño caliente.',
        ],
      },
      {
        heading: 'Prevenir calambres',
        items: [
          'Estirar a diario, como al acostarse, puede ayudar, aunque no a todos.',
          'Haga calentamiento y aumente el ejercicio poco a poco.',
          'Beba cuando tenga sed, y más con calor. Sin exagerar.',
          'No se recomiendan quinina ni magnesio para calambres comunes.',
        ],
      },
    ],
  },
} as const satisfies Messages;

export default es;
