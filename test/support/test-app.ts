import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Role } from '@campus/domain';
import { createApp } from '../../apps/api/src/bootstrap';
import { hashPassword } from '../../apps/api/src/common/security/passwords';

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
