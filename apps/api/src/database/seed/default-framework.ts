import type { EntityManager } from 'typeorm';

/**
 * The default competency framework (DESIGN.md): the 12 areas of municipal management from the
 * municipal competences of the Constitución Política del Estado (Art. 302), each with sub-areas and
 * competencies. Coordinators edit it afterwards; codes are `A01`, `A01.1`, `A01.1.1`.
 */
type Tree = [name: string, subAreas: [name: string, competencies: string[]][]][];

export const DEFAULT_FRAMEWORK: Tree = [
  ['Gobierno municipal, institucionalidad y transparencia', [
    ['Gestión institucional y normativa municipal', [
      'Elabora y aplica normativa municipal (leyes, decretos y reglamentos)',
      'Gestiona procesos administrativos con enfoque de calidad',
    ]],
    ['Transparencia y rendición pública de cuentas', [
      'Organiza audiencias de rendición pública de cuentas',
      'Publica información pública de forma accesible y oportuna',
    ]],
    ['Participación y control social', [
      'Facilita espacios de participación y control social',
      'Gestiona y transforma conflictos de manera constructiva',
    ]],
    ['Ética pública y lucha contra la corrupción', [
      'Aplica principios de ética pública en la función municipal',
    ]],
  ]],
  ['Planificación del desarrollo y estadística', [
    ['Planificación territorial de desarrollo integral', [
      'Formula planes territoriales de desarrollo integral (PTDI)',
      'Articula la planificación municipal con los ODS',
    ]],
    ['Seguimiento y evaluación', [
      'Diseña indicadores y sistemas de seguimiento de la gestión',
      'Evalúa resultados e impacto de programas municipales',
    ]],
    ['Estadística e información municipal', [
      'Produce y analiza estadísticas municipales',
    ]],
  ]],
  ['Hacienda municipal (impuestos, tasas, presupuesto)', [
    ['Presupuesto y programación operativa', [
      'Formula el programa operativo anual y el presupuesto municipal',
      'Ejecuta y reformula el presupuesto con el sistema de gestión pública',
    ]],
    ['Recaudación de ingresos propios', [
      'Administra impuestos, tasas y patentes municipales',
      'Diseña estrategias de cultura tributaria',
    ]],
    ['Contrataciones y bienes', [
      'Conduce procesos de contratación de bienes y servicios',
      'Administra activos y bienes municipales',
    ]],
  ]],
  ['Ordenamiento territorial, desarrollo urbano y catastro', [
    ['Ordenamiento territorial y uso de suelo', [
      'Elabora planes de uso de suelo y ordenamiento territorial',
    ]],
    ['Catastro urbano y rural', [
      'Gestiona el catastro multifinalitario',
      'Aplica sistemas de información geográfica a la gestión territorial',
    ]],
    ['Desarrollo urbano y vivienda', [
      'Gestiona proyectos de mejoramiento de barrios y vivienda',
    ]],
  ]],
  ['Infraestructura y obras públicas', [
    ['Preinversión y proyectos', [
      'Formula proyectos de inversión pública a diseño final',
    ]],
    ['Supervisión y fiscalización de obras', [
      'Supervisa y fiscaliza obras públicas',
      'Gestiona el mantenimiento de la infraestructura municipal',
    ]],
  ]],
  ['Servicios básicos (agua, saneamiento, residuos, alumbrado)', [
    ['Agua potable y saneamiento', [
      'Gestiona servicios de agua potable y alcantarillado',
    ]],
    ['Gestión integral de residuos sólidos', [
      'Planifica la gestión integral de residuos sólidos',
      'Promueve la separación en origen y el reciclaje',
    ]],
    ['Alumbrado público y servicios urbanos', [
      'Administra el alumbrado público y otros servicios urbanos',
    ]],
  ]],
  ['Movilidad y transporte (incl. educación vial)', [
    ['Planificación de la movilidad urbana', [
      'Planifica la movilidad urbana sostenible',
    ]],
    ['Regulación del transporte público', [
      'Regula y fiscaliza el servicio de transporte público',
    ]],
    ['Educación y seguridad vial', [
      'Diseña programas de educación vial',
    ]],
  ]],
  ['Medio ambiente y gestión de riesgos', [
    ['Gestión ambiental municipal', [
      'Aplica instrumentos de gestión y control ambiental',
      'Gestiona áreas verdes y protegidas municipales',
    ]],
    ['Gestión de riesgos de desastres', [
      'Elabora mapas de riesgo y planes de contingencia',
      'Coordina la respuesta a emergencias y desastres',
    ]],
    ['Cambio climático', [
      'Formula medidas de adaptación y mitigación al cambio climático',
    ]],
  ]],
  ['Desarrollo económico local (empleo, turismo, consumidor)', [
    ['Promoción económica y empleo', [
      'Diseña programas de promoción económica y empleo local',
      'Apoya emprendimientos y unidades productivas',
    ]],
    ['Turismo', [
      'Gestiona destinos y productos turísticos municipales',
    ]],
    ['Defensa del consumidor', [
      'Aplica la normativa de defensa del consumidor',
    ]],
  ]],
  ['Desarrollo humano e inclusión (niñez, mujer y género, adulto mayor, discapacidad)', [
    ['Niñez y adolescencia', [
      'Gestiona servicios de protección de la niñez y adolescencia',
    ]],
    ['Mujer y equidad de género', [
      'Incorpora el enfoque de género en políticas y presupuestos municipales',
      'Atiende y previene la violencia en razón de género',
    ]],
    ['Adulto mayor y personas con discapacidad', [
      'Diseña servicios inclusivos para adultos mayores y personas con discapacidad',
    ]],
    ['Salud y educación municipal', [
      'Gestiona la infraestructura y servicios de salud y educación de competencia municipal',
    ]],
  ]],
  ['Cultura, patrimonio y deporte (incl. cultura ciudadana)', [
    ['Cultura ciudadana', [
      'Diseña estrategias de cultura ciudadana y convivencia',
    ]],
    ['Patrimonio cultural', [
      'Protege y pone en valor el patrimonio cultural material e inmaterial',
    ]],
    ['Deporte y recreación', [
      'Promueve la actividad física, el deporte y la recreación',
    ]],
  ]],
  ['Seguridad ciudadana (Guardia Municipal, cumplimiento de normas)', [
    ['Prevención del delito y convivencia', [
      'Formula planes municipales de seguridad ciudadana',
    ]],
    ['Guardia Municipal y cumplimiento de normas', [
      'Aplica procedimientos de control del cumplimiento de normas municipales',
      'Actúa con enfoque de derechos humanos en el control del espacio público',
    ]],
  ]],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The framework as flat rows, parents before children. */
export const defaultFrameworkRows = () =>
  DEFAULT_FRAMEWORK.flatMap(([areaName, subAreas], a) => {
    const areaCode = `A${pad(a + 1)}`;
    return [
      { kind: 'area' as const, code: areaCode, parentCode: null, name: areaName, position: a + 1 },
      ...subAreas.flatMap(([subName, competencies], s) => {
        const subCode = `${areaCode}.${s + 1}`;
        return [
          { kind: 'sub_area' as const, code: subCode, parentCode: areaCode, name: subName, position: s + 1 },
          ...competencies.map((name, c) => ({
            kind: 'competency' as const,
            code: `${subCode}.${c + 1}`,
            parentCode: subCode,
            name,
            position: c + 1,
          })),
        ];
      }),
    ];
  });

/** Takes the lock that serialises loading the default framework (replicas, test workers). */
export const lockDefaultFramework = async (manager: EntityManager): Promise<void> => {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('campus.default-framework'))`);
};

/** Inserts the default framework's rows (codes must be free). */
export const insertDefaultFramework = async (manager: EntityManager): Promise<void> => {
  const ids = new Map<string, string>();
  for (const row of defaultFrameworkRows()) {
    const [{ id }] = await manager.query(
      `INSERT INTO competency_items (kind, code, parent_id, name, position) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [row.kind, row.code, row.parentCode ? ids.get(row.parentCode) : null, row.name, row.position],
    );
    ids.set(row.code, id);
  }
};

/**
 * Loads the default framework when the framework is empty; otherwise does nothing (coordinators
 * own it from then on). Call it inside a transaction: the advisory lock keeps replicas starting
 * together from racing.
 */
export const seedDefaultFramework = async (manager: EntityManager): Promise<{ seeded: boolean }> => {
  await lockDefaultFramework(manager);
  const [{ exists }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM competency_items) AS exists`);
  if (exists) return { seeded: false };
  await insertDefaultFramework(manager);
  return { seeded: true };
};
