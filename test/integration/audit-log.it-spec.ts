import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Response } from 'superagent';
import type { DataSource } from 'typeorm';
import { createTestApp, login, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

/** Collects a binary body (supertest only buffers text by default). */
const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

interface Entry {
  actorId?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: object | null;
  after?: object | null;
  ip?: string | null;
  requestId?: string | null;
  /** An instant (ISO, with offset). */
  at: string;
}

/** Writes an entry straight into the log, at a chosen instant. */
const insertEntry = async (db: DataSource, entry: Entry): Promise<string> => {
  const [row] = await db.query(
    `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after, ip, request_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [entry.actorId ?? null, entry.action, entry.entityType, entry.entityId ?? null, entry.before ? JSON.stringify(entry.before) : null,
      entry.after ? JSON.stringify(entry.after) : null, entry.ip ?? null, entry.requestId ?? null, entry.at],
  );
  return row.id;
};

const nameOf = async (db: DataSource, id: string): Promise<string> => {
  const [row] = await db.query(`SELECT first_names || ' ' || last_names AS name FROM users WHERE id = $1`, [id]);
  return row.name;
};

describe('audit log viewer and export (real PostgreSQL)', () => {
  let ctx: TestContext;
  let admin: MadeUser;
  let adminToken: string;
  let coordinatorToken: string;
  let participantToken: string;
  let ana: MadeUser;
  let bruno: MadeUser;
  // Every entry of this file has its own action prefix (with an `_`, so an unescaped LIKE would over-match).
  const tag = randomUUID().slice(0, 8);
  const prefix = `t_${tag}.`;
  const lookalike = `tx${tag}.delta`;
  const e1 = `E1-${tag}`;
  const request1 = `solicitud-${tag}`;
  const ids: Record<'r1' | 'r2' | 'r3' | 'r4' | 'r5', string> = { r1: '', r2: '', r3: '', r4: '', r5: '' };

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await makeUser(ctx.db, ['admin']);
    adminToken = (await login(ctx, admin)).token;
    coordinatorToken = (await login(ctx, await makeUser(ctx.db, ['coordinator']))).token;
    participantToken = (await login(ctx, await makeUser(ctx.db, ['participant']))).token;
    ana = await makeUser(ctx.db, ['coordinator']);
    bruno = await makeUser(ctx.db, ['facilitator']);
    // La Paz is UTC-4: r1 is the evening of 1 March, r2 and r3 are on 2 March, r4 is the first instant of 3 March.
    ids.r1 = await insertEntry(ctx.db, {
      actorId: ana.id, action: `${prefix}alpha`, entityType: `tcourse${tag}`, entityId: e1, at: '2026-03-01T23:30:00-04:00',
      before: { title: 'Gestión; "antigua"', hours: 40 }, after: { title: 'Gestión nueva', hours: 40 }, ip: '10.1.2.3', requestId: request1,
    });
    ids.r2 = await insertEntry(ctx.db, { actorId: bruno.id, action: `${prefix}alpha`, entityType: `tcourse${tag}`, entityId: `E2-${tag}`, at: '2026-03-02T00:10:00-04:00' });
    ids.r3 = await insertEntry(ctx.db, { actorId: ana.id, action: `${prefix}beta`, entityType: `tuser${tag}`, entityId: e1, at: '2026-03-02T23:59:59-04:00' });
    ids.r4 = await insertEntry(ctx.db, { actorId: null, action: `${prefix}beta`, entityType: `tuser${tag}`, entityId: `E3-${tag}`, at: '2026-03-03T00:00:00-04:00' });
    ids.r5 = await insertEntry(ctx.db, { actorId: ana.id, action: lookalike, entityType: `tuser${tag}`, entityId: e1, at: '2026-03-02T12:00:00-04:00' });
  });
  afterAll(() => ctx.close());

  const list = (query: Record<string, string | number>, token = adminToken) => ctx.http().get('/api/audit').query(query).set(bearer(token));
  const idsOf = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

  describe('filters', () => {
    it('gives every field of an entry, newest first', async () => {
      const response = await list({ action: prefix });
      expect(response.status).toBe(200);
      expect(idsOf(response.body)).toEqual([ids.r4, ids.r3, ids.r2, ids.r1]);
      expect(response.body).toMatchObject({ total: 4, page: 1, pageSize: 25 });
      expect(response.body.items[3]).toEqual({
        id: ids.r1,
        at: '2026-03-02T03:30:00.000Z',
        actor: { id: ana.id, name: await nameOf(ctx.db, ana.id), email: ana.email },
        action: `${prefix}alpha`,
        entityType: `tcourse${tag}`,
        entityId: e1,
        before: { title: 'Gestión; "antigua"', hours: 40 },
        after: { title: 'Gestión nueva', hours: 40 },
        ip: '10.1.2.3',
        requestId: request1,
      });
      expect(response.body.items[0]).toMatchObject({ id: ids.r4, actor: null, before: null, after: null, ip: null, requestId: null });
    });

    it('takes an exact action, or a prefix ending in a dot whose wildcards match literally', async () => {
      expect(idsOf((await list({ action: `${prefix}alpha` })).body)).toEqual([ids.r2, ids.r1]);
      expect(idsOf((await list({ action: `${prefix}alph` })).body)).toEqual([]);
      expect(idsOf((await list({ action: `tx${tag}.` })).body)).toEqual([ids.r5]);
    });

    it('reads the date range as whole La Paz days, both ends included', async () => {
      expect(idsOf((await list({ action: prefix, from: '2026-03-02', to: '2026-03-02' })).body)).toEqual([ids.r3, ids.r2]);
      expect(idsOf((await list({ action: prefix, from: '2026-03-03' })).body)).toEqual([ids.r4]);
      expect(idsOf((await list({ action: prefix, to: '2026-03-01' })).body)).toEqual([ids.r1]);
    });

    it('finds the person by id, or by part of the name or the e-mail', async () => {
      expect(idsOf((await list({ action: prefix, actorId: ana.id })).body)).toEqual([ids.r3, ids.r1]);
      const suffix = ana.email.split('@')[0].split('.')[1];
      expect(idsOf((await list({ action: prefix, actor: `usuario ${suffix}` })).body)).toEqual([ids.r3, ids.r1]);
      expect(idsOf((await list({ action: prefix, actor: bruno.email.toUpperCase() })).body)).toEqual([ids.r2]);
      expect(idsOf((await list({ action: prefix, actor: 'nadie-con-este-nombre' })).body)).toEqual([]);
    });

    it('filters by record type, record id and request id', async () => {
      expect(idsOf((await list({ action: prefix, entityType: `tuser${tag}` })).body)).toEqual([ids.r4, ids.r3]);
      expect(idsOf((await list({ entityId: e1 })).body)).toEqual([ids.r3, ids.r5, ids.r1]);
      expect(idsOf((await list({ entityId: e1, entityType: `tcourse${tag}` })).body)).toEqual([ids.r1]);
      expect(idsOf((await list({ requestId: request1 })).body)).toEqual([ids.r1]);
    });

    it('ignores blank filters, as the SPA form sends them', async () => {
      expect(idsOf((await list({ action: prefix, actor: '', from: '', entityType: ' ' })).body)).toEqual([ids.r4, ids.r3, ids.r2, ids.r1]);
    });

    it('pages', async () => {
      const first = await list({ action: prefix, pageSize: 3 });
      expect(idsOf(first.body)).toEqual([ids.r4, ids.r3, ids.r2]);
      const second = await list({ action: prefix, pageSize: 3, page: 2 });
      expect(second.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect(idsOf(second.body)).toEqual([ids.r1]);
      expect(idsOf((await list({ action: prefix, pageSize: 3, page: 3 })).body)).toEqual([]);
    });

    it('names each bad filter, in Spanish', async () => {
      const reversed = await list({ from: '2026-03-05', to: '2026-03-01' });
      expect(reversed.status).toBe(400);
      expect(fields(reversed.body)).toEqual(['to']);
      expect(reversed.body.errors[0].message).toMatch(/posterior/);
      const impossible = await list({ from: '2026-02-30' });
      expect(impossible.status).toBe(400);
      expect(fields(impossible.body)).toEqual(['from']);
      const malformed = await list({ to: 'ayer', action: 'DROP TABLE', actorId: 'ana', pageSize: 1000 });
      expect(malformed.status).toBe(400);
      expect(fields(malformed.body).sort()).toEqual(['action', 'actorId', 'pageSize', 'to']);
    });
  });

  it('lists the actions and record types in the log, for the filter lists', async () => {
    const actions = await ctx.http().get('/api/audit/actions').set(bearer(adminToken));
    expect(actions.status).toBe(200);
    expect(actions.body).toEqual(expect.arrayContaining([`${prefix}alpha`, `${prefix}beta`, lookalike]));
    expect(actions.body).toEqual([...actions.body].sort());
    expect(new Set(actions.body).size).toBe(actions.body.length);
    const types = await ctx.http().get('/api/audit/entity-types').set(bearer(adminToken));
    expect(types.status).toBe(200);
    expect(types.body).toEqual(expect.arrayContaining([`tcourse${tag}`, `tuser${tag}`]));
  });

  it('is for admins only', async () => {
    for (const path of ['/api/audit', '/api/audit/actions', '/api/audit/entity-types', '/api/audit.csv']) {
      expect((await ctx.http().get(path).set(bearer(coordinatorToken))).status).toBe(403);
      expect((await ctx.http().get(path).set(bearer(participantToken))).status).toBe(403);
      expect((await ctx.http().get(path)).status).toBe(401);
    }
    const exports = await ctx.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'audit.export' AND actor_id <> $1`, [admin.id]);
    expect(exports).toEqual([{ n: 0 }]);
  });

  it('shows what a real privileged action recorded, found by its request id', async () => {
    const target = await makeUser(ctx.db, ['participant']);
    const requestId = `roles-${tag}`;
    const changed = await ctx.http().put(`/api/users/${target.id}/roles`).set(bearer(adminToken)).set('X-Request-Id', requestId).send({ roles: ['participant', 'tutor'] });
    expect(changed.status).toBe(200);
    const response = await list({ requestId });
    expect(response.body.items).toEqual([
      expect.objectContaining({
        action: 'user.roles', entityType: 'user', entityId: target.id, actor: expect.objectContaining({ id: admin.id, email: admin.email }),
        before: { roles: ['participant'] }, after: { roles: ['participant', 'tutor'] }, ip: expect.stringMatching(/127\.0\.0\.1|::1/),
      }),
    ]);
  });

  it('keeps an account\'s identity and contact data before and after an admin edits them', async () => {
    const target = await makeUser(ctx.db, ['participant']);
    const requestId = `identity-${tag}`;
    const edited = await ctx.http().patch(`/api/users/${target.id}`).set(bearer(adminToken)).set('X-Request-Id', requestId)
      .send({ nationalIdNumber: '7654321', nationalIdComplement: '1A', phone: '+591 71234567', gender: 'male' });
    expect(edited.status).toBe(200);
    const [entry] = (await list({ requestId })).body.items;
    expect(entry.action).toBe('user.update');
    expect(entry.before).toMatchObject({ nationalIdComplement: null, phone: null, gender: 'female', nationalIdIssuedIn: 'LP' });
    expect(entry.before.nationalIdNumber).not.toBe('7654321');
    expect(entry.after).toMatchObject({ nationalIdNumber: '7654321', nationalIdComplement: '1A', phone: '+591 71234567', gender: 'male', nationalIdIssuedIn: 'LP' });
  });

  describe('CSV export', () => {
    const download = (query: Record<string, string>, requestId?: string) => {
      const call = ctx.http().get('/api/audit.csv').query(query).set(bearer(adminToken));
      if (requestId) call.set('X-Request-Id', requestId);
      return call.buffer(true).parse(binary);
    };
    const rowsOf = (body: Buffer): string[][] => parse(body.subarray(3).toString('utf8'), { delimiter: ';' });

    it('streams UTF-8 with BOM, `;`, Spanish headers, the same filters and order; and records the export', async () => {
      const requestId = `export-${tag}`;
      const response = await download({ action: prefix, to: '2026-03-02', actor: '' }, requestId);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="auditoria-\d{4}-\d{2}-\d{2}\.csv"/);
      const bytes: Buffer = response.body;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe(
        'Fecha y hora (La Paz);Persona;Correo;Acción;Tipo de registro;Id del registro;Antes;Después;Dirección IP;Id de solicitud;Id de la entrada',
      );
      const [, ...rows] = rowsOf(bytes);
      expect(rows.map((row) => row[10])).toEqual([ids.r3, ids.r2, ids.r1]);
      expect(rows[2]).toEqual([
        '2026-03-01 23:30:00', await nameOf(ctx.db, ana.id), ana.email, `${prefix}alpha`, `tcourse${tag}`, e1,
        '{"hours":40,"title":"Gestión; \\"antigua\\""}', '{"hours":40,"title":"Gestión nueva"}', '10.1.2.3', request1, ids.r1,
      ]);
      expect(rows[0].slice(0, 4)).toEqual(['2026-03-02 23:59:59', await nameOf(ctx.db, ana.id), ana.email, `${prefix}beta`]);

      const recorded = await ctx.db.query(`SELECT actor_id, entity_type, entity_id, after, request_id FROM audit_log WHERE action = 'audit.export' AND request_id = $1`, [requestId]);
      expect(recorded).toEqual([
        { actor_id: admin.id, entity_type: 'audit_log', entity_id: null, after: { format: 'csv', filters: { action: prefix, to: '2026-03-02' }, rows: 3 }, request_id: requestId },
      ]);
    });

    it('holds the entries up to the request, not the export\'s own entry', async () => {
      const first = await download({ actorId: admin.id, action: 'audit.' }, `first-${tag}`);
      const firstRows = rowsOf(first.body).slice(1);
      const second = await download({ actorId: admin.id, action: 'audit.' }, `second-${tag}`);
      const secondRows = rowsOf(second.body).slice(1);
      const [firstEntry] = await ctx.db.query(`SELECT id FROM audit_log WHERE request_id = $1`, [`first-${tag}`]);
      expect(firstRows.map((row) => row[10])).not.toContain(firstEntry.id);
      expect(secondRows.map((row) => row[10])).toEqual([firstEntry.id, ...firstRows.map((row) => row[10])]);
      expect(secondRows[0].slice(3, 6)).toEqual(['audit.export', 'audit_log', '']);
    });

    it('walks a large log in batches without repeating or skipping a row, even when many entries share an instant', async () => {
      const bulk = `tb${tag}.bulk`;
      // 2,500 entries, ten per instant: the batches (1,000 rows) end in the middle of a tie.
      await ctx.db.query(
        `INSERT INTO audit_log (action, entity_type, entity_id, created_at)
         SELECT $1, 'tbulk', g::text, timestamptz '2026-01-01 12:00:00Z' + (g / 10) * interval '1 millisecond' + (g % 3) * interval '1 microsecond'
           FROM generate_series(1, 2500) g`,
        [bulk],
      );
      const response = await download({ action: bulk });
      expect(response.status).toBe(200);
      const rows = rowsOf(response.body).slice(1);
      expect(rows).toHaveLength(2500);
      expect(new Set(rows.map((row) => row[10])).size).toBe(2500);
      expect(new Set(rows.map((row) => row[5])).size).toBe(2500);
      const [recorded] = await ctx.db.query(`SELECT after FROM audit_log WHERE action = 'audit.export' AND after->'filters'->>'action' = $1`, [bulk]);
      expect(recorded.after.rows).toBe(2500);
    });
  });
});
