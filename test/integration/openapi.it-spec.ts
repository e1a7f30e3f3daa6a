import { createTestApp } from '../support/test-app';
import type { TestContext } from '../support/test-app';

describe('OpenAPI document and request ids', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('serves an OpenAPI 3 document at /api/docs-json, without a token', async () => {
    const response = await ctx.http().get('/api/docs-json');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(response.body.info).toMatchObject({ title: 'Campus EGM API' });
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/health', '/api/users', '/api/users/import']));
    expect(response.body.paths['/api/auth/login']).toHaveProperty('post');
    expect(response.body.paths['/api/health']).toHaveProperty('get');
    expect(response.body.components.securitySchemes).toHaveProperty('bearer');
  });

  it('serves the interactive documentation as HTML at /api/docs', async () => {
    const response = await ctx.http().get('/api/docs').redirects(1);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toMatch(/swagger/i);
  });

  it('echoes a valid incoming X-Request-Id and generates one otherwise', async () => {
    const echoed = await ctx.http().get('/api/health').set('X-Request-Id', 'test-123');
    expect(echoed.status).toBe(200);
    expect(echoed.headers['x-request-id']).toBe('test-123');

    const generated = await ctx.http().get('/api/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const another = await ctx.http().get('/api/health');
    expect(another.headers['x-request-id']).not.toBe(generated.headers['x-request-id']);

    // Errors carry it too, and a header that could forge log lines is replaced.
    const refused = await ctx.http().get('/api/users').set('X-Request-Id', 'test-456');
    expect(refused.status).toBe(401);
    expect(refused.headers['x-request-id']).toBe('test-456');
    const forged = await ctx.http().get('/api/health').set('X-Request-Id', 'a b"c');
    expect(forged.headers['x-request-id']).not.toBe('a b"c');
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
