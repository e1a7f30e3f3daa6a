import type { AddressInfo } from 'node:net';
import { createTestApp, login, makeCohort, makeCourse, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeCourse, MadeMunicipality, MadeUser, TestContext } from '../support/test-app';
import { addPrerequisite } from '../support/catalogue';
import { setCohortFacilitators } from '../support/cohorts';
import { enrolmentsOf, insertUsers, mintToken, notificationsOf, setGates } from '../support/enrolments';
import type { BulkUser } from '../support/enrolments';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
/** The distinct fields a problem names, in order (a field may break several rules). */
const fields = (body: { errors?: { field: string }[] }) => [...new Set((body.errors ?? []).map((e) => e.field))];
const day = (offset: number) => new Date(Date.now() - 4 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10);

describe('enrolment workflow (real PostgreSQL)', () => {
  let ctx: TestContext;
  let coordinator: MadeUser;
  let coordinatorToken: string;
  let baseUrl: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    // A listening server, so hundreds of concurrent requests travel over real HTTP connections.
    await ctx.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(ctx.app.getHttpServer().address() as AddressInfo).port}`;
    coordinator = await makeUser(ctx.db, ['coordinator']);
    coordinatorToken = (await login(ctx, coordinator)).token;
  });
  afterAll(() => ctx.close());

  const post = (path: string, token: string, body?: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { ...bearer(token), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (response) => ({ status: response.status, body: await response.json().catch(() => null) }));
  const requestPlace = (cohortId: string, token: string) => ctx.http().post(`/api/cohorts/${cohortId}/enrolments`).set(bearer(token));
  const act = (id: string, action: string, token: string, body: Record<string, unknown> = {}) =>
    ctx.http().post(`/api/enrolments/${id}/${action}`).set(bearer(token)).send(body);
  const listAs = (token: string, query: Record<string, string | number> = {}) => ctx.http().get('/api/enrolments').query(query).set(bearer(token));
  const seatHolders = async (cohortId: string) =>
    Number((await ctx.db.query(`SELECT count(*)::int AS n FROM enrolments WHERE cohort_id = $1 AND status IN ('enrolled', 'in_progress', 'passed', 'failed')`, [cohortId]))[0].n);

  describe('capacity under concurrent requests', () => {
    const CAPACITY = 30;
    const PEOPLE = 210;
    let course: MadeCourse;
    let cohortId: string;
    let people: BulkUser[];
    let tokens: string[];

    beforeAll(async () => {
      course = await makeCourse(ctx.db);
      await setGates(ctx.db, course.id, { endorsement: false, approval: false });
      cohortId = (await makeCohort(ctx.db, course, { capacity: CAPACITY })).id;
      people = await insertUsers(ctx.db, PEOPLE);
      tokens = await Promise.all(people.map((person) => mintToken(ctx, person)));
    });

    it(`${PEOPLE} simultaneous requests for ${CAPACITY} places: exactly ${CAPACITY} enrolled, the rest waitlisted in arrival order, no 5xx`, async () => {
      const responses = await Promise.all(tokens.map((token) => post(`/api/cohorts/${cohortId}/enrolments`, token)));
      expect(responses.filter((r) => r.status >= 500)).toEqual([]);
      expect(responses.map((r) => r.status)).toEqual(Array(PEOPLE).fill(201));

      const rows = await enrolmentsOf(ctx.db, cohortId);
      expect(rows).toHaveLength(PEOPLE);
      expect(new Set(rows.map((r) => r.user_id))).toEqual(new Set(people.map((p) => p.id)));
      // The first 30 in arrival order (queue_seq) hold the places; everyone after them waits.
      expect(rows.slice(0, CAPACITY).map((r) => r.status)).toEqual(Array(CAPACITY).fill('enrolled'));
      expect(rows.slice(CAPACITY).map((r) => r.status)).toEqual(Array(PEOPLE - CAPACITY).fill('waitlisted'));
      // Each response told its person the state that was stored.
      const stored = new Map(rows.map((r) => [r.id, r.status]));
      for (const response of responses) expect(response.body.status).toBe(stored.get(response.body.id));
      // Each request is audited once, by the person who asked, with the state it got.
      const requests: { actor_id: string; entity_id: string; after: { status: string; cohortId: string } }[] = await ctx.db.query(
        `SELECT actor_id, entity_id, after FROM audit_log WHERE action = 'enrolment.request' AND entity_id = ANY($1::text[])`,
        [rows.map((r) => r.id)],
      );
      expect(requests).toHaveLength(PEOPLE);
      const owner = new Map(rows.map((r) => [r.id, r.user_id]));
      for (const entry of requests) {
        expect(entry.actor_id).toBe(owner.get(entry.entity_id));
        expect(entry.after).toEqual({ status: stored.get(entry.entity_id), cohortId });
      }

      // The queue shows positions 1..N, contiguous, in arrival order.
      const waitlisted: { id: string; waitlistPosition: number }[] = [];
      for (let page = 1; page <= 2; page += 1) {
        const list = await listAs(coordinatorToken, { cohortId, status: 'waitlisted', pageSize: 100, page });
        expect(list.status).toBe(200);
        expect(list.body.total).toBe(PEOPLE - CAPACITY);
        waitlisted.push(...list.body.items);
      }
      expect(waitlisted.map((e) => e.waitlistPosition)).toEqual(Array.from({ length: PEOPLE - CAPACITY }, (_, i) => i + 1));
      expect(waitlisted.map((e) => e.id)).toEqual(rows.slice(CAPACITY).map((r) => r.id));
    });

    it('repeating all the requests at once changes nothing and answers 200 with the same enrolments', async () => {
      const before = await ctx.db.query(`SELECT * FROM enrolments WHERE cohort_id = $1 ORDER BY id`, [cohortId]);
      const notices = await ctx.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = ANY($1::uuid[])`, [people.map((p) => p.id)]);
      const responses = await Promise.all(tokens.map((token) => post(`/api/cohorts/${cohortId}/enrolments`, token)));
      expect(responses.map((r) => r.status)).toEqual(Array(PEOPLE).fill(200));
      expect(await ctx.db.query(`SELECT * FROM enrolments WHERE cohort_id = $1 ORDER BY id`, [cohortId])).toEqual(before);
      expect(await ctx.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = ANY($1::uuid[])`, [people.map((p) => p.id)])).toEqual(notices);
    });

    it('a withdrawal gives the place to the first of the waitlist, who is notified; the queue moves up', async () => {
      const rows = await enrolmentsOf(ctx.db, cohortId);
      const leaving = rows[3];
      const first = rows[CAPACITY];
      const second = rows[CAPACITY + 1];
      const token = tokens[people.findIndex((p) => p.id === leaving.user_id)];
      const response = await post(`/api/enrolments/${leaving.id}/withdraw`, token, {});
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('withdrawn');
      const after = new Map((await enrolmentsOf(ctx.db, cohortId)).map((r) => [r.id, r.status]));
      expect(after.get(first.id)).toBe('enrolled');
      expect(after.get(second.id)).toBe('waitlisted');
      expect(await seatHolders(cohortId)).toBe(CAPACITY);
      expect((await notificationsOf(ctx.db, first.user_id)).map((n) => n.kind)).toEqual(['enrolment.waitlisted', 'enrolment.promoted']);
      const audit = await ctx.db.query(
        `SELECT action, actor_id, entity_id FROM audit_log WHERE entity_id = ANY($1::text[]) AND action <> 'enrolment.request' ORDER BY action`,
        [[leaving.id, first.id]],
      );
      expect(audit).toEqual([
        { action: 'enrolment.promote', actor_id: leaving.user_id, entity_id: first.id },
        { action: 'enrolment.withdraw', actor_id: leaving.user_id, entity_id: leaving.id },
      ]);
      const mine = await ctx.http().get('/api/enrolments/mine').set(bearer(tokens[people.findIndex((p) => p.id === second.user_id)]));
      expect(mine.body).toEqual([expect.objectContaining({ id: second.id, status: 'waitlisted', waitlistPosition: 1 })]);
    });

    it('concurrent withdrawals and approvals never exceed the capacity', async () => {
      const gated = await makeCourse(ctx.db);
      await setGates(ctx.db, gated.id, { endorsement: false, approval: true });
      const small = (await makeCohort(ctx.db, gated, { capacity: 5 })).id;
      const crowd = await insertUsers(ctx.db, 25);
      const crowdTokens = await Promise.all(crowd.map((person) => mintToken(ctx, person)));
      const requested = await Promise.all(crowdTokens.map((token) => post(`/api/cohorts/${small}/enrolments`, token)));
      expect(requested.map((r) => r.body.status)).toEqual(Array(25).fill('requested'));
      // Five get the places first.
      for (const r of requested.slice(0, 5)) expect((await act(r.body.id, 'approve', coordinatorToken)).body.status).toBe('enrolled');
      // Then, all at once: three of them leave while the other twenty are approved.
      const storm = await Promise.all([
        ...requested.slice(0, 3).map((r, i) => post(`/api/enrolments/${r.body.id}/withdraw`, crowdTokens[i], {})),
        ...requested.slice(5).map((r) => post(`/api/enrolments/${r.body.id}/approve`, coordinatorToken)),
      ]);
      expect(storm.map((r) => r.status)).toEqual(Array(23).fill(200));
      const rows = await enrolmentsOf(ctx.db, small);
      expect(await seatHolders(small)).toBe(5);
      expect(rows.filter((r) => r.status === 'withdrawn')).toHaveLength(3);
      expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(17);
      // Whoever waits, waits behind everyone who got a place before them.
      const lastEnrolled = Math.max(...rows.filter((r) => r.status === 'enrolled').map((r) => r.queue_seq));
      const firstWaiting = Math.min(...rows.filter((r) => r.status === 'waitlisted').map((r) => r.queue_seq));
      expect(firstWaiting).toBeGreaterThan(Math.min(...rows.filter((r) => r.status === 'enrolled').map((r) => r.queue_seq)));
      expect(Number.isFinite(lastEnrolled)).toBe(true);
    });
  });

  describe('the workflow, step by step', () => {
  let elAlto: MadeMunicipality;
  let viacha: MadeMunicipality;
  let liaison: MadeUser;
  let liaisonToken: string;
  let otherLiaisonToken: string;
  let participant: MadeUser;
  let participantToken: string;
  let course: MadeCourse;
  let cohortId: string;

  beforeAll(async () => {
    elAlto = await makeMunicipality(ctx.db, { name: 'El Alto de prueba' });
    viacha = await makeMunicipality(ctx.db, { name: 'Viacha de prueba' });
    liaison = await makeUser(ctx.db, ['municipal_liaison'], { municipalityId: elAlto.id });
    liaisonToken = (await login(ctx, liaison)).token;
    otherLiaisonToken = (await login(ctx, await makeUser(ctx.db, ['municipal_liaison'], { municipalityId: viacha.id }))).token;
    participant = await makeUser(ctx.db, ['participant'], { municipalityId: elAlto.id });
    participantToken = (await login(ctx, participant)).token;
    course = await makeCourse(ctx.db, { title: 'Gestión de riesgos de prueba' });
    await setGates(ctx.db, course.id, { endorsement: true, approval: true });
    cohortId = (await makeCohort(ctx.db, course, { capacity: 10 })).id;
  });

  it('request → endorsement by the liaison of the person’s municipality → approval → enrolled, everyone told, all audited', async () => {
    const first = await requestPlace(cohortId, participantToken);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'requested', awaiting: 'endorsement', source: 'request', actions: ['withdraw'], person: { id: participant.id } });
    const again = await requestPlace(cohortId, participantToken);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect((await notificationsOf(ctx.db, liaison.id)).map((n) => [n.kind, n.link])).toEqual([['enrolment.awaiting_endorsement', '/inscripciones']]);

    const id = first.body.id;
    // Another municipality's liaison does not even see it.
    expect((await act(id, 'endorse', otherLiaisonToken)).status).toBe(404);
    expect((await act(id, 'approve', liaisonToken)).status).toBe(403);
    const queue = await listAs(liaisonToken, { cohortId });
    expect(queue.body.items.map((e: { id: string; actions: string[] }) => [e.id, e.actions])).toEqual([[id, ['endorse', 'reject']]]);

    const endorsed = await act(id, 'endorse', liaisonToken);
    expect(endorsed.status).toBe(200);
    expect(endorsed.body).toMatchObject({ status: 'endorsed', awaiting: 'approval' });
    expect((await act(id, 'endorse', liaisonToken)).status).toBe(409);
    const approved = await act(id, 'approve', coordinatorToken);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'enrolled', awaiting: null });

    expect((await notificationsOf(ctx.db, participant.id)).map((n) => n.kind)).toEqual(['enrolment.endorsed', 'enrolment.enrolled']);
    const audit = await ctx.db.query(`SELECT action, actor_id, before, after FROM audit_log WHERE entity_id = $1 ORDER BY created_at`, [id]);
    expect(audit).toEqual([
      { action: 'enrolment.request', actor_id: participant.id, before: null, after: { status: 'requested', cohortId } },
      { action: 'enrolment.endorse', actor_id: liaison.id, before: { status: 'requested' }, after: { status: 'endorsed' } },
      { action: 'enrolment.approve', actor_id: coordinator.id, before: { status: 'endorsed' }, after: { status: 'enrolled' } },
    ]);
    const [row] = await ctx.db.query(`SELECT endorsed_by, decided_by, enrolled_at IS NOT NULL AS enrolled FROM enrolments WHERE id = $1`, [id]);
    expect(row).toEqual({ endorsed_by: liaison.id, decided_by: coordinator.id, enrolled: true });
  });

  it('a rejection needs a reason (400 naming it), tells the person why, and asking again is refused (409)', async () => {
    const person = await makeUser(ctx.db, ['participant'], { municipalityId: viacha.id });
    const token = (await login(ctx, person)).token;
    const id = (await requestPlace(cohortId, token)).body.id;
    const missing = await act(id, 'reject', coordinatorToken, {});
    expect(missing.status).toBe(400);
    expect(fields(missing.body)).toEqual(['reason']);
    expect(fields((await act(id, 'reject', coordinatorToken, { reason: 'x'.repeat(501) })).body)).toEqual(['reason']);
    // The liaison of another municipality may not reject this person's request either.
    expect((await act(id, 'reject', liaisonToken, { reason: 'No corresponde' })).status).toBe(404);
    const rejected = await act(id, 'reject', coordinatorToken, { reason: '  No cumple el perfil del cargo  ' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'No cumple el perfil del cargo' });
    expect((await notificationsOf(ctx.db, person.id)).at(-1)).toMatchObject({ kind: 'enrolment.rejected', body: expect.stringContaining('No cumple el perfil del cargo') });
    const again = await requestPlace(cohortId, token);
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/rechazada/);
    const mine = await ctx.http().get('/api/enrolments/mine').set(bearer(token));
    expect(mine.body).toEqual([expect.objectContaining({ id, status: 'rejected', reason: 'No cumple el perfil del cargo', actions: [] })]);
  });

  it('refuses a course whose prerequisites the person has not passed, naming them; admits once passed', async () => {
    const basics = await makeCourse(ctx.db, { title: 'Fundamentos de gestión municipal' });
    const advanced = await makeCourse(ctx.db, { title: 'Gestión avanzada' });
    await setGates(ctx.db, advanced.id, { endorsement: false, approval: false });
    await addPrerequisite(ctx.db, advanced.id, basics.id);
    const advancedCohort = (await makeCohort(ctx.db, advanced)).id;
    const refused = await requestPlace(advancedCohort, participantToken);
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([{ field: 'prerequisites', message: `Falta aprobar el curso «Fundamentos de gestión municipal» (${basics.code})` }]);
    expect(await enrolmentsOf(ctx.db, advancedCohort)).toEqual([]);
    const basicsCohort = (await makeCohort(ctx.db, basics, { status: 'closed' })).id;
    await ctx.db.query(`INSERT INTO enrolments (cohort_id, user_id, status) VALUES ($1, $2, 'passed')`, [basicsCohort, participant.id]);
    expect((await requestPlace(advancedCohort, participantToken)).status).toBe(201);
  });

  it('refuses outside the enrolment window and for courses not in the catalogue', async () => {
    const closed = (await makeCohort(ctx.db, course, { enrolmentOpensOn: day(-10), enrolmentClosesOn: day(-1) })).id;
    const late = await requestPlace(closed, participantToken);
    expect(late.status).toBe(409);
    expect(fields(late.body)).toEqual(['cohortId']);
    const future = (await makeCohort(ctx.db, course, { enrolmentOpensOn: day(2), enrolmentClosesOn: day(9) })).id;
    expect((await requestPlace(future, participantToken)).status).toBe(409);
    const draft = await makeCourse(ctx.db, { status: 'draft' });
    expect((await requestPlace((await makeCohort(ctx.db, draft)).id, participantToken)).status).toBe(404);
    expect((await requestPlace('00000000-0000-4000-8000-000000000000', participantToken)).status).toBe(404);
    expect((await requestPlace(cohortId, liaisonToken)).status).toBe(403);
  });

  it('a participant withdraws and may ask again (last in the queue); a coordinator withdraws only with a reason', async () => {
    const open = await makeCourse(ctx.db);
    await setGates(ctx.db, open.id, { endorsement: false, approval: false });
    const cohort = (await makeCohort(ctx.db, open, { capacity: 1 })).id;
    const [a, b] = await insertUsers(ctx.db, 2, { municipalityId: elAlto.id });
    const [ta, tb] = [await mintToken(ctx, a), await mintToken(ctx, b)];
    const ea = (await requestPlace(cohort, ta)).body;
    const eb = (await requestPlace(cohort, tb)).body;
    expect([ea.status, eb.status, eb.waitlistPosition]).toEqual(['enrolled', 'waitlisted', 1]);
    // Someone else's enrolment: not found.
    expect((await act(ea.id, 'withdraw', tb)).status).toBe(404);
    expect((await act(ea.id, 'withdraw', ta)).body.status).toBe('withdrawn');
    const again = await requestPlace(cohort, ta);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: ea.id, status: 'waitlisted', waitlistPosition: 1 });
    const rows = await enrolmentsOf(ctx.db, cohort);
    expect(rows.map((r) => [r.user_id, r.status])).toEqual([[b.id, 'enrolled'], [a.id, 'waitlisted']]);

    const noReason = await act(eb.id, 'withdraw', coordinatorToken, {});
    expect(noReason.status).toBe(400);
    expect(fields(noReason.body)).toEqual(['reason']);
    const byCoordinator = await act(eb.id, 'withdraw', coordinatorToken, { reason: 'No asistió a la primera sesión' });
    expect(byCoordinator.body).toMatchObject({ status: 'withdrawn', reason: 'No asistió a la primera sesión' });
    expect((await notificationsOf(ctx.db, b.id)).at(-1)?.kind).toBe('enrolment.withdrawn');
    expect((await enrolmentsOf(ctx.db, cohort)).map((r) => [r.user_id, r.status])).toEqual([[b.id, 'withdrawn'], [a.id, 'enrolled']]);
  });

  it('raising a cohort’s capacity admits the waitlist in arrival order', async () => {
    const open = await makeCourse(ctx.db);
    await setGates(ctx.db, open.id, { endorsement: false, approval: false });
    const cohort = (await makeCohort(ctx.db, open, { capacity: 1 })).id;
    const crowd = await insertUsers(ctx.db, 4);
    for (const person of crowd) await requestPlace(cohort, await mintToken(ctx, person));
    const patched = await ctx.http().patch(`/api/cohorts/${cohort}`).set(bearer(coordinatorToken)).send({ capacity: 3 });
    expect(patched.status).toBe(200);
    expect(patched.body.seatsTaken).toBe(3);
    expect((await enrolmentsOf(ctx.db, cohort)).map((r) => r.status)).toEqual(['enrolled', 'enrolled', 'enrolled', 'waitlisted']);
    expect((await notificationsOf(ctx.db, crowd[1].id)).at(-1)?.kind).toBe('enrolment.promoted');
  });

  describe('bulk enrolment', () => {
    let cohort: string;
    let crowd: BulkUser[];

    beforeEach(async () => {
      const open = await makeCourse(ctx.db);
      cohort = (await makeCohort(ctx.db, open, { capacity: 2 })).id;
      crowd = await insertUsers(ctx.db, 4, { municipalityId: viacha.id });
    });

    const upload = (csv: string | Buffer, query: Record<string, string> = {}, token = coordinatorToken) =>
      ctx.http().post(`/api/cohorts/${cohort}/enrolments/import`).query(query).set(bearer(token))
        .attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), { filename: 'inscritos.csv', contentType: 'text/csv' });

    it('by selection: skips the gates, respects the places (the rest wait in the given order), audited and notified', async () => {
      const ids = [crowd[2].id, crowd[0].id, crowd[1].id];
      const response = await ctx.http().post(`/api/cohorts/${cohort}/enrolments/bulk`).set(bearer(coordinatorToken)).send({ userIds: ids });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ dryRun: false, rows: 3, enrolled: 2, waitlisted: 1 });
      expect((await enrolmentsOf(ctx.db, cohort)).map((r) => [r.user_id, r.status, r.source])).toEqual([
        [crowd[2].id, 'enrolled', 'bulk'], [crowd[0].id, 'enrolled', 'bulk'], [crowd[1].id, 'waitlisted', 'bulk'],
      ]);
      expect((await notificationsOf(ctx.db, crowd[1].id)).map((n) => n.kind)).toEqual(['enrolment.waitlisted']);
      const [audit] = await ctx.db.query(`SELECT action, actor_id, after FROM audit_log WHERE entity_id = $1`, [cohort]);
      expect(audit).toEqual({ action: 'enrolment.bulk', actor_id: coordinator.id, after: { enrolled: [crowd[2].id, crowd[0].id], waitlisted: [crowd[1].id] } });
      expect((await ctx.http().post(`/api/cohorts/${cohort}/enrolments/bulk`).set(bearer(liaisonToken)).send({ userIds: ids })).status).toBe(403);
    });

    it('by selection, all or nothing: an unknown, an inactive or an already enrolled person → 422 and nobody is enrolled', async () => {
      const [inactive] = await insertUsers(ctx.db, 1, { active: false });
      await ctx.http().post(`/api/cohorts/${cohort}/enrolments/bulk`).set(bearer(coordinatorToken)).send({ userIds: [crowd[3].id] });
      const before = await enrolmentsOf(ctx.db, cohort);
      const unknown = '00000000-0000-4000-8000-000000000001';
      const response = await ctx.http().post(`/api/cohorts/${cohort}/enrolments/bulk`).set(bearer(coordinatorToken))
        .send({ userIds: [crowd[0].id, unknown, inactive.id, crowd[3].id] });
      expect(response.status).toBe(422);
      expect(response.body.errors.map((e: { message: string }) => e.message)).toEqual([
        `No hay ninguna cuenta con el identificador ${unknown}`,
        expect.stringContaining('está desactivada'),
        expect.stringContaining('ya está inscrita en esta cohorte'),
      ]);
      expect(await enrolmentsOf(ctx.db, cohort)).toEqual(before);
    });

    it('by CSV: a dry run first, then the enrolment, by email or cédula, with BOM and semicolons', async () => {
      const csv = `\uFEFFnombres;correo;ci\nUna;${crowd[0].email.toUpperCase()};\nOtra;;${crowd[1].nationalIdNumber}\nTercera;${crowd[2].email};\n`;
      const dry = await upload(csv, { dryRun: 'true' });
      expect(dry.status).toBe(200);
      expect(dry.body).toEqual({ dryRun: true, rows: 3, enrolled: 2, waitlisted: 1 });
      expect(await enrolmentsOf(ctx.db, cohort)).toEqual([]);
      const real = await upload(csv);
      expect(real.body).toEqual({ dryRun: false, rows: 3, enrolled: 2, waitlisted: 1 });
      expect((await enrolmentsOf(ctx.db, cohort)).map((r) => [r.user_id, r.status])).toEqual([
        [crowd[0].id, 'enrolled'], [crowd[1].id, 'enrolled'], [crowd[2].id, 'waitlisted'],
      ]);
    });

    it('by CSV, all or nothing: each bad line is reported with its line number and nothing is saved', async () => {
      await ctx.http().post(`/api/cohorts/${cohort}/enrolments/bulk`).set(bearer(coordinatorToken)).send({ userIds: [crowd[3].id] });
      const before = await enrolmentsOf(ctx.db, cohort);
      const csv = [
        'email,ci',
        `${crowd[0].email},`,
        'nadie@prueba.egm.bo,',
        `${crowd[0].email},`,
        `,${crowd[3].nationalIdNumber}`,
        ',',
      ].join('\n');
      const response = await upload(csv, { dryRun: 'true' });
      expect(response.status).toBe(422);
      expect(response.body.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
        [3, 'correo'], [4, 'correo'], [5, 'ci'], [6, 'correo'],
      ]);
      expect(response.body.errors[1].message).toMatch(/dos veces \(también en la línea 2\)/);
      expect((await upload(csv)).status).toBe(422);
      expect(await enrolmentsOf(ctx.db, cohort)).toEqual(before);
      const unknownColumn = await upload('correo;municipio\na@b.bo;LP\n');
      expect(unknownColumn.status).toBe(422);
      expect(unknownColumn.body.errors).toEqual([{ line: 1, field: 'municipio', message: 'Columna desconocida «municipio»' }]);
    });
  });

  describe('who sees which enrolments', () => {
    let cohortA: string;
    let cohortB: string;
    let facilitatorToken: string;
    let people: { altoA: string; viachaA: string; altoB: string };

    beforeAll(async () => {
      const open = await makeCourse(ctx.db);
      await setGates(ctx.db, open.id, { endorsement: false, approval: false });
      cohortA = (await makeCohort(ctx.db, open)).id;
      cohortB = (await makeCohort(ctx.db, open)).id;
      const facilitator = await makeUser(ctx.db, ['facilitator']);
      facilitatorToken = (await login(ctx, facilitator)).token;
      await setCohortFacilitators(ctx.db, cohortA, [facilitator.id]);
      const [alto1, alto2] = await insertUsers(ctx.db, 2, { municipalityId: elAlto.id });
      const [viachaPerson] = await insertUsers(ctx.db, 1, { municipalityId: viacha.id });
      people = {
        altoA: (await requestPlace(cohortA, await mintToken(ctx, alto1))).body.id,
        viachaA: (await requestPlace(cohortA, await mintToken(ctx, viachaPerson))).body.id,
        altoB: (await requestPlace(cohortB, await mintToken(ctx, alto2))).body.id,
      };
    });

    const idsOf = (body: { items: { id: string }[] }) => body.items.map((e) => e.id).sort();

    it('coordinators see all; a liaison only their municipality’s people; a facilitator only their cohorts; a participant only their own', async () => {
      const query = (cohortId: string) => ({ cohortId });
      expect(idsOf((await listAs(coordinatorToken, query(cohortA))).body)).toEqual([people.altoA, people.viachaA].sort());
      expect(idsOf((await listAs(liaisonToken, query(cohortA))).body)).toEqual([people.altoA]);
      expect(idsOf((await listAs(liaisonToken, query(cohortB))).body)).toEqual([people.altoB]);
      expect(idsOf((await listAs(otherLiaisonToken, query(cohortA))).body)).toEqual([people.viachaA]);
      expect(idsOf((await listAs(facilitatorToken, query(cohortA))).body)).toEqual([people.altoA, people.viachaA].sort());
      expect((await listAs(facilitatorToken, query(cohortB))).body).toMatchObject({ items: [], total: 0 });
      const facilitated = (await listAs(facilitatorToken, query(cohortA))).body.items;
      expect(facilitated.every((e: { actions: string[] }) => e.actions.length === 0)).toBe(true);
      expect((await listAs(participantToken)).body.items.every((e: { person: { id: string } }) => e.person.id === participant.id)).toBe(true);
    });

    it('filters by status, municipality and search', async () => {
      const byMunicipality = await listAs(coordinatorToken, { cohortId: cohortA, municipalityId: viacha.id });
      expect(idsOf(byMunicipality.body)).toEqual([people.viachaA]);
      const byStatus = await listAs(coordinatorToken, { cohortId: cohortA, status: 'waitlisted,rejected' });
      expect(byStatus.body.total).toBe(0);
      const [row] = await ctx.db.query(`SELECT u.email FROM enrolments e JOIN users u ON u.id = e.user_id WHERE e.id = $1`, [people.viachaA]);
      expect(idsOf((await listAs(coordinatorToken, { cohortId: cohortA, q: row.email.toUpperCase() })).body)).toEqual([people.viachaA]);
      expect((await listAs(coordinatorToken, { status: 'nonsense' })).status).toBe(400);
    });
  });
  });
});
