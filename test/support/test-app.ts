import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Role } from '@campus/domain';
import { createApp } from '../../apps/api/src/bootstrap';
import { hashPassword } from '../../apps/api/src/common/security/passwords';
import { insertDefaultFramework, lockDefaultFramework } from '../../apps/api/src/database/seed/default-framework';

export const TEST_PASSWORD = 'Prueba-Segura-2026';

export interface TestContext {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  db: DataSource;
  close: () => Promise<void>;
}

/** The real application module on the run's fresh database (see global-setup). */
export const createTestApp = async (databaseUrl?: string): Promise<TestContext> => {
  process.env.LOG_LEVEL ??= 'silent';
  // Tests log in many times from one address; the limit itself is tested in rate-limit.it-spec.ts.
  process.env.LOGIN_RATE_LIMIT ??= '10000';
  // Uploaded files go to a fresh directory of this test file's process, never to the developer's .data/.
  process.env.STORAGE_DIR ??= mkdtempSync(path.join(tmpdir(), 'campus-it-files-'));
  const url = databaseUrl ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run through test/integration/jest.config.cjs');
  const app = await createApp({ databaseUrl: url, serveWeb: false });
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    http: () => request(server),
    db: app.get(DataSource),
    close: () => app.close(),
  };
};

let passwordHash: Promise<string> | undefined;

export interface MadeMunicipality {
  id: string;
  code: string;
}

/** Inserts a municipality with a unique code. */
export const makeMunicipality = async (db: DataSource, overrides: Partial<{ name: string; department: string; country: string; kind: string }> = {}): Promise<MadeMunicipality> => {
  const code = `T${randomUUID().slice(0, 8).toUpperCase()}`;
  const [row] = await db.query(
    `INSERT INTO municipalities (code, name, department, kind, country, is_partner) VALUES ($1, $2, $3, $4, $5, true) RETURNING id`,
    [code, overrides.name ?? `Municipio ${code}`, overrides.department ?? 'LP', overrides.kind ?? 'urban', overrides.country ?? 'BO'],
  );
  return { id: row.id, code };
};

export interface MadeUser {
  id: string;
  email: string;
  password: string;
  municipalityId: string | null;
}

/** Inserts a user with the given roles (password TEST_PASSWORD) directly in the database. */
export const makeUser = async (db: DataSource, roles: Role[], options: { municipalityId?: string | null; gender?: string; active?: boolean } = {}): Promise<MadeUser> => {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const suffix = randomUUID().slice(0, 8);
  const email = `${roles[0]}.${suffix}@prueba.egm.bo`;
  const idNumber = String(Math.floor(1_000_000 + Math.random() * 8_999_999));
  const [row] = await db.query(
    `INSERT INTO users (email, password_hash, first_names, last_names, national_id_number, national_id_issued_in, gender, municipality_id, roles, active)
     VALUES ($1, $2, 'Prueba', $3, $4, 'LP', $5, $6, $7, $8) RETURNING id`,
    [email, await passwordHash, `Usuario ${suffix}`, idNumber, options.gender ?? 'female', options.municipalityId ?? null, roles, options.active ?? true],
  );
  return { id: row.id, email, password: TEST_PASSWORD, municipalityId: options.municipalityId ?? null };
};

/** Logs in through the API and returns the access token and the refresh cookie. */
export const login = async (ctx: TestContext, user: { email: string; password: string }) => {
  const response = await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password });
  if (response.status !== 200) throw new Error(`login failed for ${user.email}: ${response.status} ${JSON.stringify(response.body)}`);
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  return { token: response.body.accessToken as string, cookie: cookies.find((c) => c.startsWith('campus_rt=')) ?? '', body: response.body };
};

/**
 * Loads the default competency framework if the run's database lacks it, safe from parallel
 * workers. Unlike start-up (which seeds only an empty framework), it does not care whether other
 * tests already added items of their own (`T…` codes).
 */
export const ensureDefaultFramework = async (db: DataSource): Promise<void> => {
  await db.transaction(async (manager) => {
    await lockDefaultFramework(manager);
    const [{ exists }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM competency_items WHERE code = 'A01') AS exists`);
    if (!exists) await insertDefaultFramework(manager);
  });
};

/** The id of a framework item by code (`A08`, `A08.2`, `A08.2.1`), after ensureDefaultFramework. */
export const frameworkItemId = async (db: DataSource, code: string): Promise<string> => {
  const [row] = await db.query(`SELECT id FROM competency_items WHERE code = $1`, [code]);
  if (!row) throw new Error(`no framework item ${code}: call ensureDefaultFramework first`);
  return row.id;
};

export interface MadeCourse {
  id: string;
  code: string;
  versionId: string;
}

/**
 * Inserts a course (and its content version 1) directly, with a unique code, in area A08 / A08.2
 * (gestión de riesgos) unless told otherwise. Loads the default framework if needed.
 */
export const makeCourse = async (
  db: DataSource,
  overrides: Partial<{
    title: string;
    summary: string;
    status: 'draft' | 'published' | 'archived';
    modality: 'in_person' | 'online' | 'blended';
    areaCode: string;
    subAreaCode: string | null;
    sdgTargets: string[];
    workloadHours: number;
  }> = {},
): Promise<MadeCourse> => {
  await ensureDefaultFramework(db);
  const code = `C-${randomUUID().slice(0, 8).toUpperCase()}`;
  const areaId = await frameworkItemId(db, overrides.areaCode ?? 'A08');
  const subAreaCode = overrides.subAreaCode === undefined ? 'A08.2' : overrides.subAreaCode;
  const subAreaId = subAreaCode ? await frameworkItemId(db, subAreaCode) : null;
  const status = overrides.status ?? 'published';
  const [course] = await db.query(
    `INSERT INTO courses (code, title, summary, area_id, sub_area_id, modality, workload_hours, sdg_targets, status, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::varchar, CASE WHEN $9::varchar = 'published' THEN now() END) RETURNING id`,
    [code, overrides.title ?? `Curso de prueba ${code}`, overrides.summary ?? '', areaId, subAreaId, overrides.modality ?? 'blended', overrides.workloadHours ?? 40, overrides.sdgTargets ?? [], status],
  );
  const [version] = await db.query(`INSERT INTO course_versions (course_id, number) VALUES ($1, 1) RETURNING id`, [course.id]);
  return { id: course.id, code, versionId: version.id };
};

export interface MadeCohort {
  id: string;
}

/** Inserts a cohort of a course (made with makeCourse), open for enrolment today unless told otherwise. */
export const makeCohort = async (
  db: DataSource,
  course: MadeCourse,
  overrides: Partial<{
    gestion: number;
    edition: number;
    parallel: string;
    startsOn: string;
    endsOn: string;
    enrolmentOpensOn: string;
    enrolmentClosesOn: string;
    capacity: number;
    modality: 'in_person' | 'online' | 'blended';
    venue: string | null;
    status: 'scheduled' | 'cancelled' | 'closed';
  }> = {},
): Promise<MadeCohort> => {
  const day = (offset: number) => new Date(Date.now() - 4 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10);
  const startsOn = overrides.startsOn ?? day(30);
  const [row] = await db.query(
    `INSERT INTO cohorts (course_id, course_version_id, gestion, edition, parallel, starts_on, ends_on, enrolment_opens_on,
       enrolment_closes_on, capacity, modality, venue, status)
     VALUES ($1, $2, $3, COALESCE($4, (SELECT COALESCE(max(edition), 0) + 1 FROM cohorts WHERE course_id = $1)), $5, $6, $7, $8, $9, $10, $11, $12, $13)
     RETURNING id`,
    [course.id, course.versionId, overrides.gestion ?? Number(startsOn.slice(0, 4)), overrides.edition ?? null, overrides.parallel ?? 'A',
      startsOn, overrides.endsOn ?? day(60), overrides.enrolmentOpensOn ?? day(-1), overrides.enrolmentClosesOn ?? day(20),
      overrides.capacity ?? 30, overrides.modality ?? 'blended', overrides.venue === undefined ? 'Aula EGM 1' : overrides.venue, overrides.status ?? 'scheduled'],
  );
  return { id: row.id };
};
