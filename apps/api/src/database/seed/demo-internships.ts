import type { EntityManager } from 'typeorm';
import { addDays, laPazToday } from '@campus/domain';

/**
 * Demo internship call: this gestión's convocatoria, open for applications since last week, with
 * five GAMLP host units (places, dates, competencies, the demo tutor on two of them) and
 * applications from officials of partner municipalities in every endorsement state. The demo
 * participant has not applied (the browser journey does). Runs once, inside the demo seed's
 * transaction.
 */

/** The GAMLP host units of the demo calls (the open call offers all five; the past one the first four). */
export const DEMO_HOST_UNITS: {
  name: string;
  description: string;
  places: number;
  competencies: [code: string, level: number][];
  demoTutor: boolean;
}[] = [
  {
    name: 'Secretaría Municipal de Finanzas — Unidad de Recaudaciones',
    description: 'Padrón de contribuyentes, cultura tributaria y cobro de tasas municipales.',
    places: 3,
    competencies: [['A03.1.1', 2]],
    demoTutor: true,
  },
  {
    name: 'Dirección de Catastro',
    description: 'Actualización catastral, valuación de inmuebles y cartografía urbana.',
    places: 2,
    competencies: [['A04.1.1', 2]],
    demoTutor: false,
  },
  {
    name: 'Unidad de Gestión de Riesgos',
    description: 'Mapas de riesgo, alerta temprana y atención de emergencias en laderas.',
    places: 2,
    competencies: [['A08.1.1', 2]],
    demoTutor: true,
  },
  {
    name: 'Dirección de Planificación',
    description: 'Plan territorial de desarrollo integral, seguimiento de metas e indicadores.',
    places: 2,
    competencies: [
      ['A02.1.1', 2],
      ['A02.2.1', 1],
    ],
    demoTutor: false,
  },
  {
    name: 'Guardia Municipal',
    description: 'Control del cumplimiento de normas municipales y convivencia ciudadana.',
    places: 1,
    competencies: [['A12.1.1', 1]],
    demoTutor: false,
  },
];

const MOTIVATIONS = [
  'Quiero aprender cómo la ciudad organiza su recaudación para mejorar la de mi municipio.',
  'Nuestro catastro está desactualizado; necesito conocer un proceso que funcione.',
  'Mi municipio sufre deslizamientos cada año y no tenemos un plan de alerta temprana.',
  'Vamos a formular el nuevo PTDI y quiero llevar una metodología probada.',
  'Busco mejorar el control de normas municipales con participación vecinal.',
];

export const seedDemoInternships = async (
  manager: EntityManager,
  today = laPazToday(),
): Promise<void> => {
  const [exists] = await manager.query(`SELECT 1 FROM internship_calls LIMIT 1`);
  if (exists) return;
  const [coordinator] = await manager.query(
    `SELECT id FROM users WHERE email = 'coordinador@demo.egm.bo'`,
  );
  const [tutor] = await manager.query(`SELECT id FROM users WHERE email = 'tutor@demo.egm.bo'`);
  const [liaison] = await manager.query(
    `SELECT id, municipality_id FROM users WHERE email = 'enlace@demo.egm.bo'`,
  );
  const gestion = Number(today.slice(0, 4));
  const [call] = await manager.query(
    `INSERT INTO internship_calls (gestion, title, description, requirements, opens_on, closes_on, status, published_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, 'published', now(), $7) RETURNING id`,
    [
      gestion,
      `Convocatoria de pasantías municipales ${gestion}`,
      'Servidoras y servidores públicos de municipios con convenio trabajan unas semanas en una unidad del GAMLP, aprenden una práctica y vuelven con una propuesta de mejora para su municipio.',
      'Ser servidor/a público/a de un municipio con convenio vigente. Aval de su municipio (del enlace en el campus o carta firmada). Disponibilidad a tiempo completo durante la pasantía.',
      addDays(today, -7),
      addDays(today, 14),
      coordinator?.id ?? null,
    ],
  );
  const competencyIds = new Map<string, string>(
    (await manager.query(`SELECT code, id FROM competency_items WHERE kind = 'competency'`)).map(
      (row: { code: string; id: string }) => [row.code, row.id],
    ),
  );
  const unitIds: string[] = [];
  for (const [index, unit] of DEMO_HOST_UNITS.entries()) {
    const startsOn = addDays(today, 24 + index);
    const [row] = await manager.query(
      `INSERT INTO host_units (call_id, name, description, places, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [call.id, unit.name, unit.description, unit.places, startsOn, addDays(startsOn, 34)],
    );
    unitIds.push(row.id);
    for (const [code, level] of unit.competencies) {
      const competencyId = competencyIds.get(code);
      if (competencyId)
        await manager.query(
          `INSERT INTO host_unit_competencies (host_unit_id, competency_id, level) VALUES ($1, $2, $3)`,
          [row.id, competencyId, level],
        );
    }
    if (unit.demoTutor && tutor)
      await manager.query(`INSERT INTO host_unit_tutors (host_unit_id, user_id) VALUES ($1, $2)`, [
        row.id,
        tutor.id,
      ]);
  }

  // Applicants: demo officials of partner municipalities (El Alto's first, so the liaison has one to endorse).
  const applicants: { id: string; municipality_id: string; el_alto: boolean }[] =
    await manager.query(
      `SELECT u.id, u.municipality_id, u.municipality_id = $1 AS el_alto FROM users u JOIN municipalities m ON m.id = u.municipality_id
      WHERE u.email LIKE '%@demo.egm.bo' AND 'participant' = ANY(u.roles) AND m.is_partner AND m.country = 'BO'
        AND u.email NOT IN ('participante@demo.egm.bo', 'enlace@demo.egm.bo')
      ORDER BY (u.municipality_id = $1) DESC, u.email LIMIT 10`,
      [liaison?.municipality_id ?? null],
    );
  for (const [index, applicant] of applicants.entries()) {
    const endorsement = applicant.el_alto && index === 0 ? 'pending' : 'endorsed';
    const [application] = await manager.query(
      `INSERT INTO internship_applications (call_id, applicant_id, municipality_id, motivation, endorsement, endorsed_at, submitted_at)
       VALUES ($1, $2, $3, $4, $5::varchar, CASE WHEN $5::varchar = 'endorsed' THEN now() - interval '1 day' END, now() - make_interval(hours => $6::int))
       RETURNING id`,
      [
        call.id,
        applicant.id,
        applicant.municipality_id,
        MOTIVATIONS[index % MOTIVATIONS.length],
        endorsement,
        100 - index,
      ],
    );
    const preferences = [
      index % DEMO_HOST_UNITS.length,
      (index + 2) % DEMO_HOST_UNITS.length,
      (index + 3) % DEMO_HOST_UNITS.length,
    ];
    for (const [rank, unit] of preferences.entries()) {
      await manager.query(
        `INSERT INTO application_preferences (application_id, rank, host_unit_id) VALUES ($1, $2, $3)`,
        [application.id, rank + 1, unitIds[unit]],
      );
    }
  }
};
