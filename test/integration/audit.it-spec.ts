import { createTestApp, login, makeMunicipality, makeUser } from '../support/test-app';
import type { TestContext } from '../support/test-app';

describe('audit log entries carry the request', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('records who changed a role, before and after, with the request id and client address', async () => {
    const municipality = await makeMunicipality(ctx.db);
    const admin = await makeUser(ctx.db, ['admin'], { municipalityId: municipality.id });
    const target = await makeUser(ctx.db, ['participant'], { municipalityId: municipality.id });
    const { token } = await login(ctx, admin);
    const response = await ctx.http()
      .put(`/api/users/${target.id}/roles`)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Request-Id', 'auditoria-roles-1')
      .send({ roles: ['participant', 'tutor'] });
    expect(response.status).toBe(200);
    expect(response.headers['x-request-id']).toBe('auditoria-roles-1');
    const entries = await ctx.db.query(
      `SELECT actor_id, action, before, after, request_id, ip FROM audit_log WHERE entity_id = $1 AND action = 'user.roles'`,
      [target.id],
    );
    expect(entries).toEqual([
      {
        actor_id: admin.id,
        action: 'user.roles',
        before: { roles: ['participant'] },
        after: { roles: ['participant', 'tutor'] },
        request_id: 'auditoria-roles-1',
        ip: expect.stringMatching(/127\.0\.0\.1|::1/),
      },
    ]);
  });

  it('makes up a request id when the caller sends none or a malformed one', async () => {
    const plain = await ctx.http().get('/api/health');
    expect(plain.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const malformed = await ctx.http().get('/api/health').set('X-Request-Id', 'no válido; <script>');
    expect(malformed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
