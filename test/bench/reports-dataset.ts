/**
 * National-scale dataset of the reports benchmark (test/bench/reports.ts, part of `npm run bench`).
 *
 * Builds, in a database of its own, what the EGM would hold after four gestiones at national
 * scale: 340 municipalities over the 9 departments, 60,000 officials (plus staff accounts), the
 * default competency framework (12 areas), 400 courses with versioned content, 4,000 cohorts,
 * 600,000 enrolments, about 3,000,000 activity progress rows, 20,000 certificates and 1,500
 * internships (calls, host units, applications, placements, logbooks, proposals and follow-ups).
 *
 * The schema comes from the project's migrations; rows are generated in JS (a seeded PRNG, so the
 * data is the same every time) and streamed with `COPY … FROM STDIN` (pg-copy-streams), never row
 * by row. During the load, foreign-key triggers are off (`session_replication_role = replica`: the
 * generator builds consistent references itself) and the secondary indexes of the big tables are
 * dropped and rebuilt afterwards; then VACUUM ANALYZE.
 *
 * The database lives in an embedded PostgreSQL under `.data/bench/reports-pg` and is reused by the
 * next run when `.data/bench/reports-dataset.json` names the same generator version and base year
 * (pending migrations are applied to it). `BENCH_REGENERATE=1` builds it again. With DATABASE_URL,
 * the database `campus_bench_reports` on that server is used instead (its marker is the database
 * comment).
 *
 * Run alone: `node -r ./test/bench/register.cjs test/bench/reports-dataset.ts` (prints the counts).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import argon2 from 'argon2';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { cohortLabel, formatSerial, laPazToday, VERIFICATION_ALPHABET } from '@campus/domain';
import type { Department, Gender, Modality } from '@campus/domain';
import { ensureDatabase, startEmbeddedPostgres } from '../../apps/api/src/database/database';
import { defaultFrameworkRows } from '../../apps/api/src/database/seed/default-framework';
import { runMigrations } from '../../migrations/data-source';
import { freePort } from '../support/test-database';

/** Bump when the generated data changes: a cached dataset of another version is rebuilt. */
export const DATASET_VERSION = 3;
/** Password of every generated account (one precomputed argon2id hash for all). */
export const BENCH_PASSWORD = 'Bench-Campus-2026';
export const BENCH_MANAGER_EMAIL = 'gerencia@bench.egm.bo';
export const BENCH_COORDINATOR_EMAIL = 'coordinacion@bench.egm.bo';

const SIZES = {
  municipalities: 340,
  officials: 60_000,
  courses: 400,
  cohortsPerYear: 1_000,
  enrolments: 600_000,
  certificates: 20_000,
  internships: 1_500,
  facilitators: 150,
  tutors: 60,
  hostUnitsPerCall: 30,
  applicationsPerCall: 600,
};
const YEARS = 4;

const root = path.resolve(__dirname, '../..');
const cacheDir = path.join(root, '.data/bench');
const dataDir = path.join(cacheDir, 'reports-pg');
const markerFile = path.join(cacheDir, 'reports-dataset.json');
const SHARED_DATABASE = 'campus_bench_reports';

export interface DatasetInfo {
  version: number;
  /** The last gestión (the current year when generated); the others are the three before it. */
  baseYear: number;
  /** The day the data was generated relative to ("today" of the running cohorts). */
  today: string;
  counts: Record<string, number>;
  seconds: number;
  generatedAt: string;
}

export interface ReportsDataset {
  url: string;
  info: DatasetInfo;
  /** Whether the dataset came from the cache (no generation in this run). */
  reused: boolean;
  stop: () => Promise<void>;
}

// ------------------------------------------------------------------------------------------------
// Deterministic randomness and ids

let seed = 0x7e57_da7a;
/** mulberry32: small, fast, good enough for synthetic data, and the same every run. */
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (p: number): boolean => random() < p;
/** A value by weight: `[[value, weight], …]`. */
const weighted = <T>(table: readonly (readonly [T, number])[]): T => {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[table.length - 1][0];
};

const hex = (value: number, length: number) => value.toString(16).padStart(length, '0');
let idClock = Date.UTC(2023, 0, 1);
/**
 * UUIDv7-shaped ids, increasing in generation order: big tables are generated in key order, so
 * their primary-key indexes grow at the end instead of splitting pages all over.
 */
const uuid = (): string => {
  idClock += 1;
  const ms = idClock;
  return `${hex(Math.floor(ms / 65536), 8)}-${hex(ms % 65536, 4)}-7${hex(int(0, 0xfff), 3)}-${hex(0x8000 | int(0, 0x3fff), 4)}-${hex(int(0, 0xffffff), 6)}${hex(int(0, 0xffffff), 6)}`;
};

const DAY = 86_400_000;
/** Midnight in La Paz (UTC−4) of an ISO date, as epoch ms. */
const dayStart = (iso: string): number => Date.parse(`${iso}T04:00:00Z`);
const isoDate = (ms: number): string => new Date(ms - 4 * 3_600_000).toISOString().slice(0, 10);
const ts = (ms: number): string => new Date(ms).toISOString();
/** During office hours in La Paz on the day of `dayMs`. */
const officeTime = (dayMs: number): number => dayMs + int(8 * 60, 18 * 60) * 60_000 + int(0, 59_999);

// ------------------------------------------------------------------------------------------------
// COPY … FROM STDIN

type Cell = string | number | boolean | null | undefined | Date | readonly (string | number)[] | Record<string, unknown>;

const escapeText = (text: string): string =>
  /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : text;

const cell = (value: Cell): string => {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escapeText(`{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  return escapeText(JSON.stringify(value));
};

/** Joins rows into ~256 KB chunks of COPY text. */
function* copyChunks(rows: Iterable<Cell[]>): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += `${row.map(cell).join('\t')}\n`;
    if (chunk.length > 262_144) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

const copy = async (client: Client, table: string, columns: string[], rows: Iterable<Cell[]>): Promise<void> => {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(copyChunks(rows)), stream);
};

// ------------------------------------------------------------------------------------------------
// What is generated

const DEPARTMENTS: { code: Department; number: string; name: string; municipalities: number; capital: string; weight: number }[] = [
  { code: 'LP', number: '02', name: 'La Paz', municipalities: 87, capital: 'La Paz (GAMLP)', weight: 3.2 },
  { code: 'OR', number: '04', name: 'Oruro', municipalities: 35, capital: 'Oruro', weight: 0.8 },
  { code: 'PT', number: '05', name: 'Potosí', municipalities: 41, capital: 'Potosí', weight: 0.8 },
  { code: 'CB', number: '03', name: 'Cochabamba', municipalities: 47, capital: 'Cochabamba', weight: 1.5 },
  { code: 'CH', number: '01', name: 'Chuquisaca', municipalities: 29, capital: 'Sucre', weight: 0.7 },
  { code: 'TJ', number: '06', name: 'Tarija', municipalities: 11, capital: 'Tarija', weight: 0.6 },
  { code: 'SC', number: '07', name: 'Santa Cruz', municipalities: 56, capital: 'Santa Cruz de la Sierra', weight: 1.4 },
  { code: 'BE', number: '08', name: 'Beni', municipalities: 19, capital: 'Trinidad', weight: 0.5 },
  { code: 'PD', number: '09', name: 'Pando', municipalities: 15, capital: 'Cobija', weight: 0.4 },
];
const LA_PAZ_TOWNS = ['El Alto', 'Achocalla', 'Palca', 'Mecapaca', 'Viacha', 'Coroico', 'Achacachi', 'Copacabana', 'Sica Sica', 'Charazani', 'Caranavi', 'Sorata', 'Pucarani', 'Laja', 'Patacamaya'];
const TOWN_WORDS = ['San', 'Santa', 'Villa', 'Puerto', 'Nuevo', 'Alto', 'Bajo', 'Gran', 'Real', 'Río'];
const TOWN_NAMES = ['Andrés', 'Pedro', 'Rosa', 'Lucía', 'Tupiza', 'Huari', 'Colquiri', 'Pampa', 'Chaco', 'Ibáñez', 'Mojos', 'Aroma', 'Sajama', 'Capinota', 'Arque', 'Tapacarí', 'Mizque', 'Aiquile', 'Tomina', 'Azurduy', 'Zudáñez', 'Yamparáez', 'Padcaya', 'Bermejo', 'Yacuiba', 'Villamontes', 'Warnes', 'Montero', 'Portachuelo', 'Cotoca', 'Riberalta', 'Guayaramerín', 'Reyes', 'Rurrenabaque', 'Filadelfia', 'Porvenir', 'Bolpebra', 'Uyuni', 'Llallagua', 'Betanzos'];

const FEMALE_NAMES = ['María', 'Ana', 'Rosa', 'Carmen', 'Juana', 'Lucía', 'Patricia', 'Silvia', 'Gabriela', 'Daniela', 'Verónica', 'Paola', 'Claudia', 'Mónica', 'Sandra', 'Elizabeth', 'Ximena', 'Roxana', 'Lidia', 'Virginia', 'Wara', 'Nayra', 'Inés', 'Fabiola'];
const MALE_NAMES = ['Juan', 'Carlos', 'Luis', 'José', 'Jorge', 'Mario', 'Fernando', 'Marcelo', 'Álvaro', 'Rodrigo', 'Wilmer', 'Freddy', 'Edwin', 'Germán', 'René', 'Víctor', 'Sergio', 'Hugo', 'Ramiro', 'Gonzalo', 'Iván', 'Waldo', 'Richard', 'Eduardo'];
const SURNAMES = ['Mamani', 'Quispe', 'Flores', 'Choque', 'Condori', 'Gutiérrez', 'López', 'Rojas', 'Vargas', 'Fernández', 'Pérez', 'Apaza', 'Ticona', 'Huanca', 'Limachi', 'Chávez', 'Torrez', 'Cruz', 'Aguilar', 'Morales', 'Ramírez', 'Villca', 'Colque', 'Medina', 'Arce', 'Salazar', 'Paredes', 'Guzmán', 'Rocha', 'Suárez'];
const ORG_UNITS = ['Secretaría Municipal de Finanzas', 'Dirección de Planificación', 'Unidad de Catastro', 'Dirección de Obras Públicas', 'Unidad de Medio Ambiente', 'Dirección de Desarrollo Humano', 'Unidad de Recaudaciones', 'Dirección Jurídica', 'Guardia Municipal', 'Dirección de Cultura', 'Unidad de Transparencia', 'Dirección de Movilidad', 'Unidad de Gestión de Riesgos', 'Dirección Administrativa'];
const POSITIONS = ['Técnico/a', 'Profesional', 'Jefe/a de unidad', 'Director/a', 'Asistente', 'Responsable', 'Auxiliar', 'Analista'];

const AREA_TOPICS: string[][] = [
  ['Transparencia y rendición pública de cuentas', 'Normativa municipal', 'Control social', 'Ética pública', 'Gestión de conflictos', 'Gobierno electrónico'],
  ['Planificación territorial de desarrollo integral', 'Estadística municipal', 'Gestión por resultados', 'Proyectos de inversión pública', 'Indicadores de desarrollo', 'Planificación participativa'],
  ['Presupuesto municipal', 'Administración tributaria', 'Finanzas municipales', 'Contabilidad gubernamental', 'Contrataciones estatales', 'Cultura tributaria'],
  ['Ordenamiento territorial', 'Catastro multifinalitario', 'Desarrollo urbano', 'Uso de suelo', 'Regularización de derecho propietario', 'Sistemas de información geográfica'],
  ['Supervisión de obras públicas', 'Mantenimiento vial', 'Infraestructura urbana', 'Costos y presupuestos de obra', 'Fiscalización de obras', 'Edificaciones seguras'],
  ['Gestión del agua potable', 'Saneamiento básico', 'Gestión de residuos sólidos', 'Alumbrado público', 'Servicios municipales', 'Tarifas de servicios básicos'],
  ['Movilidad urbana', 'Educación vial', 'Transporte público', 'Seguridad vial', 'Gestión del tráfico', 'Programa Cebras'],
  ['Gestión de riesgos de desastres', 'Cambio climático', 'Gestión ambiental', 'Áreas verdes', 'Calidad del aire', 'Mapas de riesgo'],
  ['Desarrollo económico local', 'Empleo y emprendimiento', 'Turismo municipal', 'Defensa del consumidor', 'Mercados y abastecimiento', 'Cadenas productivas'],
  ['Equidad de género', 'Niñez y adolescencia', 'Adulto mayor', 'Inclusión de personas con discapacidad', 'Prevención de la violencia', 'Desarrollo humano'],
  ['Cultura ciudadana', 'Patrimonio cultural', 'Gestión deportiva', 'Industrias culturales', 'Espacios públicos', 'Identidad y memoria'],
  ['Seguridad ciudadana', 'Guardia Municipal', 'Convivencia y prevención', 'Cumplimiento de normas', 'Derechos humanos en el espacio público', 'Control de actividades económicas'],
];
const FOCUSES = ['fundamentos', 'herramientas prácticas', 'nivel avanzado', 'enfoque de género', 'municipios rurales', 'gestión por resultados', 'casos de estudio', 'normativa vigente'];
const SDG_TARGETS = ['1.4', '4.7', '5.5', '6.1', '8.3', '10.2', '11.2', '11.3', '11.5', '12.5', '13.1', '16.5', '16.6', '16.7', '17.17'];
const WORKLOADS = [8, 12, 16, 20, 24, 32, 40, 60, 80, 120];
const MODALITIES: Modality[] = ['in_person', 'online', 'blended'];
const HOST_UNITS = ['Secretaría Municipal de Finanzas', 'Dirección de Catastro', 'Dirección de Planificación', 'Secretaría de Movilidad', 'Dirección de Gestión de Riesgos', 'Unidad de Transparencia', 'Dirección de Desarrollo Económico', 'Secretaría de Culturas', 'Dirección de Gestión Ambiental', 'Unidad de Obras Públicas', 'Dirección de Recaudaciones', 'Guardia Municipal', 'Dirección de Género y Generacionales', 'Unidad de Turismo', 'Dirección de Deportes', 'Unidad de Residuos Sólidos', 'Dirección de Gobierno Electrónico', 'Unidad de Mercados', 'Dirección de Administración Territorial', 'Unidad de Áreas Verdes', 'Dirección Jurídica', 'Unidad de Contrataciones', 'Dirección de Inversión Pública', 'Unidad de Estadística', 'Dirección de Participación Ciudadana', 'Unidad de Alumbrado Público', 'Dirección de Educación Vial', 'Unidad de Defensa del Consumidor', 'Dirección de Patrimonio', 'Unidad de Seguridad Ciudadana'];

interface Municipality {
  id: string;
  code: string;
  name: string;
  department: Department;
  weight: number;
}
interface Official {
  id: string;
  municipality: number;
  gender: Gender;
  name: string;
  nationalId: string;
}
interface Course {
  id: string;
  code: string;
  title: string;
  areaId: string;
  areaName: string;
  modality: Modality;
  workload: number;
  certificateKind: 'approval' | 'participation';
  versionId: string;
  /** Activities in order: id, kind, required, passing score of quizzes. */
  activities: { id: string; kind: 'page' | 'video' | 'file' | 'quiz'; required: boolean }[];
}
interface Cohort {
  id: string;
  course: number;
  gestion: number;
  edition: number;
  startsOn: string;
  endsOn: string;
  opensOn: string;
  closesOn: string;
  modality: Modality;
  status: 'scheduled' | 'closed' | 'cancelled';
  size: number;
}

// ------------------------------------------------------------------------------------------------
// Generation

const generate = async (url: string, log: (line: string) => void): Promise<DatasetInfo> => {
  const started = performance.now();
  seed = 0x7e57_da7a;
  idClock = Date.UTC(2023, 0, 1);
  const today = laPazToday();
  const baseYear = Number(today.slice(0, 4));
  const firstYear = baseYear - (YEARS - 1);
  const todayMs = dayStart(today);
  const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
  const counts: Record<string, number> = {};
  const step = (label: string) => log(`  ${label.padEnd(44)}${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s`);

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // Referential integrity is the generator's job during the load; PostgreSQL rechecks nothing (superuser only).
    await client.query(`SET session_replication_role = replica`).catch(() => log('  (sin superusuario: las claves foráneas se verifican fila a fila)'));
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '512MB'`);

    // Secondary indexes of the big tables: dropped now, rebuilt after the load.
    const BIG = ['users', 'enrolments', 'activity_progress', 'certificates'];
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
      [BIG],
    );
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);

    // --- Municipalities and agreements
    const municipalities: Municipality[] = [];
    for (const department of DEPARTMENTS) {
      for (let i = 0; i < department.municipalities; i += 1) {
        const capital = i === 0;
        const name = capital
          ? department.capital
          : department.code === 'LP' && i <= LA_PAZ_TOWNS.length
            ? LA_PAZ_TOWNS[i - 1]
            : `${pick(TOWN_WORDS)} ${pick(TOWN_NAMES)} (${department.code}-${String(i + 1).padStart(2, '0')})`;
        // Capitals and El Alto hold many more officials than rural municipalities.
        const weight = department.weight * (capital ? (department.code === 'LP' ? 60 : 14) : department.code === 'LP' && i === 1 ? 18 : 0.6 + random() * 1.6);
        municipalities.push({ id: uuid(), code: `${department.number}${String(i + 1).padStart(4, '0')}`, name, department: department.code, weight });
      }
    }
    const partner = new Set<number>();
    while (partner.size < 37) partner.add(int(0, municipalities.length - 1));
    await copy(client, 'municipalities', ['id', 'code', 'name', 'department', 'kind', 'country', 'is_partner'], municipalities.map((m, i) => [
      m.id, m.code, m.name, m.department,
      m.weight > 5 ? 'urban' : i % 17 === 5 ? 'indigenous_autonomy' : i % 6 === 0 ? 'urban' : 'rural',
      'BO', partner.has(i),
    ]));
    await copy(client, 'agreements', ['municipality_id', 'title', 'scope', 'signed_on', 'valid_from', 'valid_until'], [...partner].map((i) => {
      const year = int(firstYear - 2, baseYear);
      return [municipalities[i].id, `Convenio de cooperación EGM – ${municipalities[i].name}`, 'Formación de servidores públicos y pasantías', `${year}-03-15`, `${year}-04-01`, `${year + 4}-03-31`];
    }));
    counts.municipalities = municipalities.length;
    step('municipios y convenios');

    // --- Accounts: officials and staff
    const lapaz = 0;
    const cumulative = new Float64Array(municipalities.length);
    municipalities.reduce((sum, m, i) => (cumulative[i] = sum + m.weight), 0);
    const byWeight = (table: Float64Array): number => {
      const r = random() * table[table.length - 1];
      let lo = 0;
      let hi = table.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (table[mid] < r) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const officials: Official[] = [];
    const staff: { id: string; email: string; roles: string[]; municipality: number; gender: Gender; first: string; last: string }[] = [];
    const person = (gender: Gender) => ({
      first: gender === 'male' ? pick(MALE_NAMES) : gender === 'female' ? pick(FEMALE_NAMES) : pick([...FEMALE_NAMES, ...MALE_NAMES]),
      last: `${pick(SURNAMES)} ${pick(SURNAMES)}`,
    });
    const gender = (): Gender => weighted([['female', 48.5], ['male', 49.5], ['other', 0.5], ['undisclosed', 1.5]] as const);
    const addStaff = (email: string, roles: string[], municipality = lapaz) => {
      const g = gender();
      const { first, last } = person(g);
      const account = { id: uuid(), email, roles, municipality, gender: g, first, last };
      staff.push(account);
      return account;
    };
    const admin = addStaff('admin@bench.egm.bo', ['admin']);
    addStaff(BENCH_MANAGER_EMAIL, ['manager']);
    const coordinator = addStaff(BENCH_COORDINATOR_EMAIL, ['coordinator']);
    addStaff('coordinacion2@bench.egm.bo', ['coordinator']);
    const facilitators = Array.from({ length: SIZES.facilitators }, (_, i) => addStaff(`facilitador${i + 1}@bench.egm.bo`, ['facilitator']));
    const tutors = Array.from({ length: SIZES.tutors }, (_, i) => addStaff(`tutor${i + 1}@bench.egm.bo`, ['tutor']));
    const liaisons = municipalities.map((m, i) => addStaff(`enlace.${m.code}@bench.egm.bo`, ['participant', 'municipal_liaison'], i));

    const userRows = function* (): Generator<Cell[]> {
      let nid = 1_000_000;
      const created = ts(Date.UTC(firstYear - 1, 10, 1));
      for (const s of staff) {
        nid += 7;
        yield [s.id, s.email, passwordHash, s.first, s.last, String(nid), null, municipalities[s.municipality].department, s.gender,
          municipalities[s.municipality].id, pick(ORG_UNITS), pick(POSITIONS), null, s.roles, true, 'es', created, created];
      }
      for (let i = 0; i < SIZES.officials; i += 1) {
        const g = gender();
        const municipality = byWeight(cumulative);
        const { first, last } = person(g);
        nid += int(3, 40);
        const complement = chance(0.03) ? `${int(1, 9)}${pick(['A', 'B', 'C'])}` : null;
        const official: Official = { id: uuid(), municipality, gender: g, name: `${first} ${last}`, nationalId: String(nid) + (complement ? `-${complement}` : '') };
        officials.push(official);
        const createdAt = ts(Date.UTC(firstYear - 1, 0, 1) + int(0, 3 * 365) * DAY);
        yield [official.id, `funcionario${String(i + 1).padStart(5, '0')}@bench.egm.bo`, passwordHash, first, last, String(nid), complement,
          municipalities[municipality].department, g, municipalities[municipality].id, pick(ORG_UNITS), pick(POSITIONS),
          chance(0.6) ? `7${int(1_000_000, 9_999_999)}` : null, ['participant'], chance(0.97), 'es', createdAt, createdAt];
      }
    };
    await copy(client, 'users', ['id', 'email', 'password_hash', 'first_names', 'last_names', 'national_id_number', 'national_id_complement',
      'national_id_issued_in', 'gender', 'municipality_id', 'org_unit', 'position', 'phone', 'roles', 'active', 'locale', 'created_at', 'updated_at'], userRows());
    counts.officials = officials.length;
    counts.staff = staff.length;
    step(`cuentas (${officials.length} funcionarios + ${staff.length} del personal)`);

    // --- Competency framework (the default one)
    const framework = defaultFrameworkRows();
    const frameworkIds = new Map<string, string>(framework.map((row) => [row.code, uuid()]));
    await copy(client, 'competency_items', ['id', 'kind', 'code', 'parent_id', 'name', 'position'], framework.map((row) => [
      frameworkIds.get(row.code) as string, row.kind, row.code, row.parentCode ? (frameworkIds.get(row.parentCode) as string) : null, row.name, row.position,
    ]));
    const areas = framework.filter((row) => row.kind === 'area');
    const subAreasOf = (areaCode: string) => framework.filter((row) => row.kind === 'sub_area' && row.parentCode === areaCode);
    const competenciesOf = (areaCode: string) => framework.filter((row) => row.kind === 'competency' && row.code.startsWith(`${areaCode}.`));
    counts.competencyAreas = areas.length;
    counts.competencyItems = framework.length;

    // --- Courses with one content version: 2–3 modules, 6–8 activities
    const courses: Course[] = [];
    const courseRows: Cell[][] = [];
    const competencyRows: Cell[][] = [];
    for (let i = 0; i < SIZES.courses; i += 1) {
      const area = areas[i % areas.length];
      const a = i % areas.length;
      const n = Math.floor(i / areas.length);
      const topic = AREA_TOPICS[a][n % AREA_TOPICS[a].length];
      const focus = FOCUSES[Math.floor(n / AREA_TOPICS[a].length) % FOCUSES.length];
      const subAreas = subAreasOf(area.code);
      const subArea = subAreas[n % subAreas.length];
      const modality = weighted([['in_person', 40], ['online', 35], ['blended', 25]] as const);
      const workload = pick(WORKLOADS);
      const certificateKind = chance(0.8) ? 'approval' : 'participation';
      const course: Course = {
        id: uuid(), code: `${area.code}-${String(n + 1).padStart(3, '0')}`, title: `${topic}: ${focus}`, areaId: frameworkIds.get(area.code) as string,
        areaName: area.name, modality, workload, certificateKind, versionId: uuid(), activities: [],
      };
      courses.push(course);
      const sdg = new Set<string>();
      const sdgCount = int(1, 3);
      while (sdg.size < sdgCount) sdg.add(pick(SDG_TARGETS));
      const archived = chance(0.05);
      const createdAt = Date.UTC(firstYear - 1, int(0, 11), int(1, 28));
      courseRows.push([course.id, course.code, course.title,
        `Curso de ${area.name.toLowerCase()}: ${topic.toLowerCase()} (${focus}) para servidoras y servidores públicos municipales.`,
        `## ${topic}\n\nHerramientas y casos de municipios bolivianos sobre ${topic.toLowerCase()}, con ${focus}.`,
        course.areaId, frameworkIds.get(subArea.code) as string, modality, workload, 70, 80, certificateKind, [...sdg].sort(),
        chance(0.7), chance(0.8), archived ? 'archived' : 'published', ts(createdAt + 10 * DAY), archived ? ts(Date.UTC(baseYear, 0, 15)) : null,
        coordinator.id, ts(createdAt), ts(createdAt)]);
      const competencies = competenciesOf(area.code);
      const granted = new Set<string>();
      const grantedCount = Math.min(competencies.length, int(1, 3));
      while (granted.size < grantedCount) granted.add(pick(competencies).code);
      for (const code of granted) competencyRows.push([course.id, frameworkIds.get(code) as string, int(1, 3)]);
    }
    await copy(client, 'courses', ['id', 'code', 'title', 'summary', 'description', 'area_id', 'sub_area_id', 'modality', 'workload_hours', 'passing_score',
      'min_attendance', 'certificate_kind', 'sdg_targets', 'requires_endorsement', 'requires_approval', 'status', 'published_at', 'archived_at',
      'created_by', 'created_at', 'updated_at'], courseRows);
    await copy(client, 'course_competencies', ['course_id', 'competency_id', 'level'], competencyRows);
    await copy(client, 'course_versions', ['id', 'course_id', 'number', 'created_by'], courses.map((c) => [c.versionId, c.id, 1, coordinator.id]));
    const moduleRows: Cell[][] = [];
    const activityRows: Cell[][] = [];
    const questionRows: Cell[][] = [];
    courses.forEach((course, i) => {
      const total = 6 + (i % 3);
      const modules = total >= 8 ? 3 : 2;
      let position = 0;
      for (let m = 0; m < modules; m += 1) {
        const moduleId = uuid();
        moduleRows.push([moduleId, course.versionId, m + 1, `Módulo ${m + 1}`, `Contenidos del módulo ${m + 1} de ${course.title}`]);
        const inModule = Math.floor(total / modules) + (m < total % modules ? 1 : 0);
        for (let k = 0; k < inModule; k += 1) {
          position += 1;
          const last = m === modules - 1 && k === inModule - 1;
          const kind: Course['activities'][number]['kind'] = last ? 'quiz' : (['page', 'video', 'page', 'file'] as const)[(position + m) % 4];
          const activity = { id: uuid(), kind, required: last || k !== 1 || chance(0.7) };
          course.activities.push(activity);
          activityRows.push([activity.id, moduleId, k + 1, kind, `${kind === 'quiz' ? 'Evaluación' : 'Lección'} ${position}`, activity.required,
            kind === 'page' ? `Lectura ${position} sobre **${course.title}**.` : '', kind === 'video' ? 'https://video.egm.bo/v/' + activity.id : null,
            kind === 'file' ? `bench/${activity.id}.pdf` : null, kind === 'file' ? 'material.pdf' : null, kind === 'file' ? 'application/pdf' : null,
            kind === 'file' ? 120_000 : null, kind === 'quiz' ? 3 : null, kind === 'quiz' ? 70 : null, int(10, 45)]);
          if (kind === 'quiz') {
            for (let q = 1; q <= 2; q += 1) {
              questionRows.push([activity.id, q, 'single_choice', `Pregunta ${q} de ${course.title}`,
                JSON.stringify([{ id: 'a', text: 'Opción A', correct: true }, { id: 'b', text: 'Opción B', correct: false }]), [], 1]);
            }
          }
        }
      }
    });
    await copy(client, 'course_modules', ['id', 'version_id', 'position', 'title', 'summary'], moduleRows);
    await copy(client, 'course_activities', ['id', 'module_id', 'position', 'kind', 'title', 'required', 'body', 'video_url', 'file_key', 'file_name',
      'file_type', 'file_size', 'max_attempts', 'passing_score', 'estimated_minutes'], activityRows);
    await copy(client, 'quiz_questions', ['activity_id', 'position', 'kind', 'prompt', 'options', 'accepted_answers', 'points'], questionRows);
    counts.courses = courses.length;
    counts.courseActivities = activityRows.length;
    step('marco de competencias, cursos y contenidos');

    // --- Cohorts: 1,000 per gestión, 2 or 3 per course, sorted by start date (their ids grow with it)
    const plans: Omit<Cohort, 'id' | 'size'>[] = [];
    for (let year = firstYear; year <= baseYear; year += 1) {
      courses.forEach((course, c) => {
        const n = (c + year) % 2 === 0 ? 3 : 2;
        for (let edition = 1; edition <= n; edition += 1) {
          // In the current gestión some cohorts start after today, with enrolment open now or soon.
          const upcoming = year === baseYear && chance(0.12);
          const startMs = upcoming ? todayMs + int(4, 30) * DAY : Date.UTC(year, 1, 1) + int(0, 300) * DAY + 4 * 3_600_000;
          const weeks = Math.min(16, Math.max(1, Math.ceil(course.workload / 8)));
          const startsOn = isoDate(startMs);
          const endsOn = isoDate(startMs + (weeks * 7 - 3) * DAY);
          const modality = chance(0.9) ? course.modality : pick(MODALITIES);
          const status = endsOn >= today ? 'scheduled' : chance(0.02) ? 'cancelled' : 'closed';
          plans.push({ course: c, gestion: year, edition, startsOn, endsOn, opensOn: isoDate(startMs - 30 * DAY), closesOn: isoDate(startMs - 3 * DAY), modality, status });
        }
      });
    }
    plans.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    // Sizes: skewed (online cohorts are larger), scaled to exactly the enrolments wanted.
    const raw = plans.map((p) => (p.modality === 'online' ? 2.2 : p.modality === 'blended' ? 1.2 : 0.8) * (0.3 + random() * 1.4));
    const rawTotal = raw.reduce((s, v) => s + v, 0);
    const cohorts: Cohort[] = plans.map((p, i) => ({ ...p, id: uuid(), size: Math.max(5, Math.round((raw[i] / rawTotal) * SIZES.enrolments)) }));
    let diff = SIZES.enrolments - cohorts.reduce((s, c) => s + c.size, 0);
    for (let i = 0; diff !== 0; i = (i + 1) % cohorts.length) {
      if (diff > 0 || cohorts[i].size > 5) {
        cohorts[i].size += Math.sign(diff);
        diff -= Math.sign(diff);
      }
    }
    await copy(client, 'cohorts', ['id', 'course_id', 'course_version_id', 'gestion', 'edition', 'parallel', 'starts_on', 'ends_on', 'enrolment_opens_on',
      'enrolment_closes_on', 'capacity', 'modality', 'venue', 'status', 'created_by', 'created_at', 'updated_at'], cohorts.map((c) => {
      const course = courses[c.course];
      const created = ts(dayStart(c.opensOn) - 20 * DAY);
      return [c.id, course.id, course.versionId, c.gestion, c.edition, 'A', c.startsOn, c.endsOn, c.opensOn, c.closesOn, Math.min(10_000, Math.ceil(c.size * 1.1) + 5),
        c.modality, c.modality === 'online' ? null : `Aula ${int(1, 12)} – ${pick(['Casa de la Cultura', 'Edificio Tobía', 'Centro de Capacitación EGM', 'Palacio Consistorial'])}`,
        c.status, coordinator.id, created, created];
    }));
    const facilitatorRows: Cell[][] = [];
    for (const c of cohorts) {
      const first = int(0, facilitators.length - 1);
      facilitatorRows.push([c.id, facilitators[first].id]);
      if (chance(0.3)) facilitatorRows.push([c.id, facilitators[(first + 1) % facilitators.length].id]);
    }
    await copy(client, 'cohort_facilitators', ['cohort_id', 'user_id'], facilitatorRows);
    counts.cohorts = cohorts.length;
    step('paralelos (versiones) y facilitadores');

    // --- Enrolments and activity progress, generated together (cohort by cohort, ids in key order)
    // Some people take many courses, most a few: a skewed weight per official.
    const activity = new Float64Array(officials.length);
    officials.reduce((sum, _o, i) => (activity[i] = sum + 0.2 + random() ** 3 * 4), 0);
    interface Passed {
      enrolmentId: string;
      official: number;
      cohort: number;
      completedAt: number;
      finalScore: number;
      attendance: number | null;
    }
    const passed: Passed[] = [];
    const progressRows: Cell[][] = [];
    let progressCount = 0;
    let enrolmentCount = 0;
    const enrolmentColumns = ['id', 'cohort_id', 'user_id', 'status', 'source', 'requested_at', 'endorsed_at', 'endorsed_by', 'decided_at', 'decided_by', 'reason',
      'enrolled_at', 'started_at', 'completed_at', 'withdrawn_at', 'final_score', 'attendance_rate', 'last_activity_id', 'created_at', 'updated_at'];
    const progressColumns = ['enrolment_id', 'activity_id', 'status', 'best_score', 'attempts', 'time_spent_seconds', 'started_at', 'completed_at', 'updated_at'];
    const phaseStatuses = {
      closed: [['passed', 62], ['failed', 16], ['withdrawn', 14], ['rejected', 5], ['requested', 1.5], ['waitlisted', 1.5]],
      cancelled: [['withdrawn', 70], ['rejected', 30]],
      running: [['in_progress', 72], ['enrolled', 12], ['withdrawn', 6], ['rejected', 6], ['requested', 4]],
      upcoming: [['requested', 45], ['endorsed', 15], ['enrolled', 30], ['waitlisted', 5], ['rejected', 5]],
    } as const;
    const enrolmentRows = function* (): Generator<Cell[]> {
      for (let ci = 0; ci < cohorts.length; ci += 1) {
        const cohort = cohorts[ci];
        const course = courses[cohort.course];
        const startMs = dayStart(cohort.startsOn);
        const endMs = dayStart(cohort.endsOn);
        const opensMs = dayStart(cohort.opensOn);
        const phase = cohort.status === 'cancelled' ? 'cancelled' : cohort.status === 'closed' ? 'closed' : startMs <= todayMs ? 'running' : 'upcoming';
        const attendanceCounts = cohort.modality !== 'online';
        const members = new Set<number>();
        while (members.size < cohort.size) members.add(byWeight(activity));
        for (const o of members) {
          const official = officials[o];
          const status = weighted(phaseStatuses[phase]);
          const id = uuid();
          const requestedAt = officeTime(opensMs + int(0, Math.max(0, Math.min(26, Math.floor((todayMs - opensMs) / DAY) - 1))) * DAY);
          const endorsedAt = status !== 'requested' && chance(0.7) ? requestedAt + int(1, 3) * DAY : null;
          const decided = !['requested', 'endorsed'].includes(status);
          const decidedAt = decided ? Math.max(requestedAt, endorsedAt ?? 0) + int(1, 4) * DAY : null;
          const admitted = ['enrolled', 'in_progress', 'passed', 'failed', 'withdrawn'].includes(status);
          const started = ['in_progress', 'passed', 'failed'].includes(status) || (status === 'withdrawn' && phase !== 'cancelled' && chance(0.6));
          const startedAt = started ? officeTime(startMs + int(0, 3) * DAY) : null;
          const completedAt = status === 'passed' || status === 'failed' ? officeTime(endMs + int(1, 5) * DAY) : null;
          const withdrawnAt = status === 'withdrawn' ? officeTime(startMs + int(0, Math.max(0, Math.floor((endMs - startMs) / DAY))) * DAY) : null;
          const finalScore = status === 'passed' ? int(700, 1000) / 10 : status === 'failed' ? int(200, 699) / 10 : null;
          const attendance = attendanceCounts && (status === 'passed' || status === 'failed') ? (status === 'passed' ? int(800, 1000) : int(300, 950)) / 10 : null;

          // Progress: everything for those who passed, part of it for the others who started.
          const n = course.activities.length;
          const done = status === 'passed' ? n : status === 'failed' ? int(Math.floor(n * 0.4), n - 1)
            : status === 'in_progress' ? int(1, n - 1) : started ? int(0, 2) : 0;
          const touched = status === 'passed' || status === 'failed' ? done + (done < n ? 1 : 0) : done + (started && done < n ? 1 : 0);
          let lastActivity: string | null = null;
          let clock = startedAt ?? startMs;
          const stepMs = Math.max(3_600_000, ((completedAt ?? Math.min(todayMs, endMs)) - clock) / (n + 1));
          for (let k = 0; k < touched; k += 1) {
            const a = course.activities[k];
            const complete = k < done;
            clock += Math.floor(stepMs * (0.5 + random()));
            const quiz = a.kind === 'quiz';
            const score = quiz ? (complete ? int(700, 1000) / 10 : int(200, 690) / 10) : null;
            const attempts = quiz ? int(1, 3) : 0;
            const progressStatus = complete ? 'completed' : quiz && status === 'failed' ? 'failed' : 'in_progress';
            progressRows.push([id, a.id, progressStatus, score, attempts, int(120, 3_600), ts(clock - 3_600_000), complete ? ts(clock) : null, ts(clock)]);
            lastActivity = a.id;
          }
          progressCount += touched;
          if (status === 'passed') {
            passed.push({ enrolmentId: id, official: o, cohort: ci, completedAt: completedAt as number, finalScore: finalScore as number, attendance });
          }
          const last = Math.max(requestedAt, decidedAt ?? 0, completedAt ?? 0, withdrawnAt ?? 0, clock);
          enrolmentCount += 1;
          yield [id, cohort.id, official.id, status, chance(0.08) ? 'bulk' : 'request', ts(requestedAt), endorsedAt && ts(endorsedAt),
            endorsedAt ? liaisons[official.municipality].id : null, decidedAt && ts(decidedAt), decided ? coordinator.id : null,
            status === 'rejected' ? pick(['Cupo completo', 'No cumple los requisitos', 'Sin aval de su municipio']) : null,
            admitted && decidedAt ? ts(decidedAt) : null, startedAt && ts(startedAt), completedAt && ts(completedAt), withdrawnAt && ts(withdrawnAt),
            finalScore, attendance, lastActivity, ts(requestedAt), ts(last)];
        }
      }
    };
    // Enrolments first (in chunks, so the progress rows of a chunk are written right after it and memory stays flat).
    {
      const rows = enrolmentRows();
      let doneAll = false;
      while (!doneAll) {
        const batch: Cell[][] = [];
        for (let k = 0; k < 50_000; k += 1) {
          const next = rows.next();
          if (next.done) {
            doneAll = true;
            break;
          }
          batch.push(next.value);
        }
        if (batch.length) await copy(client, 'enrolments', enrolmentColumns, batch);
        if (progressRows.length) await copy(client, 'activity_progress', progressColumns, progressRows.splice(0));
      }
    }
    counts.enrolments = enrolmentCount;
    counts.activityProgress = progressCount;
    step(`inscripciones (${enrolmentCount}) y avance (${progressCount})`);

    // --- Internships: one call per gestión, host units, applications, placements, logbooks, follow-ups
    const callRows: Cell[][] = [];
    const unitRows: Cell[][] = [];
    const unitTutorRows: Cell[][] = [];
    const unitCompetencyRows: Cell[][] = [];
    const applicationRows: Cell[][] = [];
    const preferenceRows: Cell[][] = [];
    const placementRows: Cell[][] = [];
    const logbookRows: Cell[][] = [];
    const followUpRows: Cell[][] = [];
    const approvedPlacements: { id: string; official: number; evaluatedAt: number; call: string; unit: string; startsOn: string; endsOn: string; score: number }[] = [];
    const allCompetencies = framework.filter((row) => row.kind === 'competency');
    let placementCount = 0;
    for (let year = firstYear; year <= baseYear; year += 1) {
      const callId = uuid();
      const title = `Convocatoria de pasantías municipales ${year}`;
      callRows.push([callId, year, title, 'Pasantías en unidades del GAMLP para servidores de municipios con convenio.', 'Aval de su municipio; un año de antigüedad.',
        `${year}-02-01`, `${year}-03-15`, 'closed', ts(Date.UTC(year, 1, 1, 14)), coordinator.id, ts(Date.UTC(year, 0, 20, 14)), ts(Date.UTC(year, 2, 16, 14))]);
      const units = HOST_UNITS.slice(0, SIZES.hostUnitsPerCall).map((name, u) => {
        const id = uuid();
        const startsOn = `${year}-0${4 + (u % 3)}-01`;
        const endsOn = `${year}-0${7 + (u % 3)}-15`;
        unitRows.push([id, callId, name, `Pasantía en ${name}`, int(10, 16), startsOn, endsOn]);
        const tutor = tutors[(u * 2 + year) % tutors.length];
        unitTutorRows.push([id, tutor.id]);
        unitCompetencyRows.push([id, frameworkIds.get(allCompetencies[(u * 3 + year) % allCompetencies.length].code) as string, int(1, 3)]);
        return { id, name, startsOn, endsOn, tutor: tutor.id };
      });
      const placements = SIZES.internships / YEARS;
      const applicants = new Set<number>();
      // Applicants come mostly from outside La Paz (the internship brings them to GAMLP).
      while (applicants.size < SIZES.applicationsPerCall) {
        const o = int(0, officials.length - 1);
        if (officials[o].municipality !== lapaz || chance(0.1)) applicants.add(o);
      }
      let placed = 0;
      for (const o of applicants) {
        const official = officials[o];
        const applicationId = uuid();
        const isPlaced = placed < placements;
        const submittedAt = officeTime(dayStart(`${year}-02-01`) + int(0, 40) * DAY);
        const endorsement = isPlaced ? weighted([['endorsed', 88], ['letter', 12]] as const) : weighted([['endorsed', 60], ['letter', 10], ['pending', 15], ['declined', 15]] as const);
        applicationRows.push([applicationId, callId, official.id, municipalities[official.municipality].id, 'Quiero aplicar en mi municipio lo aprendido en el GAMLP.',
          isPlaced ? 'placed' : chance(0.85) ? 'not_placed' : 'withdrawn', endorsement, endorsement === 'endorsed' ? liaisons[official.municipality].id : null,
          endorsement === 'endorsed' ? ts(submittedAt + 2 * DAY) : null, int(0, 100), ts(submittedAt), ts(submittedAt + 3 * DAY)]);
        const ranks = new Set<number>();
        const wanted = int(1, 3);
        while (ranks.size < wanted) ranks.add(int(0, units.length - 1));
        [...ranks].forEach((u, r) => preferenceRows.push([applicationId, r + 1, units[u].id]));
        if (!isPlaced) continue;
        placed += 1;
        placementCount += 1;
        const unit = units[[...ranks][0]];
        const past = year < baseYear;
        const status = past ? weighted([['approved', 88], ['not_approved', 5], ['withdrawn', 7]] as const)
          : weighted([['approved', 60], ['report_submitted', 20], ['in_progress', 20]] as const);
        const startMs = dayStart(unit.startsOn);
        const endMs = dayStart(unit.endsOn);
        const reported = ['approved', 'not_approved', 'report_submitted'].includes(status);
        const reportAt = reported ? officeTime(endMs + int(1, 10) * DAY) : null;
        const proposal = reported && chance(0.9);
        const evaluatedAt = status === 'approved' || status === 'not_approved' ? officeTime((reportAt as number) + int(3, 20) * DAY) : null;
        const score = status === 'approved' ? int(700, 1000) / 10 : status === 'not_approved' ? int(300, 690) / 10 : null;
        const id = uuid();
        placementRows.push([id, applicationId, unit.id, unit.tutor, status, unit.startsOn, unit.endsOn, 'Plan de trabajo acordado con la unidad.', ts(startMs + DAY),
          reported ? 'Informe final de la pasantía.' : null, proposal ? 'Propuesta de mejora para el municipio de origen.' : null, reportAt && ts(reportAt),
          evaluatedAt ? { criteria: [{ competency: 'A01.1.1', level: int(1, 3) }], comment: 'Evaluación de la tutoría' } : null, score,
          evaluatedAt ? unit.tutor : null, evaluatedAt && ts(evaluatedAt), ts(startMs - 5 * DAY), coordinator.id, ts(startMs - 10 * DAY), ts(evaluatedAt ?? reportAt ?? startMs)]);
        if (status !== 'withdrawn') {
          for (let k = 0; k < 5; k += 1) {
            const entryMs = startMs + int(0, Math.floor((endMs - startMs) / DAY)) * DAY;
            logbookRows.push([id, isoDate(entryMs), int(4, 8), 'Actividades de la jornada en la unidad.', 'Lo aprendido en la jornada.', 'validated', unit.tutor, ts(entryMs + DAY)]);
          }
        }
        if (proposal && past && chance(0.6)) {
          const first = (reportAt as number) + int(60, 120) * DAY;
          followUpRows.push([id, chance(0.5) ? 'in_progress' : 'not_started', 'Seguimiento en el municipio de origen.', liaisons[official.municipality].id, ts(first)]);
          if (chance(0.6)) followUpRows.push([id, chance(0.6) ? 'implemented' : 'in_progress', 'Segundo seguimiento.', liaisons[official.municipality].id, ts(first + int(60, 180) * DAY)]);
        }
        if (status === 'approved') {
          approvedPlacements.push({ id, official: o, evaluatedAt: evaluatedAt as number, call: title, unit: unit.name, startsOn: unit.startsOn, endsOn: unit.endsOn, score: score as number });
        }
      }
    }
    await copy(client, 'internship_calls', ['id', 'gestion', 'title', 'description', 'requirements', 'opens_on', 'closes_on', 'status', 'published_at', 'created_by', 'created_at', 'updated_at'], callRows);
    await copy(client, 'host_units', ['id', 'call_id', 'name', 'description', 'places', 'starts_on', 'ends_on'], unitRows);
    await copy(client, 'host_unit_tutors', ['host_unit_id', 'user_id'], unitTutorRows);
    await copy(client, 'host_unit_competencies', ['host_unit_id', 'competency_id', 'level'], unitCompetencyRows);
    await copy(client, 'internship_applications', ['id', 'call_id', 'applicant_id', 'municipality_id', 'motivation', 'status', 'endorsement', 'endorsed_by', 'endorsed_at',
      'priority', 'submitted_at', 'updated_at'], applicationRows);
    await copy(client, 'application_preferences', ['application_id', 'rank', 'host_unit_id'], preferenceRows);
    await copy(client, 'placements', ['id', 'application_id', 'host_unit_id', 'tutor_id', 'status', 'starts_on', 'ends_on', 'work_plan', 'work_plan_agreed_at', 'final_report',
      'improvement_proposal', 'report_submitted_at', 'evaluation', 'score', 'evaluated_by', 'evaluated_at', 'confirmed_at', 'confirmed_by', 'created_at', 'updated_at'], placementRows);
    await copy(client, 'logbook_entries', ['placement_id', 'entry_date', 'hours', 'activities', 'learnings', 'status', 'reviewed_by', 'reviewed_at'], logbookRows);
    await copy(client, 'proposal_follow_ups', ['placement_id', 'status', 'evidence', 'recorded_by', 'recorded_at'], followUpRows);
    counts.internshipCalls = callRows.length;
    counts.hostUnits = unitRows.length;
    counts.internshipApplications = applicationRows.length;
    counts.internships = placementCount;
    counts.proposalFollowUps = followUpRows.length;
    step('pasantías');

    // --- Certificates: every approved internship, and course certificates up to 20,000 in all
    // (issued for the passed enrolments of the last gestiones: the serial is gapless per year).
    interface Issue {
      issuedAt: number;
      row: (serial: string, year: number, number: number) => Cell[];
    }
    const issues: Issue[] = [];
    const codes = new Set<string>();
    const code = () => {
      for (;;) {
        let value = '';
        for (let i = 0; i < 12; i += 1) value += VERIFICATION_ALPHABET[int(0, 31)];
        if (!codes.has(value)) {
          codes.add(value);
          return value;
        }
      }
    };
    const holder = (o: number) => ({
      fullName: officials[o].name,
      nationalId: `${officials[o].nationalId} ${municipalities[officials[o].municipality].department}`,
      municipality: municipalities[officials[o].municipality].name,
    });
    const signatories = [{ name: 'Dirección de la EGM', position: 'Director/a' }];
    const issuer = { name: 'Escuela de Gestores Municipales', unit: 'Gobierno Autónomo Municipal de La Paz' };
    for (const p of approvedPlacements) {
      const issuedAt = p.evaluatedAt + int(1, 10) * DAY;
      if (issuedAt > todayMs) continue;
      issues.push({
        issuedAt,
        row: (serial, year, number) => [uuid(), serial, year, number, code(), 'internship', 'valid', officials[p.official].id, null, null, null, p.id, 320,
          { holder: holder(p.official), course: null, cohort: null, internship: { call: p.call, hostUnit: p.unit, startsOn: p.startsOn, endsOn: p.endsOn },
            hours: 320, finalScore: p.score, attendanceRate: null, competencies: [], signatories, issuer }, ts(issuedAt), coordinator.id, null, null, null],
      });
    }
    const courseCertificates = SIZES.certificates - issues.length;
    const recent = passed.filter((p) => cohorts[p.cohort].gestion >= baseYear - 1 && p.completedAt + 2 * DAY <= todayMs);
    // Exactly the number wanted, drawn at random (a partial Fisher–Yates shuffle).
    for (let i = 0; i < Math.min(courseCertificates, recent.length); i += 1) {
      const j = int(i, recent.length - 1);
      [recent[i], recent[j]] = [recent[j], recent[i]];
    }
    for (const p of recent.slice(0, Math.max(0, courseCertificates))) {
      const cohort = cohorts[p.cohort];
      const course = courses[cohort.course];
      const issuedAt = p.completedAt + int(1, 2) * DAY;
      const revoked = chance(0.005);
      issues.push({
        issuedAt,
        row: (serial, year, number) => [uuid(), serial, year, number, code(), course.certificateKind, revoked ? 'revoked' : 'valid', officials[p.official].id,
          p.enrolmentId, cohort.id, course.id, null, course.workload,
          { holder: holder(p.official), course: { code: course.code, title: course.title, area: course.areaName, modality: cohort.modality },
            cohort: { label: cohortLabel({ gestion: cohort.gestion, edition: cohort.edition, parallel: 'A' }), startsOn: cohort.startsOn, endsOn: cohort.endsOn },
            hours: course.workload, finalScore: p.finalScore, attendanceRate: p.attendance, competencies: [], signatories, issuer },
          ts(issuedAt), coordinator.id, revoked ? ts(issuedAt + 30 * DAY) : null, revoked ? admin.id : null, revoked ? 'Error en los datos del participante' : null],
      });
    }
    issues.sort((a, b) => a.issuedAt - b.issuedAt);
    const lastNumber = new Map<number, number>();
    await copy(client, 'certificates', ['id', 'serial', 'year', 'number', 'verification_code', 'kind', 'status', 'holder_id', 'enrolment_id', 'cohort_id', 'course_id',
      'placement_id', 'hours', 'snapshot', 'issued_at', 'issued_by', 'revoked_at', 'revoked_by', 'revocation_reason'], issues.map((issue) => {
      const year = Number(isoDate(issue.issuedAt).slice(0, 4));
      const number = (lastNumber.get(year) ?? 0) + 1;
      lastNumber.set(year, number);
      return issue.row(formatSerial(year, number), year, number);
    }));
    await copy(client, 'certificate_serials', ['year', 'last_number'], [...lastNumber].map(([year, number]) => [year, number]));
    counts.certificates = issues.length;
    step('certificados');

    // --- Indexes back, statistics, visibility map
    await client.query(`SET session_replication_role = DEFAULT`).catch(() => undefined);
    for (const index of indexes) await client.query(index.definition);
    step(`índices reconstruidos (${indexes.length})`);
    await client.query(`VACUUM (ANALYZE)`);
    step('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
  return { version: DATASET_VERSION, baseYear, today, counts, seconds: (performance.now() - started) / 1000, generatedAt: new Date().toISOString() };
};

// ------------------------------------------------------------------------------------------------
// Cache and server

const markerMatches = (info: DatasetInfo | null, baseYear: number): info is DatasetInfo => !!info && info.version === DATASET_VERSION && info.baseYear === baseYear;

/** Server settings for a bulk load and a read-heavy bench (kept in the cached data directory). */
const tuneServer = async (url: string): Promise<void> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const [name, value] of [['shared_buffers', '1GB'], ['max_wal_size', '8GB'], ['checkpoint_timeout', '30min'], ['maintenance_work_mem', '512MB']]) {
      await client.query(`ALTER SYSTEM SET ${name} = '${value}'`);
    }
  } finally {
    await client.end();
  }
};

/**
 * The benchmark's dataset: reused from the cache when it matches, generated otherwise. Resolves
 * with the database's URL and a stop function for the embedded server.
 */
export const openReportsDataset = async (log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<ReportsDataset> => {
  const baseYear = Number(laPazToday().slice(0, 4));
  const regenerate = process.env.BENCH_REGENERATE === '1';

  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    const target = new URL(process.env.DATABASE_URL);
    target.pathname = `/${SHARED_DATABASE}`;
    const url = target.toString();
    const adminClient = new Client({ connectionString: admin.toString() });
    await adminClient.connect();
    try {
      const { rows } = await adminClient.query<{ comment: string | null }>(
        `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
        [SHARED_DATABASE],
      );
      let cached: DatasetInfo | null = null;
      try {
        cached = rows[0]?.comment ? (JSON.parse(rows[0].comment) as DatasetInfo) : null;
      } catch {
        cached = null;
      }
      if (!regenerate && markerMatches(cached, baseYear)) {
        await runMigrations(url);
        return { url, info: cached, reused: true, stop: async () => undefined };
      }
      await adminClient.query(`DROP DATABASE IF EXISTS "${SHARED_DATABASE}" WITH (FORCE)`);
      await ensureDatabase(admin.toString(), SHARED_DATABASE);
      await runMigrations(url);
      const info = await generate(url, log);
      await adminClient.query(`COMMENT ON DATABASE "${SHARED_DATABASE}" IS '${JSON.stringify(info).replace(/'/g, "''")}'`);
      return { url, info, reused: false, stop: async () => undefined };
    } finally {
      await adminClient.end();
    }
  }

  let cached: DatasetInfo | null = null;
  try {
    cached = JSON.parse(readFileSync(markerFile, 'utf8')) as DatasetInfo;
  } catch {
    cached = null;
  }
  const reuse = !regenerate && markerMatches(cached, baseYear) && existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!reuse) {
    rmSync(markerFile, { force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  mkdirSync(cacheDir, { recursive: true });
  let server = await startEmbeddedPostgres(dataDir, await freePort());
  if (!reuse) {
    // Tune once (ALTER SYSTEM is kept in the data directory), then restart to apply shared_buffers.
    await tuneServer(server.url);
    await server.stop();
    server = await startEmbeddedPostgres(dataDir, await freePort());
  }
  try {
    await runMigrations(server.url);
    if (reuse) return { url: server.url, info: cached as DatasetInfo, reused: true, stop: server.stop };
    const info = await generate(server.url, log);
    writeFileSync(markerFile, `${JSON.stringify(info, null, 2)}\n`);
    return { url: server.url, info, reused: false, stop: server.stop };
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw error;
  }
};

/** Counts of the main tables, as the database says. */
export const countRows = async (url: string): Promise<Record<string, number>> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = ['municipalities', 'users', 'competency_items', 'courses', 'course_activities', 'cohorts', 'enrolments', 'activity_progress', 'certificates',
      'internship_applications', 'placements', 'proposal_follow_ups'];
    const { rows } = await client.query<Record<string, number>>(`SELECT ${tables.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
    return rows[0];
  } finally {
    await client.end();
  }
};

if (require.main === module) {
  void (async () => {
    const started = performance.now();
    process.stdout.write('Conjunto de datos nacional del benchmark de informes…\n');
    const dataset = await openReportsDataset();
    try {
      const counts = await countRows(dataset.url);
      process.stdout.write(`${dataset.reused ? 'Reutilizado de la caché' : `Generado en ${dataset.info.seconds.toFixed(1)} s`} (${((performance.now() - started) / 1000).toFixed(1)} s en total)\n`);
      for (const [table, n] of Object.entries(counts)) process.stdout.write(`  ${table.padEnd(26)}${n.toLocaleString('es-BO').padStart(12)}\n`);
    } finally {
      await dataset.stop();
    }
  })().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
