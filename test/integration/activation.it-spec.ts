import { createTestApp, login, makeMunicipality, makeUser } from '../support/test-app';
import type { TestContext } from '../support/test-app';

describe('account activation links (real PostgreSQL)', () => {
  let ctx: TestContext;
  let adminToken: string;
  let municipality: { id: string; code: string };
  beforeAll(async () => {
    ctx = await createTestApp();
    municipality = await makeMunicipality(ctx.db, { name: 'Municipio Activación' });
    const admin = await makeUser(ctx.db, ['admin'], { municipalityId: municipality.id });
    adminToken = (await login(ctx, admin)).token;
  });
  afterAll(() => ctx.close());

  const importOne = async (email: string, ci: string) => {
    const csv = `correo;nombres;apellidos;ci;expedido;genero;municipio\n${email};Teodora;Quispe Ñuñez;${ci};LP;F;${municipality.code}\n`;
    const response = await ctx.http().post('/api/users/import').set('Authorization', `Bearer ${adminToken}`).attach('file', Buffer.from(csv), 'f.csv');
    expect(response.status).toBe(200);
    const [{ id }] = await ctx.db.query('SELECT id FROM users WHERE email = $1', [email]);
    return id as string;
  };
  const tokenOf = (url: string) => url.split('/activar/')[1];

  it('lets an imported official choose a password once through the link, then log in', async () => {
    const email = `teodora.${Date.now()}@prueba.egm.bo`;
    const id = await importOne(email, String(Date.now()).slice(-8));
    const user = await ctx.http().get(`/api/users/${id}`).set('Authorization', `Bearer ${adminToken}`);
    expect(user.body.pendingActivation).toBe(true);
    expect((await ctx.http().post('/api/auth/login').send({ email, password: 'Cualquier-2026' })).status).toBe(401);

    const issued = await ctx.http().post(`/api/users/${id}/activation-link`).set('Authorization', `Bearer ${adminToken}`).set('Host', 'campus.ejemplo.bo');
    expect(issued.status).toBe(201);
    expect(issued.body.url).toMatch(/^http:\/\/campus\.ejemplo\.bo\/activar\/[\w-]{32}$/);
    const token = tokenOf(issued.body.url);

    const info = await ctx.http().get(`/api/auth/activation/${token}`);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ email, fullName: 'Teodora Quispe Ñuñez' });

    const weak = await ctx.http().post('/api/auth/activation').send({ token, password: 'corta' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);

    const done = await ctx.http().post('/api/auth/activation').send({ token, password: 'Mi-Clave-Nueva-2026' });
    expect(done.status).toBe(204);
    expect((await ctx.http().post('/api/auth/login').send({ email, password: 'Mi-Clave-Nueva-2026' })).status).toBe(200);
    const after = await ctx.http().get(`/api/users/${id}`).set('Authorization', `Bearer ${adminToken}`);
    expect(after.body.pendingActivation).toBe(false);

    // The link works once.
    const again = await ctx.http().post('/api/auth/activation').send({ token, password: 'Otra-Clave-2026' });
    expect(again.status).toBe(404);
    expect(again.body.detail).toBe('El enlace no es válido o ya venció');
    expect((await ctx.http().get(`/api/auth/activation/${token}`)).status).toBe(404);
  });

  it('refuses unknown, superseded and expired links alike, and concurrent uses succeed only once', async () => {
    expect((await ctx.http().get('/api/auth/activation/no-existe')).status).toBe(404);
    const id = await importOne(`doble.${Date.now()}@prueba.egm.bo`, String(Date.now() + 7).slice(-8));
    const first = tokenOf((await ctx.http().post(`/api/users/${id}/activation-link`).set('Authorization', `Bearer ${adminToken}`)).body.url);
    const second = tokenOf((await ctx.http().post(`/api/users/${id}/activation-link`).set('Authorization', `Bearer ${adminToken}`)).body.url);
    expect((await ctx.http().get(`/api/auth/activation/${first}`)).status).toBe(404);

    const statuses = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => ctx.http().post('/api/auth/activation').send({ token: second, password: `Carrera-${n}-2026` }).then((r) => r.status)),
    );
    expect(statuses.sort()).toEqual([204, 404, 404, 404, 404]);

    const third = tokenOf((await ctx.http().post(`/api/users/${id}/activation-link`).set('Authorization', `Bearer ${adminToken}`)).body.url);
    await ctx.db.query(`UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND used_at IS NULL`, [id]);
    expect((await ctx.http().post('/api/auth/activation').send({ token: third, password: 'Vencida-2026x' })).status).toBe(404);
  });

  it('exports a CSV of fresh links for the people pending activation of a municipality, admins only', async () => {
    const other = await makeMunicipality(ctx.db, { name: 'Otro Municipio' });
    const email = `csv.${Date.now()}@prueba.egm.bo`;
    await importOne(email, String(Date.now() + 13).slice(-8));
    await makeUser(ctx.db, ['participant'], { municipalityId: other.id }); // has a password: not listed
    const response = await ctx.http().post('/api/users/activation-links').set('Authorization', `Bearer ${adminToken}`).send({ municipalityId: municipality.id });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('enlaces-activacion.csv');
    const text: string = response.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toBe('correo;nombres;apellidos;municipio;enlace;vence');
    const [{ pending }] = await ctx.db.query(
      `SELECT count(*)::int AS pending FROM users WHERE municipality_id = $1 AND pending_activation AND active`,
      [municipality.id],
    );
    expect(lines).toHaveLength(pending + 1);
    const row = lines.find((l) => l.startsWith(email))!.split(';');
    expect(row[3]).toBe('Municipio Activación');
    const info = await ctx.http().get(`/api/auth/activation/${tokenOf(row[4])}`);
    expect(info.body.email).toBe(email);
    const audit = await ctx.db.query(`SELECT after FROM audit_log WHERE action = 'user.activation_links_export' ORDER BY created_at DESC LIMIT 1`);
    expect(audit[0].after).toEqual({ count: pending, municipalityId: municipality.id });

    const coordinator = await makeUser(ctx.db, ['coordinator']);
    const { token } = await login(ctx, coordinator);
    expect((await ctx.http().post('/api/users/activation-links').set('Authorization', `Bearer ${token}`).send({})).status).toBe(403);
    expect((await ctx.http().post(`/api/users/${coordinator.id}/activation-link`).set('Authorization', `Bearer ${token}`)).status).toBe(403);
  });
});
