import { randomUUID } from 'node:crypto';
import { createTestApp, login, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeMunicipality, TestContext } from '../support/test-app';

const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

/** yyyy-mm-dd in La Paz (UTC-4), `days` from today. */
const laPazDate = (days = 0) => new Date(Date.now() - 4 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);

const uniqueCode = () => `M${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;

describe('municipalities and agreements (real PostgreSQL)', () => {
  let ctx: TestContext;
  let adminToken: string;
  let admin: { id: string };

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const countAgreements = async (municipalityId: string) =>
    Number((await ctx.db.query('SELECT count(*)::int AS n FROM agreements WHERE municipality_id = $1', [municipalityId]))[0].n);

  beforeAll(async () => {
    ctx = await createTestApp();
    const user = await makeUser(ctx.db, ['admin']);
    admin = user;
    adminToken = (await login(ctx, user)).token;
  });
  afterAll(() => ctx.close());

  describe('list', () => {
    const tag = `Filtro${randomUUID().slice(0, 6)}`;
    let lpUrban: MadeMunicipality;
    let lpRural: MadeMunicipality;
    let cbIndigenous: MadeMunicipality;
    let madrid: MadeMunicipality;

    beforeAll(async () => {
      lpUrban = await makeMunicipality(ctx.db, { name: `${tag} Ciudad Nuestra Señora`, department: 'LP', kind: 'urban' });
      lpRural = await makeMunicipality(ctx.db, { name: `${tag} Palca`, department: 'LP', kind: 'rural' });
      cbIndigenous = await makeMunicipality(ctx.db, { name: `${tag} Raqaypampa`, department: 'CB', kind: 'indigenous_autonomy' });
      const [row] = await ctx.db.query(
        `INSERT INTO municipalities (code, name, department, kind, country, is_partner) VALUES ($1, $2, NULL, 'urban', 'ES', true) RETURNING id, code`,
        [uniqueCode(), `${tag} Madrid`],
      );
      madrid = row;
    });

    const list = async (query: Record<string, string>, token = adminToken) => {
      const response = await ctx.http().get('/api/municipalities').query({ search: tag, ...query }).set(bearer(token));
      expect(response.status).toBe(200);
      return response.body as { id: string; code: string; department: string | null; kind: string; country: string }[];
    };
    const idsOf = (items: { id: string }[]) => items.map((m) => m.id).sort();

    it('is open to any role and filters by search, department, kind and country', async () => {
      const participant = await makeUser(ctx.db, ['participant']);
      const { token } = await login(ctx, participant);
      const all = await list({}, token);
      expect(idsOf(all)).toEqual([lpUrban.id, lpRural.id, cbIndigenous.id, madrid.id].sort());
      expect(all.find((m) => m.id === madrid.id)).toEqual({
        id: madrid.id, code: madrid.code, name: `${tag} Madrid`, department: null, kind: 'urban', country: 'ES', isPartner: true, agreementInForce: false,
      });

      expect(idsOf(await list({ department: 'LP' }))).toEqual([lpUrban.id, lpRural.id].sort());
      expect(idsOf(await list({ kind: 'rural' }))).toEqual([lpRural.id]);
      expect(idsOf(await list({ kind: 'indigenous_autonomy' }))).toEqual([cbIndigenous.id]);
      expect(idsOf(await list({ country: 'ES' }))).toEqual([madrid.id]);
      expect(idsOf(await list({ country: 'BO', kind: 'urban' }))).toEqual([lpUrban.id]);
      expect(idsOf(await list({ search: `${tag.toUpperCase()} CIUDAD NUESTRA SEÑORA` }))).toEqual([lpUrban.id]);
      expect(idsOf(await list({ search: lpRural.code.toLowerCase() }))).toEqual([lpRural.id]);

      // Without search, every item still obeys the filters.
      const cb = await ctx.http().get('/api/municipalities').query({ department: 'CB' }).set(bearer(token));
      expect(cb.body.map((m: { id: string }) => m.id)).toContain(cbIndigenous.id);
      expect(cb.body.every((m: { department: string }) => m.department === 'CB')).toBe(true);
    });

    it('refuses bad filter values with 400 naming them', async () => {
      const response = await ctx.http().get('/api/municipalities').query({ department: 'XX', kind: 'metropolis' }).set(bearer(adminToken));
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(fields(response.body).sort()).toEqual(['department', 'kind']);
      expect((await ctx.http().get('/api/municipalities')).status).toBe(401);
    });
  });

  describe('create', () => {
    const body = (overrides: Record<string, unknown> = {}) => ({
      code: uniqueCode(), name: 'Achocalla', department: 'LP', kind: 'rural', country: 'BO', isPartner: true, ...overrides,
    });
    const countByCode = async (code: string) =>
      Number((await ctx.db.query('SELECT count(*)::int AS n FROM municipalities WHERE code = $1', [code]))[0].n);

    it('lets an admin create one (201), audited', async () => {
      const input = body({ name: '  San Andrés de Machaca ' });
      const response = await ctx.http().post('/api/municipalities').set(bearer(adminToken)).send(input);
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String), code: input.code, name: 'San Andrés de Machaca', department: 'LP', kind: 'rural', country: 'BO', isPartner: true, agreementInForce: false,
      });
      const [row] = await ctx.db.query('SELECT code, name, department FROM municipalities WHERE id = $1', [response.body.id]);
      expect(row).toEqual({ code: input.code, name: 'San Andrés de Machaca', department: 'LP' });
      const audit = await ctx.db.query(`SELECT actor_id FROM audit_log WHERE action = 'municipality.create' AND entity_id = $1`, [response.body.id]);
      expect(audit).toEqual([{ actor_id: admin.id }]);

      const foreign = await ctx.http().post('/api/municipalities').set(bearer(adminToken)).send(body({ name: 'Bogotá', department: undefined, country: 'co', kind: 'urban' }));
      expect(foreign.status).toBe(201);
      expect(foreign.body).toMatchObject({ name: 'Bogotá', department: null, country: 'CO' });
    });

    it('refuses a duplicate code with 409 naming `code`', async () => {
      const input = body();
      expect((await ctx.http().post('/api/municipalities').set(bearer(adminToken)).send(input)).status).toBe(201);
      const again = await ctx.http().post('/api/municipalities').set(bearer(adminToken)).send(body({ code: input.code, name: 'Otro' }));
      expect(again.status).toBe(409);
      expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(fields(again.body)).toEqual(['code']);
      expect(await countByCode(input.code)).toBe(1);
    });

    it('refuses a Bolivian municipality without department (400 naming `department`)', async () => {
      const input = body({ department: undefined });
      const response = await ctx.http().post('/api/municipalities').set(bearer(adminToken)).send(input);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(fields(response.body)).toEqual(['department']);
      expect(await countByCode(input.code)).toBe(0);
      const nullDepartment = await ctx.http().post('/api/municipalities').set(bearer(adminToken)).send(body({ department: null }));
      expect(nullDepartment.status).toBe(400);
      expect(fields(nullDepartment.body)).toEqual(['department']);
    });

    it.each([
      ['lower case', 'ab-12'],
      ['too short', 'A'],
      ['spaces', '02 01 01'],
      ['too long', 'A'.repeat(17)],
    ])('refuses a bad code format (%s) with 400 naming `code`', async (_label, code) => {
      const response = await ctx.http().post('/api/municipalities').set(bearer(adminToken)).send(body({ code }));
      expect(response.status).toBe(400);
      expect(fields(response.body)).toEqual(['code']);
      expect(await countByCode(code)).toBe(0);
    });

    it('refuses non-admins (403)', async () => {
      for (const role of ['coordinator', 'manager', 'participant'] as const) {
        const { token } = await login(ctx, await makeUser(ctx.db, [role]));
        const input = body();
        const response = await ctx.http().post('/api/municipalities').set(bearer(token)).send(input);
        expect(response.status).toBe(403);
        expect(await countByCode(input.code)).toBe(0);
      }
    });
  });

  describe('agreements', () => {
    let municipality: MadeMunicipality;
    beforeAll(async () => {
      municipality = await makeMunicipality(ctx.db);
    });

    const agreementBody = (overrides: Record<string, unknown> = {}) => ({
      title: 'Convenio de cooperación interinstitucional', scope: 'Formación de servidores públicos',
      signedOn: laPazDate(-40), validFrom: laPazDate(-30), validUntil: laPazDate(300), ...overrides,
    });

    it('creates, lists, updates and deletes an agreement', async () => {
      const created = await ctx.http().post(`/api/municipalities/${municipality.id}/agreements`).set(bearer(adminToken)).send(agreementBody());
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String), municipalityId: municipality.id, title: 'Convenio de cooperación interinstitucional', scope: 'Formación de servidores públicos',
        signedOn: laPazDate(-40), validFrom: laPazDate(-30), validUntil: laPazDate(300), inForce: true,
      });
      const second = await ctx.http().post(`/api/municipalities/${municipality.id}/agreements`).set(bearer(adminToken))
        .send(agreementBody({ title: 'Adenda', scope: undefined, signedOn: laPazDate(-5), validFrom: laPazDate(-5), validUntil: undefined }));
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ scope: null, validUntil: null, inForce: true });

      const coordinator = await login(ctx, await makeUser(ctx.db, ['coordinator']));
      const listed = await ctx.http().get(`/api/municipalities/${municipality.id}/agreements`).set(bearer(coordinator.token));
      expect(listed.status).toBe(200);
      // Newest validity first.
      expect(listed.body.map((a: { id: string }) => a.id)).toEqual([second.body.id, created.body.id]);

      const updated = await ctx.http().patch(`/api/agreements/${created.body.id}`).set(bearer(adminToken)).send({ title: 'Convenio marco', validUntil: laPazDate(700) });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ id: created.body.id, title: 'Convenio marco', validFrom: laPazDate(-30), validUntil: laPazDate(700) });
      const [row] = await ctx.db.query(`SELECT title, to_char(valid_until, 'YYYY-MM-DD') AS valid_until FROM agreements WHERE id = $1`, [created.body.id]);
      expect(row).toEqual({ title: 'Convenio marco', valid_until: laPazDate(700) });

      expect((await ctx.http().delete(`/api/agreements/${second.body.id}`).set(bearer(coordinator.token))).status).toBe(403);
      const deleted = await ctx.http().delete(`/api/agreements/${second.body.id}`).set(bearer(adminToken));
      expect(deleted.status).toBe(204);
      expect(await countAgreements(municipality.id)).toBe(1);
      expect((await ctx.http().delete(`/api/agreements/${second.body.id}`).set(bearer(adminToken))).status).toBe(404);
      const audit = await ctx.db.query(`SELECT action FROM audit_log WHERE entity_id = ANY($1) ORDER BY created_at, action`, [[created.body.id, second.body.id]]);
      expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(['agreement.create', 'agreement.create', 'agreement.delete', 'agreement.update']);

      expect((await ctx.http().post(`/api/municipalities/${randomUUID()}/agreements`).set(bearer(adminToken)).send(agreementBody())).status).toBe(404);
      const participant = await login(ctx, await makeUser(ctx.db, ['participant']));
      expect((await ctx.http().post(`/api/municipalities/${municipality.id}/agreements`).set(bearer(participant.token)).send(agreementBody())).status).toBe(403);
      expect(await countAgreements(municipality.id)).toBe(1);
    });

    it('refuses validUntil before validFrom (400 naming `validUntil`), on create and on update, saving nothing', async () => {
      const place = await makeMunicipality(ctx.db);
      const response = await ctx.http().post(`/api/municipalities/${place.id}/agreements`).set(bearer(adminToken))
        .send(agreementBody({ validFrom: '2026-03-01', validUntil: '2026-02-28' }));
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(fields(response.body)).toEqual(['validUntil']);
      expect(await countAgreements(place.id)).toBe(0);

      const created = await ctx.http().post(`/api/municipalities/${place.id}/agreements`).set(bearer(adminToken))
        .send(agreementBody({ validFrom: '2026-03-01', validUntil: '2026-03-01' }));
      expect(created.status).toBe(201);
      const update = await ctx.http().patch(`/api/agreements/${created.body.id}`).set(bearer(adminToken)).send({ validUntil: '2026-01-31' });
      expect(update.status).toBe(400);
      expect(fields(update.body)).toEqual(['validUntil']);
      const moveStart = await ctx.http().patch(`/api/agreements/${created.body.id}`).set(bearer(adminToken)).send({ validFrom: '2026-04-01' });
      expect(moveStart.status).toBe(400);
      expect(fields(moveStart.body)).toEqual(['validUntil']);
      const [row] = await ctx.db.query(`SELECT to_char(valid_from, 'YYYY-MM-DD') AS f, to_char(valid_until, 'YYYY-MM-DD') AS u FROM agreements WHERE id = $1`, [created.body.id]);
      expect(row).toEqual({ f: '2026-03-01', u: '2026-03-01' });
    });

    it.each([
      ['validFrom', { validFrom: '2026-02-30' }],
      ['validUntil', { validUntil: '31/12/2027' }],
      ['signedOn', { signedOn: 'mañana' }],
      ['validFrom', { validFrom: '2026-03-01T10:00:00Z' }],
    ])('refuses a bad date in %s with 400 naming it', async (field, overrides) => {
      const place = await makeMunicipality(ctx.db);
      const response = await ctx.http().post(`/api/municipalities/${place.id}/agreements`).set(bearer(adminToken)).send(agreementBody(overrides));
      expect(response.status).toBe(400);
      expect([...new Set(fields(response.body))]).toEqual([field]);
      expect(await countAgreements(place.id)).toBe(0);
    });

    it('says an agreement covering today is in force and an expired one is not, also on the municipality', async () => {
      const current = await makeMunicipality(ctx.db);
      const expired = await makeMunicipality(ctx.db);
      const inForce = await ctx.http().post(`/api/municipalities/${current.id}/agreements`).set(bearer(adminToken))
        .send(agreementBody({ validFrom: laPazDate(-365), validUntil: laPazDate(30) }));
      const old = await ctx.http().post(`/api/municipalities/${expired.id}/agreements`).set(bearer(adminToken))
        .send(agreementBody({ signedOn: laPazDate(-800), validFrom: laPazDate(-730), validUntil: laPazDate(-30) }));
      expect(inForce.body.inForce).toBe(true);
      expect(old.body.inForce).toBe(false);

      const listed = async (id: string) => (await ctx.http().get(`/api/municipalities/${id}/agreements`).set(bearer(adminToken))).body;
      expect((await listed(current.id))[0].inForce).toBe(true);
      expect((await listed(expired.id))[0].inForce).toBe(false);

      const get = async (id: string) => (await ctx.http().get(`/api/municipalities/${id}`).set(bearer(adminToken))).body;
      expect((await get(current.id)).agreementInForce).toBe(true);
      expect((await get(expired.id)).agreementInForce).toBe(false);

      const all = (await ctx.http().get('/api/municipalities').set(bearer(adminToken))).body as { id: string; agreementInForce: boolean }[];
      expect(all.find((m) => m.id === current.id)?.agreementInForce).toBe(true);
      expect(all.find((m) => m.id === expired.id)?.agreementInForce).toBe(false);

      // Starting tomorrow is not in force yet; extending the old one to today brings it back.
      const future = await makeMunicipality(ctx.db);
      const tomorrow = await ctx.http().post(`/api/municipalities/${future.id}/agreements`).set(bearer(adminToken))
        .send(agreementBody({ validFrom: laPazDate(2), validUntil: laPazDate(400) }));
      expect(tomorrow.body.inForce).toBe(false);
      expect((await get(future.id)).agreementInForce).toBe(false);
      const extended = await ctx.http().patch(`/api/agreements/${old.body.id}`).set(bearer(adminToken)).send({ validUntil: null });
      expect(extended.status).toBe(200);
      expect(extended.body).toMatchObject({ validUntil: null, inForce: true });
      expect((await get(expired.id)).agreementInForce).toBe(true);
    });
  });
});
