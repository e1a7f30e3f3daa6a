import { ROLES } from '@campus/domain';
import { DEMO_ACCOUNTS, DEMO_MUNICIPALITIES, DEMO_PASSWORD } from '../../apps/api/src/database/seed/demo-data';
import { seedDemoData } from '../../apps/api/src/database/seed/demo-seed';
import { createTestApp } from '../support/test-app';
import type { TestContext } from '../support/test-app';
import { createSiblingDatabase } from '../support/test-database';

describe('demo data', () => {
  // A database of its own: the demo data must not leak into the other suites' counts.
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(await createSiblingDatabase('seed'));
  });
  afterAll(() => ctx.close());

  it('loads once: a second run (a restart) changes nothing', async () => {
    const counts = async () => {
      const [row] = await ctx.db.query(
        `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM municipalities)::int AS municipalities,
                (SELECT count(*) FROM agreements)::int AS agreements`,
      );
      return row;
    };
    const before = await counts();
    expect(await seedDemoData(ctx.db)).toEqual({ seeded: true });
    const after = await counts();
    expect(before).toEqual({ users: 0, municipalities: 0, agreements: 0 });
    expect(after.users).toBe(DEMO_ACCOUNTS.length + 48);
    expect(after.municipalities).toBe(DEMO_MUNICIPALITIES.length);
    expect(after.agreements).toBe(DEMO_MUNICIPALITIES.filter((m) => m.agreement).length);
    expect(await seedDemoData(ctx.db)).toEqual({ seeded: false });
    expect(await counts()).toEqual(after);
  });

  it('has one account per role, all with the demo password, and participants of both genders in several municipalities', async () => {
    const [{ roles }] = await ctx.db.query(`SELECT array_agg(DISTINCT r ORDER BY r) AS roles FROM users, unnest(roles) r WHERE email LIKE '%@demo.egm.bo'`);
    expect([...roles].sort()).toEqual([...ROLES].sort());
    for (const account of DEMO_ACCOUNTS) {
      const response = await ctx.http().post('/api/auth/login').send({ email: account.email, password: DEMO_PASSWORD });
      expect(response.status).toBe(200);
      expect(response.body.user.roles).toEqual(account.roles);
    }
    const genders = await ctx.db.query(
      `SELECT gender, count(*)::int AS n, count(DISTINCT municipality_id)::int AS municipalities FROM users
       WHERE email LIKE '%@demo.egm.bo' AND 'participant' = ANY(roles) GROUP BY gender ORDER BY gender`,
    );
    expect(genders.map((g: { gender: string }) => g.gender)).toEqual(['female', 'male']);
    for (const g of genders) {
      expect(g.n).toBeGreaterThanOrEqual(20);
      expect(g.municipalities).toBeGreaterThanOrEqual(5);
    }
    // The liaison and the participant belong to the same partner municipality.
    const [liaison, participant] = await ctx.db.query(
      `SELECT u.municipality_id, m.is_partner FROM users u JOIN municipalities m ON m.id = u.municipality_id
       WHERE u.email IN ('enlace@demo.egm.bo', 'participante@demo.egm.bo') ORDER BY u.email`,
    );
    expect(liaison.municipality_id).toBe(participant.municipality_id);
    expect(liaison.is_partner).toBe(true);
  });
});
