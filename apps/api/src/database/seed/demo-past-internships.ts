import type { EntityManager } from 'typeorm';
import { addDays, isoWeekday, laPazInstant, laPazToday } from '@campus/domain';
import type { ProposalFollowUpStatus, RubricLevel } from '@campus/domain';
import { validateEnvironment } from '../../config/environment';
import {
  CERTIFICATE_ISSUER,
  parseSignatories,
} from '../../modules/certificates/certificates.config';
import { writeCertificate } from '../../modules/certificates/certificate-writer';
import { DEMO_HOST_UNITS } from './demo-internships';

/**
 * A past, closed internship call, so the reports have internships to count: six officials of
 * partner municipalities (El Alto, Viacha, Achocalla, Cochabamba; three women, three men) went
 * through the whole workflow in four GAMLP units some five to six months before the seed day —
 * placement confirmed, work plan agreed, a logbook of working days validated by the demo tutor,
 * final report with an improvement proposal, rubric evaluation. Five were approved: they hold
 * the internship certificate (issued as the evaluation issues it, with the year's next serials)
 * and competency records; one was not approved. Months later the proposals were followed up:
 * two implemented, two in progress, one not started. Dates are relative to the seed day (La
 * Paz), so the demo never ages. Runs once, inside the demo seed's transaction, after the
 * course certificates (their serials come first).
 */

/** Days before the seed day: the call's window, then the internships (35 days, as in the open call). */
const OPENS = -230;
const CLOSES = -210;
const STARTS = -190;
const LENGTH_DAYS = 34;

/** Fixed-date national holidays (mm-dd): nobody logs work on them. */
const HOLIDAYS = new Set(['01-01', '01-22', '05-01', '06-21', '08-06', '11-02', '12-25']);

/** Per unit of DEMO_HOST_UNITS (the first four): work plan and what a logbook day says. */
const UNIT_WORK: {
  workPlan: string;
  days: [activities: string, learnings: string][];
}[] = [
  {
    workPlan:
      'Semana 1: inducción y padrón de contribuyentes. Semana 2: depuración del padrón y cruce con catastro. ' +
      'Semana 3: atención en ventanilla y planes de pago. Semana 4: campaña de cultura tributaria. Semana 5: informe final.',
    days: [
      [
        'Depuración del padrón de contribuyentes con el equipo de recaudaciones.',
        'Cómo se detectan registros duplicados y omisos.',
      ],
      [
        'Cruce del padrón con la base catastral del macrodistrito Centro.',
        'El valor de tener un código único de inmueble en ambas bases.',
      ],
      [
        'Atención en ventanilla: liquidación de impuestos y planes de pago.',
        'Los planes de pago reducen la mora sin perder ingresos.',
      ],
      [
        'Preparación de la campaña de cultura tributaria con comunicación.',
        'Mensajes simples y fechas claras aumentan el pago puntual.',
      ],
    ],
  },
  {
    workPlan:
      'Semana 1: normativa y procedimientos de catastro. Semanas 2–3: levantamiento y actualización de predios en campo. ' +
      'Semana 4: valuación y cartografía urbana. Semana 5: informe final.',
    days: [
      [
        'Revisión del reglamento de catastro urbano y de los formularios de registro.',
        'El flujo completo desde la solicitud hasta el certificado catastral.',
      ],
      [
        'Levantamiento de predios en campo con la brigada de actualización.',
        'Uso de GPS diferencial y fichas prediales digitales.',
      ],
      [
        'Valuación de inmuebles con la tabla de valores de zona.',
        'Cómo la valuación se conecta con el impuesto a la propiedad.',
      ],
      [
        'Edición de la cartografía urbana en el sistema de información geográfica.',
        'Control de calidad de polígonos y vértices compartidos.',
      ],
    ],
  },
  {
    workPlan:
      'Semana 1: mapas de riesgo de laderas. Semana 2: sistema de alerta temprana. Semana 3: simulacro con juntas vecinales. ' +
      'Semana 4: protocolos de atención de emergencias. Semana 5: informe final.',
    days: [
      [
        'Lectura de los mapas de riesgo de laderas y visitas a zonas críticas.',
        'Cómo se clasifican las zonas por amenaza y vulnerabilidad.',
      ],
      [
        'Monitoreo de pluviómetros y del tablero de alerta temprana.',
        'Los umbrales de lluvia que activan cada nivel de alerta.',
      ],
      [
        'Preparación del simulacro de evacuación con juntas vecinales.',
        'La organización vecinal es la primera respuesta.',
      ],
      [
        'Revisión de protocolos de atención de emergencias con el COE municipal.',
        'Roles claros y una sola cadena de mando.',
      ],
    ],
  },
  {
    workPlan:
      'Semana 1: estructura del PTDI. Semana 2: diagnóstico y línea de base. Semana 3: indicadores y metas. ' +
      'Semana 4: seguimiento trimestral y ODS. Semana 5: informe final.',
    days: [
      [
        'Revisión de la estructura del plan territorial de desarrollo integral.',
        'La relación entre ejes, programas y presupuesto.',
      ],
      [
        'Construcción de la línea de base con datos del INE y registros propios.',
        'Sin línea de base no hay meta que se pueda medir.',
      ],
      [
        'Taller de formulación de indicadores con la Dirección de Planificación.',
        'Un buen indicador es medible, barato de levantar y útil.',
      ],
      [
        'Preparación del informe trimestral de seguimiento de metas.',
        'Cómo alinear las metas municipales con los ODS.',
      ],
    ],
  },
];

interface PastIntern {
  email: string;
  /** Index into DEMO_HOST_UNITS. */
  unit: number;
  motivation: string;
  finalReport: string;
  proposal: string;
  /** One rubric level per competency of the unit, in the unit's order (0 = no alcanzado). */
  levels: RubricLevel[];
  score: number;
  approved: boolean;
  comment: string;
  /** The intern stopped coming after this many working days (the others complete the logbook). */
  daysWorked?: number;
  /** Follow-ups of the proposal back home: status, days before the seed day, evidence, by the liaison (else the intern). */
  followUps: {
    status: ProposalFollowUpStatus;
    daysAgo: number;
    evidence: string;
    byLiaison?: boolean;
  }[];
}

const INTERNS: PastIntern[] = [
  {
    email: 'rosa.huanca39@demo.egm.bo',
    unit: 0,
    motivation:
      'En El Alto la mora tributaria crece cada año; quiero aprender cómo La Paz depura su padrón.',
    finalReport:
      'Durante cinco semanas trabajé en la Unidad de Recaudaciones: depuré el padrón de contribuyentes, lo crucé con la base catastral, ' +
      'atendí en ventanilla y apoyé la campaña de cultura tributaria. Comprobé que un padrón depurado y planes de pago accesibles reducen la mora.',
    proposal:
      'Depurar el padrón de contribuyentes de El Alto cruzándolo cada trimestre con el catastro y ofrecer planes de pago en línea para reducir la mora.',
    levels: [3],
    score: 92,
    approved: true,
    comment: 'Excelente desempeño: lideró la depuración del padrón de su grupo.',
    followUps: [
      {
        status: 'in_progress',
        daysAgo: 110,
        evidence:
          'Se conformó un equipo de depuración del padrón en la Dirección de Recaudaciones.',
        byLiaison: true,
      },
      {
        status: 'implemented',
        daysAgo: 35,
        evidence:
          'El padrón depurado está en uso y los planes de pago en línea se habilitaron este trimestre.',
        byLiaison: true,
      },
    ],
  },
  {
    email: 'victor.quispe18@demo.egm.bo',
    unit: 1,
    motivation:
      'Nuestro catastro no se actualiza desde hace años; necesito conocer un proceso que funcione.',
    finalReport:
      'En la Dirección de Catastro participé en el levantamiento de predios con la brigada de actualización, en la valuación con la tabla de ' +
      'valores de zona y en la edición de la cartografía urbana. Aprendí el flujo completo hasta el certificado catastral.',
    proposal:
      'Actualizar el catastro de El Alto por distritos, con fichas prediales digitales y una brigada propia, empezando por el distrito 8.',
    levels: [2],
    score: 84,
    approved: true,
    comment: 'Buen trabajo de campo; debe reforzar la valuación.',
    followUps: [
      {
        status: 'in_progress',
        daysAgo: 60,
        evidence:
          'El municipio aprobó el plan de actualización por distritos; la brigada empezó en el distrito 8.',
        byLiaison: true,
      },
    ],
  },
  {
    email: 'wendy.huanca23@demo.egm.bo',
    unit: 2,
    motivation: 'Viacha tiene zonas inundables y no contamos con un sistema de alerta temprana.',
    finalReport:
      'En la Unidad de Gestión de Riesgos estudié los mapas de riesgo de laderas, el monitoreo de pluviómetros y los umbrales de alerta, ' +
      'y ayudé a preparar un simulacro de evacuación con juntas vecinales. Vi que la organización vecinal es la primera respuesta.',
    proposal:
      'Instalar tres pluviómetros comunitarios en Viacha, definir umbrales de alerta y organizar un simulacro anual con las juntas vecinales.',
    levels: [3],
    score: 95,
    approved: true,
    comment: 'Muy comprometida; organizó el simulacro con las juntas vecinales.',
    followUps: [
      {
        status: 'in_progress',
        daysAgo: 120,
        evidence: 'Se compraron los pluviómetros con recursos del POA.',
      },
      {
        status: 'implemented',
        daysAgo: 20,
        evidence:
          'Los tres pluviómetros funcionan y se hizo el primer simulacro con cuatro juntas vecinales.',
      },
    ],
  },
  {
    email: 'luis.quispe2@demo.egm.bo',
    unit: 3,
    motivation: 'Vamos a formular el nuevo PTDI de Viacha y quiero llevar una metodología probada.',
    finalReport:
      'En la Dirección de Planificación revisé la estructura del PTDI, construí una línea de base con datos del INE y participé en el taller ' +
      'de indicadores y en el informe trimestral de seguimiento. Aprendí a alinear metas municipales con los ODS.',
    proposal:
      'Formular el PTDI de Viacha con línea de base propia y un tablero trimestral de indicadores alineados con los ODS, publicado en la web municipal.',
    levels: [2, 1],
    score: 78,
    approved: true,
    comment: 'Cumplió el plan de trabajo; le falta práctica en indicadores.',
    followUps: [
      {
        status: 'not_started',
        daysAgo: 75,
        evidence: 'La formulación del PTDI se postergó al próximo año por falta de presupuesto.',
      },
    ],
  },
  {
    email: 'luis.laura14@demo.egm.bo',
    unit: 2,
    motivation: 'Achocalla sufre deslizamientos cada año y no tenemos un plan de alerta temprana.',
    finalReport:
      'En la Unidad de Gestión de Riesgos trabajé con los mapas de amenaza y vulnerabilidad, el tablero de alerta temprana y los protocolos ' +
      'del COE municipal. Aprendí que roles claros y una sola cadena de mando salvan tiempo en una emergencia.',
    proposal:
      'Elaborar el mapa de riesgos de laderas de Achocalla y un protocolo de emergencias con una sola cadena de mando, coordinado con el COE.',
    levels: [2],
    score: 81,
    approved: true,
    comment: 'Buen análisis de riesgos; participó activamente en el COE.',
    followUps: [
      {
        status: 'in_progress',
        daysAgo: 45,
        evidence: 'El mapa de riesgos de laderas está en elaboración con apoyo de la gobernación.',
      },
    ],
  },
  {
    email: 'silvia.ticona41@demo.egm.bo',
    unit: 0,
    motivation:
      'Quiero aprender cómo la ciudad organiza su recaudación para mejorar la de Cochabamba.',
    finalReport:
      'Participé dos semanas en la Unidad de Recaudaciones, en la depuración del padrón y la atención en ventanilla. Por motivos laborales ' +
      'en mi municipio no pude completar el plan de trabajo ni la campaña de cultura tributaria.',
    proposal:
      'Revisar los planes de pago de Cochabamba para que los contribuyentes en mora puedan regularizarse sin multas excesivas.',
    levels: [0],
    score: 55,
    approved: false,
    comment: 'Asistió solo dos semanas y no completó el plan de trabajo acordado.',
    daysWorked: 9,
    followUps: [],
  },
];

/** The working days (Monday to Friday, not holidays) of a placement. */
const workingDays = (startsOn: string, endsOn: string): string[] => {
  const days: string[] = [];
  for (let day = startsOn; day <= endsOn; day = addDays(day, 1)) {
    if (isoWeekday(day) <= 5 && !HOLIDAYS.has(day.slice(5))) days.push(day);
  }
  return days;
};

const semester = (date: string): string => (Number(date.slice(5, 7)) <= 6 ? 'primer' : 'segundo');

export const seedDemoPastInternships = async (
  manager: EntityManager,
  today = laPazToday(),
): Promise<void> => {
  const [exists] = await manager.query(
    `SELECT 1 FROM internship_calls WHERE status = 'closed' LIMIT 1`,
  );
  if (exists) return;
  const [coordinator] = await manager.query(
    `SELECT id FROM users WHERE email = 'coordinador@demo.egm.bo'`,
  );
  const [tutor] = await manager.query(`SELECT id FROM users WHERE email = 'tutor@demo.egm.bo'`);
  const [liaison] = await manager.query(
    `SELECT id, municipality_id FROM users WHERE email = 'enlace@demo.egm.bo'`,
  );
  if (!tutor) return;
  const opensOn = addDays(today, OPENS);
  const closesOn = addDays(today, CLOSES);
  const startsOn = addDays(today, STARTS);
  const endsOn = addDays(startsOn, LENGTH_DAYS);
  const gestion = Number(opensOn.slice(0, 4));

  const [call] = await manager.query(
    `INSERT INTO internship_calls (gestion, title, description, requirements, opens_on, closes_on, status, published_at, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'closed', $7, $8, $9, $10) RETURNING id`,
    [
      gestion,
      `Convocatoria de pasantías municipales ${gestion}, ${semester(startsOn)} semestre`,
      'Servidoras y servidores públicos de municipios con convenio trabajan cinco semanas en una unidad del GAMLP, aprenden una práctica y vuelven con una propuesta de mejora para su municipio.',
      'Ser servidor/a público/a de un municipio con convenio vigente. Aval de su municipio. Disponibilidad a tiempo completo durante la pasantía.',
      opensOn,
      closesOn,
      laPazInstant(addDays(opensOn, -1), '09:00'),
      coordinator?.id ?? null,
      laPazInstant(addDays(opensOn, -5), '15:00'),
      laPazInstant(addDays(closesOn, 1), '08:30'),
    ],
  );

  const competencyIds = new Map<string, string>(
    (await manager.query(`SELECT code, id FROM competency_items WHERE kind = 'competency'`)).map(
      (row: { code: string; id: string }) => [row.code, row.id],
    ),
  );
  const units: { id: string; name: string; competencies: string[] }[] = [];
  for (const unit of DEMO_HOST_UNITS.slice(0, UNIT_WORK.length)) {
    const [row] = await manager.query(
      `INSERT INTO host_units (call_id, name, description, places, starts_on, ends_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
      [
        call.id,
        unit.name,
        unit.description,
        unit.places,
        startsOn,
        endsOn,
        laPazInstant(addDays(opensOn, -5), '15:00'),
      ],
    );
    const competencies: string[] = [];
    for (const [code, level] of unit.competencies) {
      const competencyId = competencyIds.get(code);
      if (!competencyId) continue;
      competencies.push(competencyId);
      await manager.query(
        `INSERT INTO host_unit_competencies (host_unit_id, competency_id, level) VALUES ($1, $2, $3)`,
        [row.id, competencyId, level],
      );
    }
    // The demo tutor supervised every unit of the past call (so the tutor's history shows them all).
    await manager.query(`INSERT INTO host_unit_tutors (host_unit_id, user_id) VALUES ($1, $2)`, [
      row.id,
      tutor.id,
    ]);
    units.push({ id: row.id, name: unit.name, competencies });
  }

  const confirmedAt = laPazInstant(addDays(closesOn, 4), '11:00');
  const approvedPlacements: string[] = [];
  for (const [index, intern] of INTERNS.entries()) {
    const [applicant] = await manager.query(
      `SELECT id, municipality_id FROM users WHERE email = $1`,
      [intern.email],
    );
    if (!applicant) continue;
    const unit = units[intern.unit];
    const fromLiaison = liaison && applicant.municipality_id === liaison.municipality_id;
    const submittedOn = addDays(opensOn, 1 + index * 2);
    const [application] = await manager.query(
      `INSERT INTO internship_applications (call_id, applicant_id, municipality_id, motivation, status, endorsement, endorsed_by, endorsed_at,
         submitted_at, updated_at)
       VALUES ($1, $2, $3, $4, 'placed', 'endorsed', $5, $6, $7, $8) RETURNING id`,
      [
        call.id,
        applicant.id,
        applicant.municipality_id,
        intern.motivation,
        fromLiaison ? liaison.id : null,
        laPazInstant(addDays(submittedOn, 2), '09:40'),
        laPazInstant(submittedOn, '10:15'),
        confirmedAt,
      ],
    );
    const preferences = [intern.unit, (intern.unit + 1) % units.length];
    for (const [rank, preferred] of preferences.entries()) {
      await manager.query(
        `INSERT INTO application_preferences (application_id, rank, host_unit_id) VALUES ($1, $2, $3)`,
        [application.id, rank + 1, units[preferred].id],
      );
    }

    // The whole workflow: confirmed → plan agreed (in progress) → logbook → final report → evaluated.
    const work = UNIT_WORK[intern.unit];
    const reportSubmittedAt = laPazInstant(addDays(endsOn, 3), '16:00');
    const evaluatedAt = laPazInstant(addDays(endsOn, 8), '10:30');
    const evaluation = {
      levels: unit.competencies.map((competencyId, i) => ({
        competencyId,
        level: intern.levels[i] ?? 0,
      })),
      verdict: intern.approved ? 'approved' : 'not_approved',
      comment: intern.comment,
    };
    const [placement] = await manager.query(
      `INSERT INTO placements (application_id, host_unit_id, tutor_id, status, starts_on, ends_on, work_plan, work_plan_agreed_at,
         final_report, improvement_proposal, report_submitted_at, evaluation, score, evaluated_by, evaluated_at,
         confirmed_at, confirmed_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $3, $14, $15, $16, $15, $14) RETURNING id`,
      [
        application.id,
        unit.id,
        tutor.id,
        intern.approved ? 'approved' : 'not_approved',
        startsOn,
        endsOn,
        work.workPlan,
        laPazInstant(startsOn, '09:30'),
        intern.finalReport,
        intern.proposal,
        reportSubmittedAt,
        JSON.stringify(evaluation),
        intern.score,
        evaluatedAt,
        confirmedAt,
        coordinator?.id ?? null,
      ],
    );

    // Logbook: one entry per working day (8 hours, 6 on Fridays), each validated by the tutor the next morning.
    const days = workingDays(startsOn, endsOn).slice(0, intern.daysWorked);
    await manager.query(
      `INSERT INTO logbook_entries (placement_id, entry_date, hours, activities, learnings, status, reviewed_by, reviewed_at, created_at, updated_at)
       SELECT $1, x.entry_date, x.hours, x.activities, x.learnings, 'validated', $2,
              (x.entry_date + 1 + time '08:30') AT TIME ZONE 'America/La_Paz',
              (x.entry_date + time '18:00') AT TIME ZONE 'America/La_Paz',
              (x.entry_date + 1 + time '08:30') AT TIME ZONE 'America/La_Paz'
         FROM jsonb_to_recordset($3::jsonb) AS x(entry_date date, hours numeric, activities text, learnings text)`,
      [
        placement.id,
        tutor.id,
        JSON.stringify(
          days.map((day, i) => {
            const [activities, learnings] = work.days[i % work.days.length];
            return { entry_date: day, hours: isoWeekday(day) === 5 ? 6 : 8, activities, learnings };
          }),
        ),
      ],
    );

    if (intern.approved) {
      // As the evaluation does: competency records for the levels reached.
      for (const level of evaluation.levels.filter((l) => l.level >= 1)) {
        await manager.query(
          `INSERT INTO competency_records (user_id, competency_id, level, source, placement_id, awarded_by, note, awarded_on, created_at)
           VALUES ($1, $2, $3, 'internship', $4, $5, $6, $7, $8)`,
          [
            applicant.id,
            level.competencyId,
            level.level,
            placement.id,
            tutor.id,
            `Pasantía en ${unit.name}`,
            addDays(endsOn, 8),
            evaluatedAt,
          ],
        );
      }
      approvedPlacements.push(placement.id);
    }

    for (const followUp of intern.followUps) {
      await manager.query(
        `INSERT INTO proposal_follow_ups (placement_id, status, evidence, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)`,
        [
          placement.id,
          followUp.status,
          followUp.evidence,
          followUp.byLiaison && liaison ? liaison.id : applicant.id,
          laPazInstant(addDays(today, -followUp.daysAgo), '11:00'),
        ],
      );
    }
  }

  // The internship certificates, as the evaluation issues them (the tutor issues; hours = validated logbook hours).
  const signatories = parseSignatories(validateEnvironment(process.env).CERTIFICATE_SIGNATORIES);
  for (const placementId of approvedPlacements) {
    await writeCertificate(manager, {
      enrolmentId: null,
      placementId,
      kind: 'internship',
      actorId: tutor.id,
      signatories,
      issuer: CERTIFICATE_ISSUER,
    });
  }
};
