import { createTestApp, makeUser } from '../support/test-app';
import type { TestContext } from '../support/test-app';

describe('login rate limit', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    process.env.LOGIN_RATE_LIMIT = '3';
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('answers 429 after the allowed attempts per minute from one address, whatever the account', async () => {
    const users = await Promise.all([1, 2, 3, 4].map(() => makeUser(ctx.db, ['participant'])));
    const statuses: number[] = [];
    for (const user of users) {
      statuses.push((await ctx.http().post('/api/auth/login').send({ email: user.email, password: user.password })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
