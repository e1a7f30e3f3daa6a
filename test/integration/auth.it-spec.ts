import { createHash } from 'node:crypto';
import { createTestApp, login, makeMunicipality, makeUser } from '../support/test-app';
import type { TestContext } from '../support/test-app';

describe('auth (real PostgreSQL)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('logs in with email and password and answers {accessToken, user} with an httpOnly refresh cookie', async () => {
    const municipality = await makeMunicipality(ctx.db);
    const user = await makeUser(ctx.db, ['participant'], { municipalityId: municipality.id });
    const response = await ctx.http().post('/api/auth/login').send({ email: user.email.toUpperCase(), password: user.password });
    expect(response.status).toBe(200);
    expect(response.body.accessToken).toEqual(expect.any(String));
    expect(response.body.user).toMatchObject({ email: user.email, roles: ['participant'], municipality: { id: municipality.id } });
    const cookie = ([] as string[]).concat(response.headers['set-cookie'])[0];
    expect(cookie).toMatch(/^campus_rt=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const me = await ctx.http().get('/api/auth/me').set('Authorization', `Bearer ${response.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(user.id);
  });

  it('refuses wrong credentials with problem+json, and missing fields with a 400 naming them', async () => {
    const user = await makeUser(ctx.db, ['participant']);
    const wrong = await ctx.http().post('/api/auth/login').send({ email: user.email, password: 'incorrecta-123' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.body).toMatchObject({ status: 401, detail: 'Correo o contraseña incorrectos' });
    const unknown = await ctx.http().post('/api/auth/login').send({ email: 'nadie@prueba.egm.bo', password: 'x' });
    expect(unknown.body.detail).toBe(wrong.body.detail);

    const missing = await ctx.http().post('/api/auth/login').send({});
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['email', 'password']);
  });

  it('locks the account after repeated failures, even for the right password, and says so', async () => {
    const user = await makeUser(ctx.db, ['participant']);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await ctx.http().post('/api/auth/login').send({ email: user.email, password: `mala-${i}-clave` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const right = await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password });
    expect(right.status).toBe(423);
    expect(right.body.detail).toMatch(/bloqueada/);
    const [{ locked_until }] = await ctx.db.query('SELECT locked_until FROM users WHERE id = $1', [user.id]);
    expect(new Date(locked_until).getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);

    // When the lock has expired, the right password works again and resets the counter.
    await ctx.db.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [user.id]);
    const after = await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password });
    expect(after.status).toBe(200);
    const [{ failed_login_count }] = await ctx.db.query('SELECT failed_login_count FROM users WHERE id = $1', [user.id]);
    expect(failed_login_count).toBe(0);
  });

  it('audits sign-ins on an existing account (success, failures with their count, the lock), never a password or token', async () => {
    const user = await makeUser(ctx.db, ['participant']);
    const wrong = (i: number) => `mala-${i}-clave`;
    for (let i = 0; i < 5; i++) await ctx.http().post('/api/auth/login').send({ email: user.email, password: wrong(i) });
    expect((await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password })).status).toBe(423);
    await ctx.db.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [user.id]);
    const session = await login(ctx, user);
    const unknown = `nadie-${user.id}@prueba.egm.bo`;
    await ctx.http().post('/api/auth/login').send({ email: unknown, password: 'x' });

    const rows: { actor_id: string | null; action: string; entity_type: string; after: Record<string, unknown> | null; ip: string | null }[] =
      await ctx.db.query(`SELECT actor_id, action, entity_type, after, ip FROM audit_log WHERE entity_id = $1 AND action LIKE 'auth.%' ORDER BY created_at, id`, [user.id]);
    expect(rows.map((r) => [r.action, r.actor_id, r.entity_type, r.after?.reason ?? null, r.after?.failedLoginCount ?? null])).toEqual([
      ['auth.login_failed', null, 'user', 'password', 1],
      ['auth.login_failed', null, 'user', 'password', 2],
      ['auth.login_failed', null, 'user', 'password', 3],
      ['auth.login_failed', null, 'user', 'password', 4],
      ['auth.locked', null, 'user', 'password', 5],
      ['auth.login_failed', null, 'user', 'locked', 5],
      ['auth.login', user.id, 'user', null, null],
    ]);
    expect(rows[4].after?.lockedUntil).toEqual(expect.any(String));
    expect(rows.every((r) => r.ip !== null)).toBe(true);
    // Nothing secret in any of them; unknown emails leave no entry.
    const text = JSON.stringify(rows);
    for (const secret of [user.password, ...[0, 1, 2, 3, 4].map(wrong), session.token, session.cookie.split(';')[0].split('=')[1]]) {
      expect(text).not.toContain(secret);
    }
    const [{ n }] = await ctx.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE after::text LIKE $1 OR before::text LIKE $1`, [`%${unknown}%`]);
    expect(n).toBe(0);
  });

  it('audits a sign-in refused because the account is deactivated', async () => {
    const user = await makeUser(ctx.db, ['participant']);
    await ctx.db.query('UPDATE users SET active = false WHERE id = $1', [user.id]);
    expect((await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password })).status).toBe(403);
    const rows = await ctx.db.query(`SELECT actor_id, action, after FROM audit_log WHERE entity_id = $1 AND action LIKE 'auth.%'`, [user.id]);
    expect(rows).toEqual([{ actor_id: null, action: 'auth.login_failed', after: { reason: 'inactive' } }]);
  });

  it('rotates the refresh token, and a reused token revokes the whole family', async () => {
    const user = await makeUser(ctx.db, ['participant']);
    const first = await login(ctx, user);
    const refreshed = await ctx.http().post('/api/auth/refresh').set('Cookie', first.cookie);
    expect(refreshed.status).toBe(200);
    const second = ([] as string[]).concat(refreshed.headers['set-cookie']).find((c) => c.startsWith('campus_rt='))!;
    expect(second.split(';')[0]).not.toBe(first.cookie.split(';')[0]);
    // The rotated token points to its successor.
    const hashOf = (cookie: string) => createHash('sha256').update(decodeURIComponent(cookie.split(';')[0].split('=')[1])).digest('hex');
    const [rotated] = await ctx.db.query('SELECT revoked_at, replaced_by FROM refresh_tokens WHERE token_hash = $1', [hashOf(first.cookie)]);
    const [successor] = await ctx.db.query('SELECT id, family_id FROM refresh_tokens WHERE token_hash = $1', [hashOf(second)]);
    expect(rotated.revoked_at).not.toBeNull();
    expect(rotated.replaced_by).toBe(successor.id);

    // Reusing the first (already rotated) token is refused and kills the second one too.
    const reuse = await ctx.http().post('/api/auth/refresh').set('Cookie', first.cookie);
    expect(reuse.status).toBe(401);
    const afterTheft = await ctx.http().post('/api/auth/refresh').set('Cookie', second);
    expect(afterTheft.status).toBe(401);
  });

  it('logout revokes the refresh token', async () => {
    const user = await makeUser(ctx.db, ['participant']);
    const session = await login(ctx, user);
    expect((await ctx.http().post('/api/auth/logout').set('Cookie', session.cookie)).status).toBe(204);
    expect((await ctx.http().post('/api/auth/refresh').set('Cookie', session.cookie)).status).toBe(401);
  });

  it('refuses requests without a token, and a deactivated user at once', async () => {
    expect((await ctx.http().get('/api/auth/me')).status).toBe(401);
    expect((await ctx.http().get('/api/users')).status).toBe(401);
    const user = await makeUser(ctx.db, ['participant']);
    const session = await login(ctx, user);
    await ctx.db.query('UPDATE users SET active = false WHERE id = $1', [user.id]);
    expect((await ctx.http().get('/api/auth/me').set('Authorization', `Bearer ${session.token}`)).status).toBe(401);
    const relogin = await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password });
    expect(relogin.status).toBe(403);
  });

  it('changes the own password only with the right current one', async () => {
    const user = await makeUser(ctx.db, ['participant']);
    const { token } = await login(ctx, user);
    const bad = await ctx.http().post('/api/auth/me/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: 'no-es-esta-1', newPassword: 'NuevaClave-2027' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'currentPassword', message: 'No es correcta' }]);
    const weak = await ctx.http().post('/api/auth/me/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: user.password, newPassword: 'corta' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('newPassword');
    const ok = await ctx.http().post('/api/auth/me/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: user.password, newPassword: 'NuevaClave-2027' });
    expect(ok.status).toBe(204);
    expect((await ctx.http().post('/api/auth/login').send({ email: user.email, password: 'NuevaClave-2027' })).status).toBe(200);
    // Audited once (the refused attempts changed nothing), with no password in it.
    const audit = await ctx.db.query(`SELECT actor_id, action, before, after FROM audit_log WHERE entity_id = $1 AND action = 'user.change_password'`, [user.id]);
    expect(audit).toEqual([{ actor_id: user.id, action: 'user.change_password', before: null, after: null }]);
  });

  it('answers health with the database status, without a token', async () => {
    const response = await ctx.http().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });
});
