import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { createDataSourceOptions } from '@campus/migrations';
import { MailDispatcher } from '../../apps/api/src/modules/notifications/mail-dispatcher.service';
import { NotificationsService } from '../../apps/api/src/modules/notifications/notifications.service';
import type { AppConfig } from '../../apps/api/src/config/configuration';
import { createSiblingDatabase } from '../support/test-database';
import { createTestApp, login, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('notifications and the email outbox (real PostgreSQL)', () => {
  let ctx: TestContext;
  let person: MadeUser;
  let token: string;
  let notifications: NotificationsService;

  beforeAll(async () => {
    ctx = await createTestApp();
    notifications = ctx.app.get(NotificationsService);
    person = await makeUser(ctx.db, ['participant']);
    token = (await login(ctx, person)).token;
  });
  afterAll(() => ctx.close());

  it('lists one’s own notifications newest first, counts the unread, marks one and then all as read', async () => {
    const other = await makeUser(ctx.db, ['participant']);
    await notifications.notify([person.id], { kind: 'test.first', title: 'Primera', body: 'Uno', link: '/aprendizaje' });
    await notifications.notify([person.id, other.id], { kind: 'test.second', title: 'Segunda' });
    const page = await ctx.http().get('/api/notifications').set(bearer(token));
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 2, unread: 2, page: 1 });
    expect(page.body.items.map((n: { title: string }) => n.title)).toEqual(['Segunda', 'Primera']);
    expect((await ctx.http().get('/api/notifications/unread-count').set(bearer(token))).body).toEqual({ count: 2 });

    const first = page.body.items[1];
    const read = await ctx.http().post(`/api/notifications/${first.id}/read`).set(bearer(token));
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await ctx.http().get('/api/notifications').query({ unread: 'true' }).set(bearer(token))).body).toMatchObject({ total: 1, unread: 1 });

    // Someone else's notification does not exist for this person.
    const [theirs] = await ctx.db.query(`SELECT id FROM notifications WHERE user_id = $1`, [other.id]);
    expect((await ctx.http().post(`/api/notifications/${theirs.id}/read`).set(bearer(token))).status).toBe(404);
    expect((await ctx.db.query(`SELECT read_at FROM notifications WHERE id = $1`, [theirs.id]))[0].read_at).toBeNull();

    expect((await ctx.http().post('/api/notifications/read-all').set(bearer(token))).body).toEqual({ updated: 1 });
    expect((await ctx.http().get('/api/notifications/unread-count').set(bearer(token))).body).toEqual({ count: 0 });
    expect((await ctx.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [other.id]))[0].n).toBe(1);
  });

  it('without SMTP the emails stay in the outbox, which only admins read', async () => {
    const admin = await makeUser(ctx.db, ['admin']);
    const adminToken = (await login(ctx, admin)).token;
    await notifications.notify([person.id], { kind: 'test.outbox', title: 'Correo pendiente de prueba', body: 'Texto', link: '/catalogo' });
    const outbox = await ctx.http().get('/api/admin/outbox').query({ status: 'pending', pageSize: 100 }).set(bearer(adminToken));
    expect(outbox.status).toBe(200);
    expect(outbox.body.smtpConfigured).toBe(false);
    expect(outbox.body.items).toContainEqual(
      expect.objectContaining({ to: person.email, subject: 'Correo pendiente de prueba', body: 'Texto\n\n/catalogo', status: 'pending', attempts: 0 }),
    );
    expect((await ctx.http().get('/api/admin/outbox').set(bearer(token))).status).toBe(403);
    // Reading other people's email is audited: who, which page, which emails (ids, not contents).
    const audit = await ctx.db.query(`SELECT actor_id, action, entity_type, entity_id, after FROM audit_log WHERE action = 'notifications.outbox_read' AND actor_id = $1`, [admin.id]);
    expect(audit).toEqual([{
      actor_id: admin.id, action: 'notifications.outbox_read', entity_type: 'email_outbox', entity_id: null,
      after: { status: 'pending', page: 1, pageSize: 100, total: outbox.body.total, emailIds: outbox.body.items.map((e: { id: string }) => e.id) },
    }]);
    expect(JSON.stringify(audit)).not.toContain('Correo pendiente de prueba');
    expect(await ctx.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'notifications.outbox_read' AND actor_id = $1`, [person.id])).toEqual([{ n: 0 }]);
  });

  describe('the mail dispatcher (its own database: it sends every pending email)', () => {
    let db: DataSource;
    const config = { publicUrl: 'https://campus.egm.bo', mailFrom: 'Campus EGM <no-responder@egm.lapaz.bo>', smtpUrl: 'smtp://localhost:2525' } as AppConfig;

    beforeAll(async () => {
      db = new DataSource(createDataSourceOptions(await createSiblingDatabase('mail')));
      await db.initialize();
    });
    afterAll(() => db.destroy());

    it('sends each pending email exactly once across two dispatchers, with absolute links, and retries failures until it gives up', async () => {
      const users = [];
      for (let i = 0; i < 30; i += 1) users.push(await makeUser(db, ['participant']));
      await new NotificationsService(db).notify(users.map((u) => u.id), { kind: 'test.mail', title: 'Aviso', body: 'Hola', link: '/aprendizaje' }, db.manager);
      const sent: { to: string; text: string }[] = [];
      const transport = createTransport({ jsonTransport: true });
      const recording = {
        sendMail: async (message: Parameters<typeof transport.sendMail>[0]) => {
          sent.push({ to: String(message.to), text: String(message.text) });
          return transport.sendMail(message);
        },
      };
      const [a, b] = [new MailDispatcher(db, config), new MailDispatcher(db, config)];
      a.useTransport(recording);
      b.useTransport(recording);
      await Promise.all([a.dispatch(10), b.dispatch(10), a.dispatch(10), b.dispatch(10)]);
      expect(sent).toHaveLength(30);
      expect(new Set(sent.map((m) => m.to))).toEqual(new Set(users.map((u) => u.email)));
      expect(sent[0].text).toBe('Hola\n\nhttps://campus.egm.bo/aprendizaje');
      expect(await db.query(`SELECT status, attempts, count(*)::int AS n FROM email_outbox GROUP BY 1, 2`)).toEqual([{ status: 'sent', attempts: 1, n: 30 }]);

      await new NotificationsService(db).notify([users[0].id], { kind: 'test.mail', title: 'Falla' }, db.manager);
      a.useTransport({ sendMail: async () => Promise.reject(new Error('550 buzón inexistente')) });
      for (let i = 0; i < 5; i += 1) await a.dispatch();
      const [failed] = await db.query(`SELECT status, attempts, last_error FROM email_outbox WHERE subject = 'Falla'`);
      expect(failed).toEqual({ status: 'failed', attempts: 5, last_error: '550 buzón inexistente' });
    });
  });
});
