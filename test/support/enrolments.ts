import { randomInt, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';
import type { Role } from '@campus/domain';
import type { TestContext } from './test-app';

export interface BulkUser {
  id: string;
  email: string;
  nationalIdNumber: string;
}

/**
 * Inserts `count` active users in one multi-row INSERT (no usable password: tests mint their
 * tokens), with unique emails and 10-digit cédulas (other helpers use 7 and 9 digits).
 */
export const insertUsers = async (
  db: DataSource,
  count: number,
  options: { roles?: Role[]; municipalityId?: string | null; active?: boolean } = {},
): Promise<BulkUser[]> => {
  const tag = randomUUID().slice(0, 8);
  const base = 1_000_000_000 + randomInt(0, 8_000_000_000 / 1000) * 1000;
  const values: unknown[] = [];
  const rows: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = values.length;
    values.push(`masivo${i}.${tag}@prueba.egm.bo`, `Masivo ${String(i).padStart(3, '0')} ${tag}`, String(base + i));
    rows.push(`($${n + 1}, '!', 'Prueba', $${n + 2}, $${n + 3}, 'LP', 'female', $${count * 3 + 1}::uuid, $${count * 3 + 2}::text[], $${count * 3 + 3}::boolean)`);
  }
  values.push(options.municipalityId ?? null, options.roles ?? ['participant'], options.active ?? true);
  const inserted: { id: string; email: string; national_id_number: string }[] = await db.query(
    `INSERT INTO users (email, password_hash, first_names, last_names, national_id_number, national_id_issued_in, gender, municipality_id, roles, active)
     VALUES ${rows.join(', ')} RETURNING id, email, national_id_number`,
    values,
  );
  const byEmail = new Map(inserted.map((row) => [row.email, row]));
  return Array.from({ length: count }, (_, i) => {
    const row = byEmail.get(`masivo${i}.${tag}@prueba.egm.bo`)!;
    return { id: row.id, email: row.email, nationalIdNumber: row.national_id_number };
  });
};

/** An access token signed the way the app signs them at login (argon2 logins of hundreds of users are slow). */
export const mintToken = (ctx: TestContext, user: { id: string }, roles: Role[] = ['participant'], municipalityId: string | null = null): Promise<string> =>
  ctx.app.get(JwtService, { strict: false }).signAsync({ sub: user.id, roles, mun: municipalityId }, { expiresIn: 900 });

export const setGates = async (db: DataSource, courseId: string, gates: { endorsement: boolean; approval: boolean }): Promise<void> => {
  await db.query(`UPDATE courses SET requires_endorsement = $2, requires_approval = $3 WHERE id = $1`, [courseId, gates.endorsement, gates.approval]);
};

export interface StoredEnrolment {
  id: string;
  user_id: string;
  status: string;
  queue_seq: number;
  source: string;
  reason: string | null;
}

export const enrolmentsOf = async (db: DataSource, cohortId: string): Promise<StoredEnrolment[]> =>
  (await db.query(`SELECT id, user_id, status, queue_seq, source, reason FROM enrolments WHERE cohort_id = $1 ORDER BY queue_seq`, [cohortId])).map(
    (row: StoredEnrolment) => ({ ...row, queue_seq: Number(row.queue_seq) }),
  );

export const notificationsOf = async (db: DataSource, userId: string): Promise<{ kind: string; title: string; body: string; link: string | null }[]> =>
  db.query(`SELECT kind, title, body, link FROM notifications WHERE user_id = $1 ORDER BY created_at, id`, [userId]);
