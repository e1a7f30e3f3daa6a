import { randomUUID } from 'node:crypto';
import { createTestApp, login, makeMunicipality, makeUser, TEST_PASSWORD } from '../support/test-app';
import type { MadeMunicipality, MadeUser, TestContext } from '../support/test-app';

const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
const ids = (body: { items: { id: string }[] }) => body.items.map((u) => u.id).sort();

/** A unique 9-digit cédula (makeUser uses 7 digits, so the two never collide). */
const cedula = () => String(100_000_000 + Math.floor(Math.random() * 899_999_999));

describe('users (real PostgreSQL)', () => {
  let ctx: TestContext;
  let admin: MadeUser;
  let adminToken: string;
  let municipality: MadeMunicipality;

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const newUserBody = (overrides: Record<string, unknown> = {}) => {
    const tag = randomUUID().slice(0, 8);
    return {
      email: `Ana.Quispe.${tag}@Achocalla.GOB.bo`,
      password: 'Segura-Clave-2026',
      firstNames: 'Ana María',
      lastNames: `Quispe Ñusta ${tag}`,
      nationalIdNumber: cedula(),
      nationalIdIssuedIn: 'LP',
      gender: 'female',
      municipalityId: municipality.id,
      orgUnit: 'Dirección de Finanzas',
      position: 'Técnica',
      roles: ['participant'],
      ...overrides,
    };
  };
  const countUsers = async (where: string, params: unknown[]) =>
    Number((await ctx.db.query(`SELECT count(*)::int AS n FROM users WHERE ${where}`, params))[0].n);

  beforeAll(async () => {
    ctx = await createTestApp();
    municipality = await makeMunicipality(ctx.db);
    admin = await makeUser(ctx.db, ['admin']);
    adminToken = (await login(ctx, admin)).token;
  });
  afterAll(() => ctx.close());

  describe('create', () => {
    it('creates a user: 201, UserDto shape, no password in the body, email lower-cased, audit row', async () => {
      const body = newUserBody();
      const response = await ctx.http().post('/api/users').set(bearer(adminToken)).send(body);
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        email: body.email.toLowerCase(),
        firstNames: 'Ana María',
        lastNames: body.lastNames,
        fullName: `Ana María ${body.lastNames}`,
        nationalIdNumber: body.nationalIdNumber,
        nationalIdComplement: null,
        nationalIdIssuedIn: 'LP',
        gender: 'female',
        municipality: { id: municipality.id, code: municipality.code, name: expect.any(String), department: 'LP', country: 'BO' },
        orgUnit: 'Dirección de Finanzas',
        position: 'Técnica',
        phone: null,
        roles: ['participant'],
        active: true,
        pendingActivation: false,
        locale: 'es',
        lastLoginAt: null,
        createdAt: expect.any(String),
      });
      const text = JSON.stringify(response.body);
      expect(text).not.toContain(body.password);
      expect(text).not.toMatch(/password/i);

      const [row] = await ctx.db.query('SELECT email, password_hash FROM users WHERE id = $1', [response.body.id]);
      expect(row.email).toBe(body.email.toLowerCase());
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      // The new account can log in with its (case-insensitive) email and password.
      expect((await ctx.http().post('/api/auth/login').send({ email: body.email, password: body.password })).status).toBe(200);

      const audit = await ctx.db.query(`SELECT actor_id, action, entity_type, entity_id FROM audit_log WHERE action = 'user.create' AND entity_id = $1`, [response.body.id]);
      expect(audit).toEqual([{ actor_id: admin.id, action: 'user.create', entity_type: 'user', entity_id: response.body.id }]);
    });

    it('refuses a duplicate email (any case) and a duplicate cédula with 409 naming the field', async () => {
      const first = newUserBody();
      expect((await ctx.http().post('/api/users').set(bearer(adminToken)).send(first)).status).toBe(201);

      const sameEmail = await ctx.http().post('/api/users').set(bearer(adminToken)).send(newUserBody({ email: first.email.toUpperCase() }));
      expect(sameEmail.status).toBe(409);
      expect(sameEmail.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(fields(sameEmail.body)).toEqual(['email']);

      const sameCedula = await ctx.http().post('/api/users').set(bearer(adminToken)).send(newUserBody({ nationalIdNumber: first.nationalIdNumber }));
      expect(sameCedula.status).toBe(409);
      expect(fields(sameCedula.body)).toEqual(['nationalIdNumber']);

      const both = await ctx.http().post('/api/users').set(bearer(adminToken)).send(newUserBody({ email: first.email, nationalIdNumber: first.nationalIdNumber }));
      expect(both.status).toBe(409);
      expect(fields(both.body)).toEqual(['email', 'nationalIdNumber']);

      // Same number with a complement is another person (the unique key is number + complement).
      const withComplement = await ctx.http().post('/api/users').set(bearer(adminToken)).send(newUserBody({ nationalIdNumber: first.nationalIdNumber, nationalIdComplement: '1b' }));
      expect(withComplement.status).toBe(201);
      expect(withComplement.body.nationalIdComplement).toBe('1B');

      expect(await countUsers('national_id_number = $1', [first.nationalIdNumber])).toBe(2);
    });

    it('names the cédula field also when two requests race for the same one (database constraint)', async () => {
      const number = cedula();
      const responses = await Promise.all([
        ctx.http().post('/api/users').set(bearer(adminToken)).send(newUserBody({ nationalIdNumber: number })),
        ctx.http().post('/api/users').set(bearer(adminToken)).send(newUserBody({ nationalIdNumber: number })),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      const conflict = responses.find((r) => r.status === 409)!;
      expect(fields(conflict.body)).toEqual(['nationalIdNumber']);
      expect(await countUsers('national_id_number = $1', [number])).toBe(1);
    });

    it.each([
      ['a bad email', { email: 'no-es-un-correo' }, ['email']],
      ['a short password', { password: 'Ab1' }, ['password']],
      ['an unknown role', { roles: ['participant', 'superuser'] }, ['roles']],
      ['an unknown municipality', { municipalityId: randomUUID() }, ['municipalityId']],
      ['a malformed municipality id', { municipalityId: 'no-uuid' }, ['municipalityId']],
      ['an extra unknown property', { isSuperAdmin: true }, ['isSuperAdmin']],
    ])('refuses %s with 400 problem+json naming the field, and saves nothing', async (_label, overrides, expected) => {
      const body = newUserBody(overrides);
      const before = await countUsers('national_id_number = $1 OR lower(email) = lower($2)', [body.nationalIdNumber, body.email]);
      const response = await ctx.http().post('/api/users').set(bearer(adminToken)).send(body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 400, title: expect.any(String) });
      expect(fields(response.body)).toEqual(expected);
      for (const error of response.body.errors) expect(error.message).toEqual(expect.any(String));
      expect(before).toBe(0);
      expect(await countUsers('national_id_number = $1 OR lower(email) = lower($2)', [body.nationalIdNumber, body.email])).toBe(0);
    });

    it('names every bad field of one request at once, and saves nothing', async () => {
      const body = newUserBody({ email: 'malo', password: 'corta', roles: ['rey'], gender: 'x', nationalIdNumber: '12', extra: 1 });
      const beforeInMunicipality = await countUsers('municipality_id = $1', [municipality.id]);
      const response = await ctx.http().post('/api/users').set(bearer(adminToken)).send(body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect([...new Set(fields(response.body))].sort()).toEqual(['email', 'extra', 'gender', 'nationalIdNumber', 'password', 'roles']);
      expect(await countUsers('municipality_id = $1', [municipality.id])).toBe(beforeInMunicipality);
    });
  });

  describe('update, roles, activation', () => {
    it('updates a user and lower-cases a changed email', async () => {
      const created = (await ctx.http().post('/api/users').set(bearer(adminToken)).send(newUserBody())).body;
      const other = await makeMunicipality(ctx.db, { department: 'CB' });
      const response = await ctx.http().patch(`/api/users/${created.id}`).set(bearer(adminToken))
        .send({ position: 'Jefa de Unidad', municipalityId: other.id, email: `NUEVO.${created.id.slice(0, 8)}@Prueba.EGM.bo` });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: created.id, position: 'Jefa de Unidad', municipality: { id: other.id, department: 'CB' }, email: `nuevo.${created.id.slice(0, 8)}@prueba.egm.bo` });
      const [row] = await ctx.db.query('SELECT position, municipality_id, email FROM users WHERE id = $1', [created.id]);
      expect(row).toEqual({ position: 'Jefa de Unidad', municipality_id: other.id, email: `nuevo.${created.id.slice(0, 8)}@prueba.egm.bo` });

      const taken = await ctx.http().patch(`/api/users/${created.id}`).set(bearer(adminToken)).send({ email: admin.email });
      expect(taken.status).toBe(409);
      expect(fields(taken.body)).toEqual(['email']);
      expect((await ctx.http().patch(`/api/users/${randomUUID()}`).set(bearer(adminToken)).send({ position: 'x' })).status).toBe(404);
    });

    it('audits a person editing their own profile with only the changed fields, and nothing when nothing changed', async () => {
      const person = await makeUser(ctx.db, ['participant']);
      await ctx.db.query(`UPDATE users SET position = 'Técnico', phone = '+591 2 2650000', org_unit = 'Catastro' WHERE id = $1`, [person.id]);
      const { token } = await login(ctx, person);
      const edited = await ctx.http().patch('/api/auth/me').set(bearer(token)).send({ position: 'Jefe de Unidad', phone: '+591 71234567', orgUnit: 'Catastro' });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ position: 'Jefe de Unidad', phone: '+591 71234567', orgUnit: 'Catastro' });
      expect((await ctx.http().patch('/api/auth/me').set(bearer(token)).send({ position: 'Jefe de Unidad' })).status).toBe(200);
      const audit = await ctx.db.query(`SELECT actor_id, action, entity_type, entity_id, before, after FROM audit_log WHERE entity_id = $1 AND action LIKE 'user.%'`, [person.id]);
      expect(audit).toEqual([{
        actor_id: person.id, action: 'user.profile_update', entity_type: 'user', entity_id: person.id,
        before: { position: 'Técnico', phone: '+591 2 2650000' }, after: { position: 'Jefe de Unidad', phone: '+591 71234567' },
      }]);
      expect(JSON.stringify(audit)).not.toMatch(/password|\$argon2/i);
    });

    it('sets roles with PUT /:id/roles, audited, and refuses unknown roles', async () => {
      const target = await makeUser(ctx.db, ['participant'], { municipalityId: municipality.id });
      const response = await ctx.http().put(`/api/users/${target.id}/roles`).set(bearer(adminToken)).send({ roles: ['facilitator', 'tutor'] });
      expect(response.status).toBe(200);
      expect(response.body.roles).toEqual(['facilitator', 'tutor']);
      const [row] = await ctx.db.query('SELECT roles FROM users WHERE id = $1', [target.id]);
      expect(row.roles).toEqual(['facilitator', 'tutor']);
      // The new roles apply at once: the user's next login carries them.
      expect((await login(ctx, target)).body.user.roles).toEqual(['facilitator', 'tutor']);

      const audit = await ctx.db.query(`SELECT actor_id, action, entity_id, before, after FROM audit_log WHERE action = 'user.roles' AND entity_id = $1`, [target.id]);
      expect(audit).toEqual([{ actor_id: admin.id, action: 'user.roles', entity_id: target.id, before: { roles: ['participant'] }, after: { roles: ['facilitator', 'tutor'] } }]);

      const bad = await ctx.http().put(`/api/users/${target.id}/roles`).set(bearer(adminToken)).send({ roles: [] });
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['roles']);
      const unknown = await ctx.http().put(`/api/users/${target.id}/roles`).set(bearer(adminToken)).send({ roles: ['dios'] });
      expect(unknown.status).toBe(400);
      expect(fields(unknown.body)).toEqual(['roles']);
      expect((await ctx.db.query('SELECT roles FROM users WHERE id = $1', [target.id]))[0].roles).toEqual(['facilitator', 'tutor']);
    });

    it('deactivating refuses the login (403), revokes refresh tokens, audits; activating lets the user in again', async () => {
      const target = await makeUser(ctx.db, ['participant'], { municipalityId: municipality.id });
      const session = await login(ctx, target);
      await login(ctx, target); // a second session (another device)
      const live = async () => Number((await ctx.db.query('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL', [target.id]))[0].n);
      expect(await live()).toBe(2);

      const off = await ctx.http().post(`/api/users/${target.id}/deactivate`).set(bearer(adminToken));
      expect(off.status).toBe(200);
      expect(off.body.active).toBe(false);
      expect(await live()).toBe(0);
      expect((await ctx.http().post('/api/auth/refresh').set('Cookie', session.cookie)).status).toBe(401);
      expect((await ctx.http().get('/api/auth/me').set(bearer(session.token))).status).toBe(401);
      const refused = await ctx.http().post('/api/auth/login').send({ email: target.email, password: TEST_PASSWORD });
      expect(refused.status).toBe(403);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);

      const audit = await ctx.db.query(`SELECT actor_id, action, entity_id FROM audit_log WHERE action = 'user.deactivate' AND entity_id = $1`, [target.id]);
      expect(audit).toEqual([{ actor_id: admin.id, action: 'user.deactivate', entity_id: target.id }]);

      const on = await ctx.http().post(`/api/users/${target.id}/activate`).set(bearer(adminToken));
      expect(on.status).toBe(200);
      expect(on.body.active).toBe(true);
      expect((await ctx.http().post('/api/auth/login').send({ email: target.email, password: TEST_PASSWORD })).status).toBe(200);
    });

    it('refuses an admin removing their own admin role or deactivating themself (400)', async () => {
      const self = await makeUser(ctx.db, ['admin', 'coordinator']);
      const { token } = await login(ctx, self);
      const roles = await ctx.http().put(`/api/users/${self.id}/roles`).set(bearer(token)).send({ roles: ['coordinator'] });
      expect(roles.status).toBe(400);
      expect(roles.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(fields(roles.body)).toEqual(['roles']);
      const viaPatch = await ctx.http().patch(`/api/users/${self.id}`).set(bearer(token)).send({ roles: ['participant'] });
      expect(viaPatch.status).toBe(400);
      const deactivate = await ctx.http().post(`/api/users/${self.id}/deactivate`).set(bearer(token));
      expect(deactivate.status).toBe(400);
      const [row] = await ctx.db.query('SELECT roles, active FROM users WHERE id = $1', [self.id]);
      expect(row).toEqual({ roles: ['admin', 'coordinator'], active: true });
      // Keeping admin while changing the other roles is fine.
      expect((await ctx.http().put(`/api/users/${self.id}/roles`).set(bearer(token)).send({ roles: ['admin'] })).status).toBe(200);
    });
  });

  describe('role checks', () => {
    it('refuses a participant listing or creating users (403)', async () => {
      const participant = await makeUser(ctx.db, ['participant'], { municipalityId: municipality.id });
      const { token } = await login(ctx, participant);
      const list = await ctx.http().get('/api/users').set(bearer(token));
      expect(list.status).toBe(403);
      expect(list.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = newUserBody();
      expect((await ctx.http().post('/api/users').set(bearer(token)).send(body)).status).toBe(403);
      expect((await ctx.http().get(`/api/users/${participant.id}`).set(bearer(token))).status).toBe(403);
      expect(await countUsers('national_id_number = $1', [body.nationalIdNumber])).toBe(0);
    });

    it('lets a coordinator list but not create, change roles or deactivate (403)', async () => {
      const coordinator = await makeUser(ctx.db, ['coordinator']);
      const { token } = await login(ctx, coordinator);
      expect((await ctx.http().get('/api/users').set(bearer(token))).status).toBe(200);
      const body = newUserBody();
      expect((await ctx.http().post('/api/users').set(bearer(token)).send(body)).status).toBe(403);
      expect((await ctx.http().put(`/api/users/${coordinator.id}/roles`).set(bearer(token)).send({ roles: ['admin'] })).status).toBe(403);
      expect((await ctx.http().post(`/api/users/${admin.id}/deactivate`).set(bearer(token))).status).toBe(403);
      expect(await countUsers('national_id_number = $1', [body.nationalIdNumber])).toBe(0);
      expect((await ctx.db.query('SELECT roles FROM users WHERE id = $1', [coordinator.id]))[0].roles).toEqual(['coordinator']);
    });
  });

  describe('scoping and filters', () => {
    let north: MadeMunicipality;
    let south: MadeMunicipality;
    let liaison: MadeUser;
    let northPeople: MadeUser[];
    let southPeople: MadeUser[];

    beforeAll(async () => {
      north = await makeMunicipality(ctx.db, { department: 'LP' });
      south = await makeMunicipality(ctx.db, { department: 'PT' });
      liaison = await makeUser(ctx.db, ['municipal_liaison'], { municipalityId: north.id });
      northPeople = [
        await makeUser(ctx.db, ['participant'], { municipalityId: north.id }),
        await makeUser(ctx.db, ['participant'], { municipalityId: north.id, active: false }),
        await makeUser(ctx.db, ['facilitator'], { municipalityId: north.id }),
      ];
      southPeople = [
        await makeUser(ctx.db, ['participant'], { municipalityId: south.id }),
        await makeUser(ctx.db, ['municipal_liaison'], { municipalityId: south.id }),
      ];
    });

    it('shows a liaison only the people of their municipality, with a matching total', async () => {
      const { token } = await login(ctx, liaison);
      const response = await ctx.http().get('/api/users').query({ pageSize: 100 }).set(bearer(token));
      expect(response.status).toBe(200);
      const expected = [liaison, ...northPeople].map((u) => u.id).sort();
      expect(ids(response.body)).toEqual(expected);
      expect(response.body.total).toBe(expected.length);
      expect(response.body.items.every((u: { municipality: { id: string } }) => u.municipality.id === north.id)).toBe(true);

      // Asking for the other municipality gives nothing rather than widening the scope.
      const other = await ctx.http().get('/api/users').query({ municipalityId: south.id }).set(bearer(token));
      expect(other.status).toBe(200);
      expect(other.body).toMatchObject({ items: [], total: 0 });
      // Searching for someone of the other municipality by email finds nobody.
      const search = await ctx.http().get('/api/users').query({ search: southPeople[0].email }).set(bearer(token));
      expect(search.body).toMatchObject({ items: [], total: 0 });
    });

    it('answers 404 to a liaison asking for someone of another municipality, 200 for their own', async () => {
      const { token } = await login(ctx, liaison);
      const foreign = await ctx.http().get(`/api/users/${southPeople[0].id}`).set(bearer(token));
      expect(foreign.status).toBe(404);
      expect(foreign.headers['content-type']).toMatch(/^application\/problem\+json/);
      const noMunicipality = await ctx.http().get(`/api/users/${admin.id}`).set(bearer(token));
      expect(noMunicipality.status).toBe(404);
      const own = await ctx.http().get(`/api/users/${northPeople[0].id}`).set(bearer(token));
      expect(own.status).toBe(200);
      expect(own.body.id).toBe(northPeople[0].id);
      expect((await ctx.http().get(`/api/users/${liaison.id}`).set(bearer(token))).status).toBe(200);
    });

    it('lets a manager see people of both municipalities', async () => {
      const manager = await makeUser(ctx.db, ['manager']);
      const { token } = await login(ctx, manager);
      for (const [place, people] of [[north, [liaison, ...northPeople]], [south, southPeople]] as const) {
        const response = await ctx.http().get('/api/users').query({ municipalityId: place.id }).set(bearer(token));
        expect(response.status).toBe(200);
        expect(ids(response.body)).toEqual(people.map((u) => u.id).sort());
        expect(response.body.total).toBe(people.length);
      }
      expect((await ctx.http().get(`/api/users/${southPeople[1].id}`).set(bearer(token))).status).toBe(200);
      expect((await ctx.http().get(`/api/users/${northPeople[1].id}`).set(bearer(token))).status).toBe(200);
      // A manager reads but does not write.
      expect((await ctx.http().post(`/api/users/${southPeople[0].id}/deactivate`).set(bearer(token))).status).toBe(403);
    });

    it('filters by role, active flag and search, and pages in a stable order', async () => {
      const q = (query: Record<string, unknown>) => ctx.http().get('/api/users').query({ municipalityId: north.id, ...query }).set(bearer(adminToken));

      const participants = await q({ role: 'participant' });
      expect(ids(participants.body)).toEqual([northPeople[0].id, northPeople[1].id].sort());
      expect(participants.body.total).toBe(2);

      const inactive = await q({ active: 'false' });
      expect(ids(inactive.body)).toEqual([northPeople[1].id]);
      const active = await q({ active: 'true' });
      expect(ids(active.body)).toEqual([liaison.id, northPeople[0].id, northPeople[2].id].sort());
      expect(ids((await q({ active: 'true', role: 'participant' })).body)).toEqual([northPeople[0].id]);

      const byEmail = await q({ search: northPeople[2].email.toUpperCase() });
      expect(ids(byEmail.body)).toEqual([northPeople[2].id]);
      const [{ last_names }] = await ctx.db.query('SELECT last_names FROM users WHERE id = $1', [northPeople[0].id]);
      const byName = await ctx.http().get('/api/users').query({ search: `prueba ${last_names}` }).set(bearer(adminToken));
      expect(ids(byName.body)).toEqual([northPeople[0].id]);
      expect(byName.body.total).toBe(1);

      // Pages of 2 over the 4 people: disjoint, complete, total constant.
      const all = [liaison, ...northPeople].map((u) => u.id).sort();
      const page1 = await q({ pageSize: 2, page: 1 });
      const page2 = await q({ pageSize: 2, page: 2 });
      const page3 = await q({ pageSize: 2, page: 3 });
      expect(page1.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
      expect(page2.body).toMatchObject({ total: 4, page: 2, pageSize: 2 });
      expect(page1.body.items).toHaveLength(2);
      expect(page2.body.items).toHaveLength(2);
      expect(page3.body).toMatchObject({ items: [], total: 4 });
      expect([...ids(page1.body), ...ids(page2.body)].sort()).toEqual(all);

      const bad = await ctx.http().get('/api/users').query({ pageSize: 1000, role: 'rey', active: 'quizás' }).set(bearer(adminToken));
      expect(bad.status).toBe(400);
      expect([...new Set(fields(bad.body))].sort()).toEqual(['active', 'pageSize', 'role']);
    });
  });
});
