import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addDays, isoWeekday, laPazToday } from '@campus/domain';
import type { CourseCertificateKind, CourseStatus, Modality, ProficiencyLevel, QuestionKind } from '@campus/domain';
import { refreshCourseSearchDocument } from '../../modules/courses/course-search-document';

/**
 * Demo catalogue: courses drawn from the EGM's programme (DESIGN.md) with content (pages, video
 * links, a quiz with every kind of question), cohorts dated relative to the day the seed runs (so
 * the catalogue always has open enrolments, one cohort opening later and past ones), weekly
 * sessions, the demo facilitator on several cohorts and a few enrolled demo participants.
 * Video links are examples (YouTube addresses of the right shape); there are no file activities
 * (the seed does not write to storage).
 */

type CohortKind = 'open' | 'upcoming' | 'past' | 'cancelled';

interface DemoCohort {
  kind: CohortKind;
  /** Days added to the kind's dates, so cohorts of different courses do not all start the same day. */
  shift: number;
  parallel?: string;
  modality?: Modality;
  venue: string;
  capacity: number;
  facilitated: boolean;
  /** Demo participants already holding a place (status `enrolled`). */
  enrolled?: number;
}

interface DemoQuestion {
  kind: QuestionKind;
  prompt: string;
  /** Choices; the correct ones start with `*`. */
  options?: string[];
  accepted?: string[];
  feedback?: string;
}

interface DemoModule {
  title: string;
  summary: string;
  page: { title: string; body: string; minutes: number };
  video?: { title: string; url: string; body: string; minutes: number; required?: boolean };
}

interface DemoCourse {
  code: string;
  title: string;
  summary: string;
  description: string;
  area: string;
  subArea: string;
  modality: Modality;
  hours: number;
  certificate: CourseCertificateKind;
  endorsement: boolean;
  sdg: string[];
  status: CourseStatus;
  competencies: [code: string, level: ProficiencyLevel][];
  prerequisites?: string[];
  modules: DemoModule[];
  quiz: DemoQuestion[];
  cohorts: DemoCohort[];
}

const AULA_1 = 'Aula EGM 1, Edificio Tobías';
const AULA_2 = 'Aula EGM 2, Edificio Tobías';
const VIRTUAL = 'Plataforma virtual';

export const DEMO_COURSES: DemoCourse[] = [
  {
    code: 'GRD-150',
    title: 'Gestión de Riesgos de Desastres',
    summary:
      'Herramientas para identificar amenazas y vulnerabilidades del municipio, elaborar mapas de riesgo y planes de contingencia, y coordinar la respuesta a emergencias.',
    description: `## Objetivo

Fortalecer las capacidades de las servidoras y servidores municipales para **reducir el riesgo de desastres** y responder a emergencias, en el marco de la Ley 602 de Gestión de Riesgos y del Marco de Sendai.

## ¿A quién está dirigido?

Personal de las unidades de gestión de riesgos, obras públicas, planificación, medio ambiente y Guardia Municipal de La Paz y de los municipios con convenio.

## Metodología

- Sesiones presenciales con análisis de casos de La Paz (deslizamientos, riadas, granizadas).
- Trabajo práctico: cada participante elabora el mapa de riesgo de un distrito o comunidad.
- Módulos virtuales con lecturas, videos y una evaluación final.

## Resultado

Un **plan de contingencia** municipal revisado por el equipo facilitador.`,
    area: 'A08',
    subArea: 'A08.2',
    modality: 'blended',
    hours: 60,
    certificate: 'approval',
    endorsement: true,
    sdg: ['11.5', '13.1', '11.b'],
    status: 'published',
    competencies: [
      ['A08.2.1', 2],
      ['A08.2.2', 2],
      ['A08.3.1', 1],
    ],
    modules: [
      {
        title: 'Conceptos y marco normativo',
        summary: 'Amenaza, vulnerabilidad y riesgo; la Ley 602 y el Marco de Sendai.',
        page: {
          title: 'Amenaza, vulnerabilidad y riesgo',
          minutes: 30,
          body: `El **riesgo** es la probabilidad de que una amenaza cause daños a una población vulnerable.

- **Amenaza:** un fenómeno natural o provocado (lluvias intensas, deslizamientos, sismos).
- **Vulnerabilidad:** las condiciones que hacen a una comunidad susceptible al daño.
- **Capacidad:** los recursos con que cuenta el municipio para reducir el riesgo y responder.

La Ley 602 asigna a los gobiernos autónomos municipales la gestión de riesgos en su jurisdicción.`,
        },
        video: {
          title: 'El Marco de Sendai en cinco minutos',
          url: 'https://www.youtube.com/watch?v=Sendai2015a',
          minutes: 10,
          body: 'Observe las cuatro prioridades de acción y anote cuál aplica a su unidad.',
        },
      },
      {
        title: 'Mapas de riesgo',
        summary: 'Identificación de zonas de riesgo con información catastral y comunitaria.',
        page: {
          title: 'Cómo elaborar un mapa de riesgo municipal',
          minutes: 45,
          body: `1. Reúna la información existente: catastro, eventos pasados, estudios geológicos.
2. Recorra el territorio con la comunidad y registre las amenazas.
3. Califique la vulnerabilidad por manzano o comunidad.
4. Combine amenaza y vulnerabilidad en niveles de riesgo (bajo, medio, alto).

> Un mapa de riesgo es útil solo si se actualiza y se comparte con la población.`,
        },
        video: {
          title: 'Experiencia de La Paz: zonas de riesgo en laderas',
          url: 'https://www.youtube.com/watch?v=LadrasLPZ01',
          minutes: 15,
          body: 'Un recorrido por las laderas de La Paz y su sistema de alerta temprana.',
          required: false,
        },
      },
      {
        title: 'Plan de contingencia y respuesta',
        summary: 'Organización del Comité de Operaciones de Emergencia y evaluación final.',
        page: {
          title: 'El plan de contingencia',
          minutes: 40,
          body: `Un plan de contingencia define **quién hace qué** ante un evento concreto:

- escenarios de riesgo priorizados;
- el Comité de Operaciones de Emergencia Municipal (COEM) y sus mesas técnicas;
- rutas de evacuación, albergues y stock de ayuda humanitaria;
- protocolos de alerta y comunicación a la población.`,
        },
      },
    ],
    quiz: [
      {
        kind: 'single_choice',
        prompt: '¿Qué norma boliviana regula la gestión de riesgos?',
        options: ['*Ley 602', 'Ley 1178', 'Ley 482'],
        feedback: 'La Ley 602 de Gestión de Riesgos (2014).',
      },
      {
        kind: 'multiple_choice',
        prompt: '¿Qué elementos combina un mapa de riesgo?',
        options: ['*Amenazas', '*Vulnerabilidad', 'Presupuesto de inversión', 'Organigrama municipal'],
      },
      { kind: 'true_false', prompt: 'El riesgo existe aunque no haya población ni bienes expuestos.', options: ['Verdadero', '*Falso'] },
      {
        kind: 'short_answer',
        prompt: 'Sigla del comité que coordina la respuesta a emergencias en el municipio.',
        accepted: ['COEM', 'Comité de Operaciones de Emergencia Municipal'],
      },
    ],
    cohorts: [
      { kind: 'open', shift: 0, venue: AULA_1, capacity: 25, facilitated: true, enrolled: 21 },
      { kind: 'open', shift: 0, parallel: 'B', modality: 'online', venue: VIRTUAL, capacity: 40, facilitated: false, enrolled: 6 },
      { kind: 'upcoming', shift: 10, venue: AULA_1, capacity: 30, facilitated: true },
      { kind: 'past', shift: 0, venue: AULA_1, capacity: 30, facilitated: true },
    ],
  },
  {
    code: 'GDL-101',
    title: 'Gestión del Desarrollo Local',
    summary:
      'Planificación territorial de desarrollo integral articulada con los ODS: diagnóstico, visión, programas y seguimiento del plan municipal.',
    description: `## Objetivo

Que cada participante sepa **formular, articular y dar seguimiento** al Plan Territorial de Desarrollo Integral (PTDI) de su municipio, articulado con la Agenda Patriótica y los Objetivos de Desarrollo Sostenible.

## Contenido

- Enfoque de desarrollo local y actores del territorio.
- Diagnóstico territorial participativo, incorporando la gestión de riesgos y el cambio climático.
- Programación de resultados y acciones; articulación con el presupuesto.
- Indicadores y seguimiento.

## Modalidad

Semipresencial: una sesión presencial por semana y trabajo en la plataforma.`,
    area: 'A02',
    subArea: 'A02.1',
    modality: 'blended',
    hours: 80,
    certificate: 'approval',
    endorsement: true,
    sdg: ['11.3', '16.7', '17.17'],
    status: 'published',
    competencies: [
      ['A02.1.1', 2],
      ['A02.1.2', 2],
      ['A02.2.1', 1],
    ],
    modules: [
      {
        title: 'El desarrollo local y sus actores',
        summary: 'Qué entendemos por desarrollo local y quiénes lo construyen.',
        page: {
          title: 'Desarrollo local: conceptos básicos',
          minutes: 30,
          body: `El **desarrollo local** es un proceso concertado entre el gobierno municipal, las organizaciones sociales y el sector privado para mejorar la calidad de vida en el territorio.

Actores clave: juntas vecinales, organizaciones territoriales de base, sector productivo, universidades y el nivel central del Estado.`,
        },
        video: {
          title: 'Desarrollo local en ciudades intermedias',
          url: 'https://www.youtube.com/watch?v=DesLocal101',
          minutes: 12,
          body: 'Identifique tres actores del video que también existen en su municipio.',
        },
      },
      {
        title: 'El PTDI paso a paso',
        summary: 'Diagnóstico, políticas, programación y presupuesto plurianual.',
        page: {
          title: 'Estructura del Plan Territorial de Desarrollo Integral',
          minutes: 45,
          body: `1. **Enfoque político:** visión del municipio.
2. **Diagnóstico:** población, economía, servicios, riesgos.
3. **Políticas y lineamientos** articulados con el Plan de Desarrollo Económico y Social.
4. **Planificación:** resultados, acciones, territorialización y presupuesto a cinco años.`,
        },
      },
    ],
    quiz: [
      {
        kind: 'single_choice',
        prompt: '¿Cada cuántos años se formula el PTDI?',
        options: ['Cada año', '*Cada cinco años', 'Cada diez años'],
      },
      {
        kind: 'multiple_choice',
        prompt: '¿Qué partes incluye un PTDI?',
        options: ['*Diagnóstico', '*Planificación de resultados y acciones', 'Manual de funciones del personal'],
      },
      { kind: 'true_false', prompt: 'El PTDI se articula con los Objetivos de Desarrollo Sostenible.', options: ['*Verdadero', 'Falso'] },
      { kind: 'short_answer', prompt: 'Sigla del Plan Territorial de Desarrollo Integral.', accepted: ['PTDI'] },
    ],
    cohorts: [
      { kind: 'open', shift: 4, venue: AULA_1, capacity: 35, facilitated: true, enrolled: 9 },
      { kind: 'past', shift: 14, venue: AULA_1, capacity: 35, facilitated: true },
    ],
  },
  {
    code: 'FIN-201',
    title: 'Finanzas Municipales',
    summary:
      'Formulación y ejecución del Programa Operativo Anual y del presupuesto municipal con el sistema de gestión pública, paso a paso.',
    description: `## Objetivo

Manejar el ciclo presupuestario municipal: **formulación del POA y del presupuesto**, ejecución, modificaciones y cierre, con la normativa vigente.

## Contenido

- Sistema de Programación de Operaciones y Sistema de Presupuesto.
- Fuentes de financiamiento: coparticipación tributaria, IDH, recursos propios.
- Ejecución y reformulación presupuestaria.
- Rendición de cuentas sobre la ejecución.

Curso virtual: se avanza a su ritmo, con tres sesiones sincrónicas de consulta.`,
    area: 'A03',
    subArea: 'A03.1',
    modality: 'online',
    hours: 60,
    certificate: 'approval',
    endorsement: true,
    sdg: ['16.6', '17.1'],
    status: 'published',
    competencies: [
      ['A03.1.1', 2],
      ['A03.1.2', 2],
    ],
    modules: [
      {
        title: 'El ciclo presupuestario',
        summary: 'Del POA al presupuesto aprobado.',
        page: {
          title: 'Programa Operativo Anual y presupuesto',
          minutes: 40,
          body: `El **POA** traduce el PTDI en operaciones de un año; el **presupuesto** asigna recursos a esas operaciones.

Calendario típico: formulación (julio–septiembre), aprobación por el Concejo Municipal, presentación al Ministerio de Economía y Finanzas Públicas.`,
        },
        video: {
          title: 'Fuentes de financiamiento municipal',
          url: 'https://www.youtube.com/watch?v=FinMunic201',
          minutes: 14,
          body: 'Repase las principales fuentes: coparticipación, IDH y recursos propios.',
        },
      },
      {
        title: 'Ejecución y modificaciones',
        summary: 'Traspasos, reformulados y cierre de gestión.',
        page: {
          title: 'Modificaciones presupuestarias',
          minutes: 35,
          body: `Las modificaciones presupuestarias (traspasos intrainstitucionales, incrementos y reformulados) requieren **justificación técnica** y, según el caso, aprobación del Concejo.

Registre cada modificación con su respaldo: la auditoría interna lo revisará.`,
        },
      },
    ],
    quiz: [
      {
        kind: 'single_choice',
        prompt: '¿Quién aprueba el presupuesto municipal?',
        options: ['El alcalde por sí solo', '*El Concejo Municipal', 'La Contraloría'],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Son fuentes de financiamiento municipal:',
        options: ['*Coparticipación tributaria', '*Impuesto Directo a los Hidrocarburos', 'Donaciones privadas a funcionarios'],
      },
      { kind: 'true_false', prompt: 'Un traspaso presupuestario no necesita justificación técnica.', options: ['Verdadero', '*Falso'] },
      { kind: 'short_answer', prompt: 'Sigla del Programa Operativo Anual.', accepted: ['POA'] },
    ],
    cohorts: [
      { kind: 'open', shift: 10, venue: VIRTUAL, capacity: 40, facilitated: true, enrolled: 4 },
      { kind: 'upcoming', shift: 20, venue: VIRTUAL, capacity: 40, facilitated: false },
    ],
  },
  {
    code: 'FIN-202',
    title: 'Recaudación de ingresos propios y cultura tributaria',
    summary:
      'Cómo administrar impuestos, tasas y patentes municipales y diseñar campañas de cultura tributaria que aumenten la recaudación.',
    description: `## Objetivo

Mejorar la **recaudación de ingresos propios** del municipio con una administración tributaria ordenada y campañas de cultura tributaria.

## Requisito

Haber aprobado *Finanzas Municipales* (FIN-201).

## Contenido

- Impuestos municipales a la propiedad de inmuebles y vehículos.
- Tasas y patentes: costeo y actualización.
- Fiscalización y cobranza.
- Cultura tributaria: campañas e incentivos.`,
    area: 'A03',
    subArea: 'A03.2',
    modality: 'online',
    hours: 40,
    certificate: 'approval',
    endorsement: true,
    sdg: ['17.1', '16.6'],
    status: 'published',
    competencies: [
      ['A03.2.1', 2],
      ['A03.2.2', 1],
    ],
    prerequisites: ['FIN-201'],
    modules: [
      {
        title: 'Ingresos propios del municipio',
        summary: 'Impuestos, tasas y patentes de dominio municipal.',
        page: {
          title: 'Qué recauda el municipio',
          minutes: 30,
          body: `Los municipios administran el impuesto a la propiedad de bienes inmuebles, el de vehículos automotores y el de transferencias, además de **tasas** (por servicios) y **patentes** (por actividades).`,
        },
        video: {
          title: 'Cultura tributaria: experiencias municipales',
          url: 'https://www.youtube.com/watch?v=CultTribu22',
          minutes: 11,
          body: 'Tome nota de dos incentivos que podría aplicar en su municipio.',
        },
      },
      {
        title: 'Campañas de cultura tributaria',
        summary: 'Diseño, comunicación y evaluación de campañas.',
        page: {
          title: 'Diseñar una campaña de cultura tributaria',
          minutes: 35,
          body: `Una buena campaña explica **en qué se invierte lo recaudado**, facilita el pago (plataformas, descuentos por pronto pago) y mide sus resultados.`,
        },
      },
    ],
    quiz: [
      {
        kind: 'single_choice',
        prompt: '¿Qué es una tasa municipal?',
        options: ['*Un pago por un servicio que presta el municipio', 'Un impuesto nacional', 'Una multa'],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Son impuestos de dominio municipal:',
        options: ['*A la propiedad de bienes inmuebles', '*A la propiedad de vehículos automotores', 'Al valor agregado (IVA)'],
      },
      { kind: 'true_false', prompt: 'Informar en qué se invierte lo recaudado mejora la cultura tributaria.', options: ['*Verdadero', 'Falso'] },
      { kind: 'short_answer', prompt: '¿Qué se paga por ejercer una actividad económica en el municipio?', accepted: ['patente', 'patentes'] },
    ],
    cohorts: [{ kind: 'upcoming', shift: 0, venue: VIRTUAL, capacity: 40, facilitated: false }],
  },
  {
    code: 'TCC-110',
    title: 'Transformación Constructiva de Conflictos',
    summary:
      'Análisis de conflictos sociales en el ámbito municipal y herramientas de diálogo, negociación y mediación para transformarlos.',
    description: `## Objetivo

Desarrollar habilidades para **analizar y transformar conflictos** entre el gobierno municipal, las organizaciones sociales y la ciudadanía, por medio del diálogo.

## Metodología

Taller presencial y vivencial: juegos de roles, análisis de casos reales de La Paz y El Alto y práctica de mediación.

## Dirigido a

Personal de atención ciudadana, participación y control social, Guardia Municipal y unidades que tratan con juntas vecinales.`,
    area: 'A01',
    subArea: 'A01.3',
    modality: 'in_person',
    hours: 40,
    certificate: 'approval',
    endorsement: true,
    sdg: ['16.7', '16.1'],
    status: 'published',
    competencies: [
      ['A01.3.2', 2],
      ['A01.3.1', 1],
    ],
    modules: [
      {
        title: 'Entender el conflicto',
        summary: 'Actores, intereses y escalada.',
        page: {
          title: 'Mapa de actores e intereses',
          minutes: 30,
          body: `Detrás de cada **posición** hay **intereses** y **necesidades**. El mapa de actores ayuda a ver quién participa, qué quiere y qué relación tiene con los demás.`,
        },
        video: {
          title: 'La escalada de un conflicto',
          url: 'https://www.youtube.com/watch?v=EscaladaTCC',
          minutes: 9,
          body: 'Identifique en qué momento el conflicto del video pudo desescalar.',
        },
      },
      {
        title: 'Diálogo y mediación',
        summary: 'Escucha activa, negociación basada en intereses y acuerdos.',
        page: {
          title: 'Herramientas de diálogo',
          minutes: 40,
          body: `- **Escucha activa:** parafrasear y preguntar antes de responder.
- **Negociación por intereses:** separar a las personas del problema.
- **Acuerdos verificables:** qué, quién, cuándo y cómo se hará seguimiento.`,
        },
      },
    ],
    quiz: [
      {
        kind: 'single_choice',
        prompt: 'La negociación basada en intereses propone:',
        options: ['*Separar a las personas del problema', 'Ganar a toda costa', 'Evitar cualquier reunión'],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Son herramientas de diálogo:',
        options: ['*Escucha activa', '*Parafraseo', 'Amenaza de sanción'],
      },
      { kind: 'true_false', prompt: 'Un conflicto siempre es negativo y debe suprimirse.', options: ['Verdadero', '*Falso'] },
      { kind: 'short_answer', prompt: '¿Cómo se llama la persona neutral que facilita un acuerdo entre partes?', accepted: ['mediador', 'mediadora'] },
    ],
    cohorts: [
      { kind: 'open', shift: 7, venue: AULA_2, capacity: 25, facilitated: true, enrolled: 12 },
      { kind: 'past', shift: 30, venue: AULA_2, capacity: 25, facilitated: true },
    ],
  },
  {
    code: 'TRC-120',
    title: 'Transparencia y Rendición Pública de Cuentas',
    summary:
      'Organización de audiencias de rendición pública de cuentas y publicación de información pública accesible y oportuna.',
    description: `## Objetivo

Que las unidades municipales organicen **audiencias de rendición pública de cuentas** inicial y final y publiquen información de forma accesible, como manda la Ley 341 de Participación y Control Social.

## Contenido

- Derecho de acceso a la información pública.
- Preparación de la audiencia: convocatoria, informe, metodología.
- Publicación de datos abiertos y portal de transparencia.
- Ética pública y prevención de la corrupción.`,
    area: 'A01',
    subArea: 'A01.2',
    modality: 'blended',
    hours: 48,
    certificate: 'approval',
    endorsement: true,
    sdg: ['16.6', '16.10', '16.7'],
    status: 'published',
    competencies: [
      ['A01.2.1', 2],
      ['A01.2.2', 2],
      ['A01.4.1', 1],
    ],
    modules: [
      {
        title: 'Derecho a la información',
        summary: 'Qué información es pública y cómo entregarla.',
        page: {
          title: 'Información pública y datos abiertos',
          minutes: 30,
          body: `Toda información del gobierno municipal es **pública** salvo las excepciones de ley. Publicarla en formatos abiertos permite que la ciudadanía la reutilice.`,
        },
        video: {
          title: 'Portales de transparencia municipal',
          url: 'https://www.youtube.com/watch?v=TranspPort1',
          minutes: 10,
          body: 'Compare el portal del video con el de su municipio.',
        },
      },
      {
        title: 'La audiencia de rendición de cuentas',
        summary: 'Preparación, desarrollo y seguimiento de compromisos.',
        page: {
          title: 'Organizar una audiencia',
          minutes: 45,
          body: `1. Convocar con anticipación y por medios accesibles.
2. Preparar un informe claro: metas, ejecución física y financiera.
3. Moderar el diálogo y registrar las observaciones.
4. Publicar el acta y hacer seguimiento a los compromisos.`,
        },
      },
    ],
    quiz: [
      {
        kind: 'single_choice',
        prompt: '¿Qué ley regula la participación y el control social en Bolivia?',
        options: ['*Ley 341', 'Ley 602', 'Ley 031'],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Un informe de rendición de cuentas debe incluir:',
        options: ['*Metas y resultados', '*Ejecución presupuestaria', 'Datos personales de los funcionarios'],
      },
      { kind: 'true_false', prompt: 'La rendición de cuentas se hace al menos dos veces al año (inicial y final).', options: ['*Verdadero', 'Falso'] },
      { kind: 'short_answer', prompt: '¿Qué documento registra las observaciones de la audiencia?', accepted: ['acta', 'el acta'] },
    ],
    cohorts: [
      { kind: 'open', shift: 2, venue: AULA_1, capacity: 30, facilitated: true, enrolled: 10 },
      { kind: 'cancelled', shift: 2, parallel: 'B', venue: AULA_2, capacity: 30, facilitated: false },
    ],
  },
  {
    code: 'GEN-130',
    title: 'Equidad de género en la gestión municipal',
    summary:
      'Incorporación del enfoque de género en políticas, programas y presupuestos municipales, y prevención de la violencia en razón de género.',
    description: `## Objetivo

Aplicar el **enfoque de género** en el ciclo de la gestión municipal: diagnóstico, planificación, presupuesto sensible al género y seguimiento.

## Contenido

- Conceptos: igualdad, equidad, división sexual del trabajo.
- Presupuestos sensibles al género.
- Servicios Legales Integrales Municipales (SLIM) y la Ley 348.
- Participación política de las mujeres en el municipio.`,
    area: 'A10',
    subArea: 'A10.2',
    modality: 'online',
    hours: 40,
    certificate: 'approval',
    endorsement: false,
    sdg: ['5.5', '5.1', '5.2'],
    status: 'published',
    competencies: [
      ['A10.2.1', 2],
      ['A10.2.2', 1],
    ],
    modules: [
      {
        title: 'Enfoque de género',
        summary: 'Conceptos básicos para la gestión pública.',
        page: {
          title: 'Igualdad y equidad de género',
          minutes: 30,
          body: `La **igualdad** es el fin; la **equidad** son las medidas para alcanzarla, reconociendo que mujeres y hombres parten de condiciones distintas.`,
        },
        video: {
          title: 'Presupuestos sensibles al género',
          url: 'https://www.youtube.com/watch?v=GeneroPres5',
          minutes: 13,
          body: 'Identifique una partida de su presupuesto que podría analizarse con enfoque de género.',
        },
      },
      {
        title: 'Prevención de la violencia',
        summary: 'La Ley 348 y el rol del SLIM.',
        page: {
          title: 'El Servicio Legal Integral Municipal',
          minutes: 35,
          body: `El **SLIM** brinda apoyo legal, psicológico y social a mujeres en situación de violencia. El municipio debe garantizar su personal, infraestructura y presupuesto.`,
        },
      },
    ],
    quiz: [
      {
        kind: 'single_choice',
        prompt: '¿Qué ley garantiza a las mujeres una vida libre de violencia?',
        options: ['*Ley 348', 'Ley 341', 'Ley 482'],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Son servicios del SLIM:',
        options: ['*Apoyo legal', '*Apoyo psicológico', 'Cobro de impuestos'],
      },
      { kind: 'true_false', prompt: 'Equidad e igualdad significan exactamente lo mismo.', options: ['Verdadero', '*Falso'] },
      { kind: 'short_answer', prompt: 'Sigla del Servicio Legal Integral Municipal.', accepted: ['SLIM'] },
    ],
    cohorts: [
      { kind: 'open', shift: 12, venue: VIRTUAL, capacity: 40, facilitated: true, enrolled: 3 },
      { kind: 'upcoming', shift: 5, venue: VIRTUAL, capacity: 40, facilitated: true },
    ],
  },
  {
    code: 'CEB-140',
    title: 'Cultura ciudadana: Programa Cebras',
    summary:
      'La experiencia de las Cebras de La Paz: educación vial, convivencia y corresponsabilidad ciudadana para replicarla en otros municipios.',
    description: `## Objetivo

Conocer y adaptar la metodología del **Programa Cebras** del Gobierno Autónomo Municipal de La Paz, que desde 2001 promueve la educación vial y la cultura ciudadana con jóvenes voluntarios.

## Contenido

- Historia y principios del programa.
- Metodología lúdica: intervenciones en calles, escuelas y mercados.
- Diseño de una campaña de cultura ciudadana para su municipio.

Incluye una salida de campo con las Cebras en el centro de La Paz.`,
    area: 'A11',
    subArea: 'A11.1',
    modality: 'in_person',
    hours: 32,
    certificate: 'participation',
    endorsement: false,
    sdg: ['11.2', '16.1', '4.7'],
    status: 'published',
    competencies: [
      ['A11.1.1', 2],
      ['A07.3.1', 1],
    ],
    modules: [
      {
        title: 'El Programa Cebras',
        summary: 'Origen, principios y resultados.',
        page: {
          title: 'Historia de las Cebras',
          minutes: 25,
          body: `Las **Cebras** nacieron en La Paz en 2001 para enseñar a cruzar la calle con alegría. Hoy son un símbolo de la ciudad y un modelo de cultura ciudadana replicado en otras ciudades.`,
        },
        video: {
          title: 'Las Cebras en las calles de La Paz',
          url: 'https://www.youtube.com/watch?v=CebrasLPZ01',
          minutes: 8,
          body: 'Observe cómo las Cebras se acercan a peatones y conductores.',
        },
      },
      {
        title: 'Diseñar una campaña',
        summary: 'De un problema de convivencia a una intervención lúdica.',
        page: {
          title: 'Pasos de una campaña de cultura ciudadana',
          minutes: 35,
          body: `1. Elegir un comportamiento a cambiar (cruzar por la esquina, no botar basura).
2. Diseñar una intervención lúdica y respetuosa.
3. Formar a los voluntarios.
4. Medir el cambio antes y después.`,
        },
      },
    ],
    quiz: [
      {
        kind: 'single_choice',
        prompt: '¿En qué año nació el Programa Cebras?',
        options: ['1995', '*2001', '2015'],
      },
      {
        kind: 'multiple_choice',
        prompt: 'Una campaña de cultura ciudadana debería:',
        options: ['*Ser lúdica y respetuosa', '*Medir el cambio de comportamiento', 'Sancionar sin explicar'],
      },
      { kind: 'true_false', prompt: 'Las Cebras trabajan con jóvenes voluntarios.', options: ['*Verdadero', 'Falso'] },
      { kind: 'short_answer', prompt: '¿Qué animal da nombre al programa?', accepted: ['cebra', 'la cebra', 'cebras'] },
    ],
    cohorts: [
      { kind: 'open', shift: 5, venue: AULA_2, capacity: 30, facilitated: false, enrolled: 7 },
      { kind: 'past', shift: 45, venue: AULA_2, capacity: 30, facilitated: false },
    ],
  },
  {
    code: 'CAT-210',
    title: 'Catastro multifinalitario y sistemas de información geográfica',
    summary: 'Gestión del catastro urbano y rural con SIG libre: levantamiento, actualización y uso para la recaudación y la planificación.',
    description: `## En preparación

Curso en diseño por la coordinación académica.`,
    area: 'A04',
    subArea: 'A04.2',
    modality: 'blended',
    hours: 60,
    certificate: 'approval',
    endorsement: true,
    sdg: ['11.3'],
    status: 'draft',
    competencies: [
      ['A04.2.1', 2],
      ['A04.2.2', 2],
    ],
    modules: [],
    quiz: [],
    cohorts: [],
  },
  {
    code: 'RSU-090',
    title: 'Gestión integral de residuos sólidos (plan 2023)',
    summary: 'Planificación de la gestión integral de residuos sólidos y promoción de la separación en origen. Versión anterior del curso.',
    description: `Curso dictado en 2023, reemplazado por el nuevo plan de estudios de servicios básicos.`,
    area: 'A06',
    subArea: 'A06.2',
    modality: 'in_person',
    hours: 40,
    certificate: 'participation',
    endorsement: true,
    sdg: ['11.6', '12.5'],
    status: 'archived',
    competencies: [
      ['A06.2.1', 2],
      ['A06.2.2', 1],
    ],
    modules: [
      {
        title: 'Residuos sólidos en el municipio',
        summary: 'Generación, recolección y disposición final.',
        page: {
          title: 'La Ley 755 de Gestión Integral de Residuos',
          minutes: 30,
          body: 'La Ley 755 promueve la reducción, separación en origen, aprovechamiento y disposición final segura de los residuos.',
        },
      },
    ],
    quiz: [{ kind: 'true_false', prompt: 'La separación en origen reduce lo que llega al relleno sanitario.', options: ['*Verdadero', 'Falso'] }],
    cohorts: [{ kind: 'past', shift: -200, venue: AULA_1, capacity: 30, facilitated: false }],
  },
];

/** Dates of a cohort of this kind, relative to `today` (La Paz). */
const cohortDates = (kind: CohortKind, shift: number, today: string) => {
  const at = (days: number) => addDays(today, days + shift);
  switch (kind) {
    case 'open': // window open since last week, starting in 2–4 weeks
      return { opens: addDays(today, -6), closes: at(10), starts: at(14), ends: at(14 + 55) };
    case 'upcoming': // window opens in about a month
      return { opens: at(25), closes: at(45), starts: at(52), ends: at(52 + 55) };
    case 'cancelled':
      return { opens: addDays(today, -3), closes: at(10), starts: at(18), ends: at(18 + 40) };
    case 'past':
      return { opens: at(-160), closes: at(-135), starts: at(-125), ends: at(-125 + 55) };
  }
};

/**
 * Weekly time slots (La Paz time) handed to cohorts in turn, so that the demo facilitator and the
 * EGM classrooms are never double-booked: each slot has its days and hours.
 */
const SLOTS: { days: number[]; start: string; end: string }[] = [
  { days: [2, 4], start: '18:30', end: '21:00' },
  { days: [1, 3], start: '18:30', end: '21:00' },
  { days: [2, 4], start: '14:30', end: '17:00' },
  { days: [1, 3], start: '14:30', end: '17:00' },
  { days: [2, 4], start: '08:30', end: '11:00' },
  { days: [1, 3], start: '08:30', end: '11:00' },
  { days: [5], start: '14:30', end: '18:30' },
  { days: [6], start: '08:30', end: '12:30' },
  { days: [5], start: '08:30', end: '12:30' },
];

/** Days (mm-dd) without classes: national holidays with a fixed date, and Christmas and New Year's eves. */
const NO_CLASS_DAYS = new Set(['01-01', '01-22', '05-01', '06-21', '08-06', '11-02', '12-24', '12-25', '12-31']);

/** An instant (ISO, UTC) from a La Paz date and time: La Paz is UTC-4 all year. */
const laPazInstant = (date: string, time: string): string => new Date(`${date}T${time}:00-04:00`).toISOString();

/**
 * The sessions of a cohort in its slot: every slot day for in-person cohorts (up to 12), the first
 * slot day for blended ones (up to 6), and the last slot day every other week for online ones (3
 * consultations).
 */
const sessionDates = (modality: Modality, slot: (typeof SLOTS)[number], starts: string, ends: string): string[] => {
  const days: number[] = modality === 'in_person' ? slot.days : modality === 'blended' ? [slot.days[0]] : [slot.days[slot.days.length - 1]];
  const limit = modality === 'in_person' ? 12 : modality === 'blended' ? 6 : 3;
  const step = modality === 'online' ? 2 : 1;
  const dates: string[] = [];
  let weekIndex = -1;
  let lastWeek = '';
  for (let date = starts; date <= ends && dates.length < limit; date = addDays(date, 1)) {
    if (!days.includes(isoWeekday(date)) || NO_CLASS_DAYS.has(date.slice(5))) continue;
    const week = addDays(date, 1 - isoWeekday(date));
    if (week !== lastWeek) {
      weekIndex += 1;
      lastWeek = week;
    }
    if (weekIndex % step === 0) dates.push(date);
  }
  return dates;
};

/** Inserts rows through one `jsonb_to_recordset` statement. Table and column names are constants of this file. */
const insertRows = async (manager: EntityManager, table: string, columns: Record<string, string>, rows: Record<string, unknown>[]) => {
  if (rows.length === 0) return;
  const names = Object.keys(columns).join(', ');
  const definition = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  await manager.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${definition})`, [
    JSON.stringify(rows),
  ]);
};

/**
 * Loads the demo catalogue inside the demo seed's transaction, after the framework and the users.
 * Does nothing when its courses are already there (idempotent). `today` is La Paz's date (yyyy-mm-dd).
 */
export const seedDemoCourses = async (manager: EntityManager, today = laPazToday()): Promise<{ seeded: boolean }> => {
  const codes = DEMO_COURSES.map((c) => c.code);
  const [{ exists }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM courses WHERE code = ANY($1)) AS exists`, [codes]);
  if (exists) return { seeded: false };

  const framework = new Map<string, string>(
    (await manager.query(`SELECT code, id FROM competency_items`)).map((row: { code: string; id: string }) => [row.code, row.id]),
  );
  const item = (code: string) => {
    const id = framework.get(code);
    if (!id) throw new Error(`El marco de competencias no tiene el código ${code}`);
    return id;
  };
  const people = await manager.query(
    `SELECT id, email FROM users WHERE email IN ('coordinador@demo.egm.bo', 'facilitador@demo.egm.bo')`,
  );
  const coordinatorId: string | null = people.find((p: { email: string }) => p.email.startsWith('coordinador'))?.id ?? null;
  const facilitatorId: string | null = people.find((p: { email: string }) => p.email.startsWith('facilitador'))?.id ?? null;
  // Demo participants (not the one-per-role accounts, which stay free to try enrolling).
  const participants: string[] = (
    await manager.query(
      `SELECT id FROM users WHERE email LIKE '%@demo.egm.bo' AND 'participant' = ANY(roles)
         AND email NOT IN ('participante@demo.egm.bo', 'enlace@demo.egm.bo') ORDER BY email`,
    )
  ).map((row: { id: string }) => row.id);

  const courseIds = new Map(DEMO_COURSES.map((c) => [c.code, randomUUID()]));
  const rows = {
    courses: [] as Record<string, unknown>[],
    competencies: [] as Record<string, unknown>[],
    prerequisites: [] as Record<string, unknown>[],
    versions: [] as Record<string, unknown>[],
    modules: [] as Record<string, unknown>[],
    activities: [] as Record<string, unknown>[],
    questions: [] as Record<string, unknown>[],
    cohorts: [] as Record<string, unknown>[],
    facilitators: [] as Record<string, unknown>[],
    sessions: [] as Record<string, unknown>[],
    enrolments: [] as Record<string, unknown>[],
  };
  /** Slots taken so far, with what they bind: the first free slot goes to each cohort. */
  const taken: { slot: number; starts: string; ends: string; facilitated: boolean; room: string | null }[] = [];
  const freeSlot = (starts: string, ends: string, facilitated: boolean, room: string | null): number => {
    const clashes = (slot: number) =>
      taken.some((t) => t.slot === slot && t.starts <= ends && starts <= t.ends && ((facilitated && t.facilitated) || (room !== null && t.room === room)));
    const slot = SLOTS.findIndex((_slot, index) => !clashes(index));
    if (slot < 0) throw new Error('demo seed: no free session slot; add one to SLOTS');
    taken.push({ slot, starts, ends, facilitated, room });
    return slot;
  };

  for (const course of DEMO_COURSES) {
    const id = courseIds.get(course.code) as string;
    rows.courses.push({
      id,
      code: course.code,
      title: course.title,
      summary: course.summary,
      description: course.description,
      area_id: item(course.area),
      sub_area_id: item(course.subArea),
      modality: course.modality,
      workload_hours: course.hours,
      certificate_kind: course.certificate,
      sdg_targets: course.sdg,
      requires_endorsement: course.endorsement,
      status: course.status,
      published_at: course.status === 'draft' ? null : new Date().toISOString(),
      archived_at: course.status === 'archived' ? new Date().toISOString() : null,
      created_by: coordinatorId,
    });
    for (const [code, level] of course.competencies) rows.competencies.push({ course_id: id, competency_id: item(code), level });
    for (const code of course.prerequisites ?? []) rows.prerequisites.push({ course_id: id, prerequisite_id: courseIds.get(code) });

    const versionId = randomUUID();
    rows.versions.push({ id: versionId, course_id: id, number: 1, created_by: coordinatorId });
    course.modules.forEach((module, m) => {
      const moduleId = randomUUID();
      rows.modules.push({ id: moduleId, version_id: versionId, position: m + 1, title: module.title, summary: module.summary });
      const activities: Record<string, unknown>[] = [
        { kind: 'page', title: module.page.title, body: module.page.body, estimated_minutes: module.page.minutes, required: true },
      ];
      if (module.video) {
        activities.push({
          kind: 'video',
          title: module.video.title,
          body: module.video.body,
          video_url: module.video.url,
          estimated_minutes: module.video.minutes,
          required: module.video.required ?? true,
        });
      }
      const quizId = randomUUID();
      if (m === course.modules.length - 1 && course.quiz.length > 0) {
        activities.push({
          id: quizId,
          kind: 'quiz',
          title: 'Evaluación final',
          body: 'Responda todas las preguntas. Tiene dos intentos; aprueba con 70 puntos.',
          max_attempts: 2,
          passing_score: 70,
          estimated_minutes: 20,
          required: true,
        });
        course.quiz.forEach((question, q) => {
          rows.questions.push({
            activity_id: quizId,
            position: q + 1,
            kind: question.kind,
            prompt: question.prompt,
            options: (question.options ?? []).map((text) => ({ id: randomUUID(), text: text.replace(/^\*/, ''), correct: text.startsWith('*') })),
            accepted_answers: question.accepted ?? [],
            points: 1,
            feedback: question.feedback ?? null,
          });
        });
      }
      activities.forEach((activity, a) => rows.activities.push({ id: randomUUID(), module_id: moduleId, position: a + 1, video_url: null, max_attempts: null, passing_score: null, ...activity }));
    });

    const editions = new Map<string, number>();
    let participantCursor = 0;
    const schedule = course.cohorts
      .map((cohort) => ({ cohort, dates: cohortDates(cohort.kind, cohort.shift, today) }))
      .sort((a, b) => a.dates.starts.localeCompare(b.dates.starts) || (a.cohort.parallel ?? 'A').localeCompare(b.cohort.parallel ?? 'A'));
    for (const { cohort, dates } of schedule) {
      const gestion = Number(dates.starts.slice(0, 4));
      const parallel = cohort.parallel ?? 'A';
      // Parallels of one versión share its number; a new versión (A again) takes the next one.
      const key = String(gestion);
      const edition = parallel === 'A' ? (editions.get(key) ?? 0) + 1 : (editions.get(key) ?? 1);
      editions.set(key, edition);
      const cohortId = randomUUID();
      const modality = cohort.modality ?? course.modality;
      rows.cohorts.push({
        id: cohortId,
        course_id: id,
        course_version_id: versionId,
        gestion,
        edition,
        parallel,
        starts_on: dates.starts,
        ends_on: dates.ends,
        enrolment_opens_on: dates.opens,
        enrolment_closes_on: dates.closes,
        capacity: cohort.capacity,
        modality,
        venue: cohort.venue,
        status: cohort.kind === 'past' ? 'closed' : cohort.kind === 'cancelled' ? 'cancelled' : 'scheduled',
        notes: cohort.kind === 'cancelled' ? 'Suspendido por falta de quórum; los inscritos pasan al paralelo A.' : null,
        created_by: coordinatorId,
      });
      if (cohort.facilitated && facilitatorId) rows.facilitators.push({ cohort_id: cohortId, user_id: facilitatorId });
      if (cohort.kind !== 'cancelled') {
        const room = modality === 'online' ? null : cohort.venue;
        const slot = SLOTS[freeSlot(dates.starts, dates.ends, Boolean(cohort.facilitated && facilitatorId), room)];
        sessionDates(modality, slot, dates.starts, dates.ends).forEach((date, s) => {
          rows.sessions.push({
            cohort_id: cohortId,
            starts_at: laPazInstant(date, slot.start),
            ends_at: laPazInstant(date, slot.end),
            title: modality === 'online' ? `Sesión sincrónica de consulta ${s + 1}` : `Sesión ${s + 1}`,
            venue: null,
          });
        });
      }
      for (let n = 0; n < (cohort.enrolled ?? 0) && participants.length > 0; n += 1) {
        rows.enrolments.push({ cohort_id: cohortId, user_id: participants[participantCursor % participants.length], status: 'enrolled' });
        participantCursor += 1;
      }
    }
  }

  await insertRows(manager, 'courses', {
    id: 'uuid', code: 'text', title: 'text', summary: 'text', description: 'text', area_id: 'uuid', sub_area_id: 'uuid',
    modality: 'text', workload_hours: 'integer', certificate_kind: 'text', sdg_targets: 'text[]', requires_endorsement: 'boolean',
    status: 'text', published_at: 'timestamptz', archived_at: 'timestamptz', created_by: 'uuid',
  }, rows.courses);
  await insertRows(manager, 'course_competencies', { course_id: 'uuid', competency_id: 'uuid', level: 'smallint' }, rows.competencies);
  await insertRows(manager, 'course_prerequisites', { course_id: 'uuid', prerequisite_id: 'uuid' }, rows.prerequisites);
  await insertRows(manager, 'course_versions', { id: 'uuid', course_id: 'uuid', number: 'integer', created_by: 'uuid' }, rows.versions);
  await insertRows(manager, 'course_modules', { id: 'uuid', version_id: 'uuid', position: 'integer', title: 'text', summary: 'text' }, rows.modules);
  await insertRows(manager, 'course_activities', {
    id: 'uuid', module_id: 'uuid', position: 'integer', kind: 'text', title: 'text', required: 'boolean', body: 'text',
    video_url: 'text', max_attempts: 'integer', passing_score: 'integer', estimated_minutes: 'integer',
  }, rows.activities);
  await insertRows(manager, 'quiz_questions', {
    activity_id: 'uuid', position: 'integer', kind: 'text', prompt: 'text', options: 'jsonb', accepted_answers: 'text[]',
    points: 'integer', feedback: 'text',
  }, rows.questions);
  await insertRows(manager, 'cohorts', {
    id: 'uuid', course_id: 'uuid', course_version_id: 'uuid', gestion: 'smallint', edition: 'smallint', parallel: 'text',
    starts_on: 'date', ends_on: 'date', enrolment_opens_on: 'date', enrolment_closes_on: 'date', capacity: 'integer',
    modality: 'text', venue: 'text', status: 'text', notes: 'text', created_by: 'uuid',
  }, rows.cohorts);
  await insertRows(manager, 'cohort_facilitators', { cohort_id: 'uuid', user_id: 'uuid' }, rows.facilitators);
  await insertRows(manager, 'cohort_sessions', { cohort_id: 'uuid', starts_at: 'timestamptz', ends_at: 'timestamptz', title: 'text', venue: 'text' }, rows.sessions);
  await insertRows(manager, 'enrolments', { cohort_id: 'uuid', user_id: 'uuid', status: 'text' }, rows.enrolments);

  for (const id of courseIds.values()) await refreshCourseSearchDocument(manager, id);
  return { seeded: true };
};
