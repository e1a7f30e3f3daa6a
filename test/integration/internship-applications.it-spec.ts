import { createTestApp, ensureDefaultFramework, frameworkItemId, login, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';
import { laPazDay } from '../support/cohorts';

const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

interface Unit { id: string; name: string; places: number; placesTaken: number }
interface Application { id: string; endorsement: string; status: string; preferences: { rank: number; hostUnitId: string }[]; applicant: { id: string } }

describe('internship calls and applications (real PostgreSQL)', () => {
  let ctx: TestContext;
  let coordinatorToken: string;
  let tutor: MadeUser;
  let competencyId: string;
  let retiredId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    await ensureDefaultFramework(ctx.db);
    competencyId = await frameworkItemId(ctx.db, 'A01.1.1');
    [{ id: retiredId }] = await ctx.db.query(
      `INSERT INTO competency_items (kind, code, parent_id, name, retired_at)
       SELECT 'competency', 'TRET' || substr(md5(random()::text), 1, 6), parent_id, 'Retirada', now() FROM competency_items WHERE id = $1 RETURNING id`,
      [competencyId],
    );
    coordinatorToken = (await login(ctx, await makeUser(ctx.db, ['coordinator']))).token;
    tutor = await makeUser(ctx.db, ['tutor']);
  });
  afterAll(() => ctx.close());

  const unit = (name: string, overrides: Record<string, unknown> = {}) => ({
    name, description: 'Unidad del GAMLP', places: 2, startsOn: laPazDay(21), endsOn: laPazDay(56),
    competencies: [{ competencyId, level: 2 }], tutorIds: [tutor.id], ...overrides,
  });
  const callBody = (overrides: Record<string, unknown> = {}) => ({
    gestion: Number(laPazDay().slice(0, 4)), title: 'Pasantías municipales', description: 'Convocatoria', requirements: 'Ser servidor público',
    opensOn: laPazDay(-1), closesOn: laPazDay(10), hostUnits: [unit('Dirección de Catastro'), unit('Unidad de Gestión de Riesgos'), unit('Guardia Municipal'), unit('Dirección de Planificación')],
    ...overrides,
  });
  const createCall = (body: Record<string, unknown>, token = coordinatorToken) => ctx.http().post('/api/internship-calls').set(bearer(token)).send(body);
  const publishedCall = async (overrides: Record<string, unknown> = {}) => {
    const created = await createCall(callBody(overrides));
    expect(created.status).toBe(201);
    const published = await ctx.http().post(`/api/internship-calls/${created.body.id}/publish`).set(bearer(coordinatorToken));
    expect(published.status).toBe(200);
    return published.body as { id: string; hostUnits: Unit[] };
  };
  const applicant = async (municipalityId?: string) => {
    const user = await makeUser(ctx.db, ['participant'], { municipalityId: municipalityId ?? (await makeMunicipality(ctx.db)).id });
    return { user, token: (await login(ctx, user)).token };
  };
  const apply = (callId: string, token: string, body: Record<string, unknown>) =>
    ctx.http().post(`/api/internship-calls/${callId}/applications`).set(bearer(token)).send(body);
  const auditCount = async (action: string, entityId: string) =>
    Number((await ctx.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND entity_id = $2`, [action, entityId]))[0].n);

  describe('the call lifecycle', () => {
    it('creates a draft with its units, hides it from participants, publishes and closes it, with audit entries', async () => {
      const created = await createCall(callBody());
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'draft', open: false, applicationCount: 0 });
      expect(created.body.hostUnits).toHaveLength(4);
      const catastro = created.body.hostUnits.find((u: Unit) => u.name === 'Dirección de Catastro');
      expect(catastro).toMatchObject({ places: 2, placesTaken: 0, competencies: [{ id: competencyId, level: 2 }], tutors: [{ id: tutor.id }] });

      const { token } = await applicant();
      expect((await ctx.http().get(`/api/internship-calls/${created.body.id}`).set(bearer(token))).status).toBe(404);
      expect((await ctx.http().get('/api/internship-calls').set(bearer(token))).body.map((c: { id: string }) => c.id)).not.toContain(created.body.id);

      const published = await ctx.http().post(`/api/internship-calls/${created.body.id}/publish`).set(bearer(coordinatorToken));
      expect(published.body).toMatchObject({ status: 'published', open: true });
      expect((await ctx.http().get(`/api/internship-calls/${created.body.id}`).set(bearer(token))).status).toBe(200);
      expect((await ctx.http().post(`/api/internship-calls/${created.body.id}/publish`).set(bearer(coordinatorToken))).status).toBe(409);
      const closed = await ctx.http().post(`/api/internship-calls/${created.body.id}/close`).set(bearer(coordinatorToken));
      expect(closed.body).toMatchObject({ status: 'closed', open: false });
      expect((await ctx.http().patch(`/api/internship-calls/${created.body.id}`).set(bearer(coordinatorToken)).send({ title: 'X' })).status).toBe(409);
      for (const action of ['internship_call.create', 'internship_call.publish', 'internship_call.close']) {
        expect(await auditCount(action, created.body.id)).toBe(1);
      }
    });

    it('names each bad field: closes before opens, places below 1, unknown or retired competency, a tutor without the role', async () => {
      const window = await createCall(callBody({ opensOn: laPazDay(5), closesOn: laPazDay(1) }));
      expect(window.status).toBe(400);
      expect(fields(window.body)).toEqual(['closesOn']);

      const places = await createCall(callBody({ hostUnits: [unit('A', { places: 0 })] }));
      expect(places.status).toBe(400);
      expect(fields(places.body)).toEqual(['hostUnits.0.places']);

      const participant = await makeUser(ctx.db, ['participant']);
      const bad = await createCall(callBody({
        hostUnits: [
          unit('A', { competencies: [{ competencyId: '00000000-0000-4000-8000-000000000000', level: 1 }] }),
          unit('B', { competencies: [{ competencyId: retiredId, level: 1 }] }),
          unit('C', { tutorIds: [participant.id] }),
        ],
      }));
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['hostUnits.0.competencies.0.competencyId', 'hostUnits.1.competencies.0.competencyId', 'hostUnits.2.tutorIds.0']);
      expect((await ctx.db.query(`SELECT count(*)::int AS n FROM internship_calls WHERE title = 'Nada'`))[0].n).toBe(0);
    });

    it('refuses to publish a call with no host units, naming hostUnits; participants cannot create calls', async () => {
      const created = await createCall(callBody({ hostUnits: [] }));
      expect(created.status).toBe(201);
      const publish = await ctx.http().post(`/api/internship-calls/${created.body.id}/publish`).set(bearer(coordinatorToken));
      expect(publish.status).toBe(400);
      expect(fields(publish.body)).toEqual(['hostUnits']);
      const { token } = await applicant();
      expect((await createCall(callBody(), token)).status).toBe(403);
    });

    it('lets Gerencia read every call (drafts too) with its application count, and refuses every write and the applicants', async () => {
      const managerToken = (await login(ctx, await makeUser(ctx.db, ['manager']))).token;
      const draft = await createCall(callBody());
      const published = await publishedCall();
      const { token } = await applicant();
      expect((await apply(published.id, token, { motivation: 'Mejorar el catastro', preferences: [published.hostUnits[0].id] })).status).toBe(201);

      const list = await ctx.http().get('/api/internship-calls').set(bearer(managerToken));
      expect(list.status).toBe(200);
      const listed = new Map((list.body as { id: string; status: string; applicationCount: number }[]).map((c) => [c.id, c]));
      expect(listed.get(draft.body.id)).toMatchObject({ status: 'draft', applicationCount: 0 });
      expect(listed.get(published.id)).toMatchObject({ status: 'published', applicationCount: 1 });
      const one = await ctx.http().get(`/api/internship-calls/${published.id}`).set(bearer(managerToken));
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ id: published.id, applicationCount: 1 });
      // The call names its units and their tutors, never an applicant.
      expect(Object.keys(one.body).sort()).toEqual(
        ['applicationCount', 'closesOn', 'description', 'gestion', 'hostUnits', 'id', 'open', 'opensOn', 'publishedAt', 'requirements', 'status', 'title'],
      );
      expect((await ctx.http().get(`/api/internship-calls/${draft.body.id}`).set(bearer(managerToken))).status).toBe(200);

      const refused = {
        create: await createCall(callBody(), managerToken),
        update: await ctx.http().patch(`/api/internship-calls/${draft.body.id}`).set(bearer(managerToken)).send({ title: 'Cambiada' }),
        publish: await ctx.http().post(`/api/internship-calls/${draft.body.id}/publish`).set(bearer(managerToken)),
        close: await ctx.http().post(`/api/internship-calls/${published.id}/close`).set(bearer(managerToken)),
        tutors: await ctx.http().get('/api/internship-tutors').set(bearer(managerToken)),
        applications: await ctx.http().get(`/api/internship-applications?callId=${published.id}`).set(bearer(managerToken)),
        selection: await ctx.http().get(`/api/internship-calls/${published.id}/selection`).set(bearer(managerToken)),
        proposal: await ctx.http().post(`/api/internship-calls/${published.id}/proposal`).set(bearer(managerToken)),
        placements: await ctx.http().post(`/api/internship-calls/${published.id}/placements`).set(bearer(managerToken)).send({ placements: [] }),
      };
      expect(Object.fromEntries(Object.entries(refused).map(([k, r]) => [k, r.status]))).toEqual(
        Object.fromEntries(Object.keys(refused).map((k) => [k, 403])),
      );
      const [{ status, title }] = await ctx.db.query(`SELECT status, title FROM internship_calls WHERE id = $1`, [draft.body.id]);
      expect({ status, title }).toEqual({ status: 'draft', title: 'Pasantías municipales' });
      expect(await auditCount('internship_call.publish', draft.body.id)).toBe(0);
    });

    it('edits units in place (by id), adds and removes them', async () => {
      const created = await createCall(callBody());
      const [first, ...rest] = created.body.hostUnits as Unit[];
      const patched = await ctx.http().patch(`/api/internship-calls/${created.body.id}`).set(bearer(coordinatorToken)).send({
        hostUnits: [{ ...unit('Renombrada', { places: 5 }), id: first.id }, unit('Nueva')],
      });
      expect(patched.status).toBe(200);
      expect(patched.body.hostUnits.map((u: Unit) => [u.name, u.places]).sort()).toEqual([['Nueva', 2], ['Renombrada', 5]]);
      expect(patched.body.hostUnits.find((u: Unit) => u.name === 'Renombrada').id).toBe(first.id);
      expect(Number((await ctx.db.query(`SELECT count(*)::int AS n FROM host_units WHERE id = ANY($1)`, [rest.map((u) => u.id)]))[0].n)).toBe(0);
    });
  });

  describe('applying', () => {
    it('applies within the window with ranked preferences; a second application answers 409 naming callId', async () => {
      const call = await publishedCall();
      const { user, token } = await applicant();
      const units = call.hostUnits.map((u) => u.id);
      const response = await apply(call.id, token, { motivation: 'Quiero aprender catastro', preferences: [units[2], units[0]] });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ status: 'submitted', endorsement: 'pending', callOpen: true, applicant: { id: user.id } });
      expect(response.body.preferences.map((p: { rank: number; hostUnitId: string }) => [p.rank, p.hostUnitId])).toEqual([[1, units[2]], [2, units[0]]]);
      expect(await auditCount('internship_application.submit', response.body.id)).toBe(1);

      const again = await apply(call.id, token, { motivation: 'Otra vez', preferences: [units[1]] });
      expect(again.status).toBe(409);
      expect(fields(again.body)).toEqual(['callId']);
    });

    it('refuses four preferences, repeated units, units of another call, all naming preferences, and saves nothing', async () => {
      const call = await publishedCall();
      const other = await publishedCall();
      const { user, token } = await applicant();
      const units = call.hostUnits.map((u) => u.id);
      for (const preferences of [units, [units[0], units[0]], [other.hostUnits[0].id]]) {
        const response = await apply(call.id, token, { motivation: 'M', preferences });
        expect(response.status).toBe(400);
        expect(fields(response.body)).toEqual(['preferences']);
      }
      expect((await ctx.db.query(`SELECT count(*)::int AS n FROM internship_applications WHERE applicant_id = $1`, [user.id]))[0].n).toBe(0);
    });

    it('refuses a unit whose places are all taken by confirmed placements (409 naming preferences)', async () => {
      const call = await publishedCall({ hostUnits: [unit('Llena', { places: 1 }), unit('Libre')] });
      const full = call.hostUnits.find((u) => u.name === 'Llena') as Unit;
      const first = await applicant();
      const placed = await apply(call.id, first.token, { motivation: 'M', preferences: [full.id] });
      await ctx.db.query(
        `INSERT INTO placements (application_id, host_unit_id, status, starts_on, ends_on) VALUES ($1, $2, 'confirmed', $3, $4)`,
        [placed.body.id, full.id, laPazDay(21), laPazDay(56)],
      );
      const second = await applicant();
      const response = await apply(call.id, second.token, { motivation: 'M', preferences: [full.id] });
      expect(response.status).toBe(409);
      expect(fields(response.body)).toEqual(['preferences']);
      const detail = await ctx.http().get(`/api/internship-calls/${call.id}`).set(bearer(second.token));
      expect(detail.body.hostUnits.find((u: Unit) => u.id === full.id)).toMatchObject({ places: 1, placesTaken: 1 });
    });

    it('refuses outside the window and people of non-partner municipalities (GAMLP staff)', async () => {
      const future = await publishedCall({ opensOn: laPazDay(3), closesOn: laPazDay(10) });
      const { token } = await applicant();
      const early = await apply(future.id, token, { motivation: 'M', preferences: [future.hostUnits[0].id] });
      expect(early.status).toBe(409);

      const call = await publishedCall();
      const [{ id: host }] = await ctx.db.query(`INSERT INTO municipalities (code, name, department, kind, is_partner) VALUES ('T' || substr(md5(random()::text), 1, 8), 'Anfitrión', 'LP', 'urban', false) RETURNING id`);
      const staff = await applicant(host);
      expect((await apply(call.id, staff.token, { motivation: 'M', preferences: [call.hostUnits[0].id] })).status).toBe(403);
    });

    it('is editable until the window closes, then 409; withdrawing is audited', async () => {
      const call = await publishedCall();
      const { token } = await applicant();
      const units = call.hostUnits.map((u) => u.id);
      const created = await apply(call.id, token, { motivation: 'M', preferences: [units[0]] });
      const edited = await ctx.http().patch(`/api/internship-applications/${created.body.id}`).set(bearer(token)).send({ motivation: 'Nueva', preferences: [units[1], units[0], units[2]] });
      expect(edited.status).toBe(200);
      expect(edited.body.motivation).toBe('Nueva');
      expect(edited.body.preferences.map((p: { hostUnitId: string }) => p.hostUnitId)).toEqual([units[1], units[0], units[2]]);
      expect(await auditCount('internship_application.update', created.body.id)).toBe(1);

      await ctx.db.query(`UPDATE internship_calls SET opens_on = $2, closes_on = $3 WHERE id = $1`, [call.id, laPazDay(-10), laPazDay(-1)]);
      const late = await ctx.http().patch(`/api/internship-applications/${created.body.id}`).set(bearer(token)).send({ motivation: 'Tarde' });
      expect(late.status).toBe(409);
      const lateLetter = await ctx.http().put(`/api/internship-applications/${created.body.id}/letter`).set(bearer(token)).attach('letter', PDF, 'carta.pdf');
      expect(lateLetter.status).toBe(409);
      const withdrawn = await ctx.http().post(`/api/internship-applications/${created.body.id}/withdraw`).set(bearer(token));
      expect(withdrawn.body.status).toBe('withdrawn');
      expect(await auditCount('internship_application.withdraw', created.body.id)).toBe(1);
    });

    it('takes a signed PDF letter (endorsement letter), refuses other files and files above 5 MB naming letter, and downloads it', async () => {
      const call = await publishedCall();
      const { token } = await applicant();
      const created = await apply(call.id, token, { motivation: 'M', preferences: [call.hostUnits[0].id] });
      const upload = (data: Buffer, name: string) =>
        ctx.http().put(`/api/internship-applications/${created.body.id}/letter`).set(bearer(token)).attach('letter', data, name);

      const notPdf = await upload(Buffer.from('PK\u0003\u0004 not a pdf'), 'carta.pdf');
      expect(notPdf.status).toBe(400);
      expect(fields(notPdf.body)).toEqual(['letter']);
      const big = await upload(Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), 'grande.pdf');
      expect(big.status).toBe(413);
      expect(fields(big.body)).toEqual(['letter']);
      expect((await ctx.db.query(`SELECT endorsement, letter_file_key FROM internship_applications WHERE id = $1`, [created.body.id]))[0])
        .toEqual({ endorsement: 'pending', letter_file_key: null });

      const ok = await upload(PDF, 'carta firmada.pdf');
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ endorsement: 'letter', letterFileName: 'carta firmada.pdf', letterFileSize: PDF.length });
      const download = await ctx.http().get(`/api/internship-applications/${created.body.id}/letter`).set(bearer(token)).buffer(true).parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(download.status).toBe(200);
      expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
      expect((await ctx.http().get(`/api/internship-applications/${created.body.id}/letter`).set(bearer((await applicant()).token))).status).toBe(404);
      expect((await ctx.http().get(`/api/internship-applications/${created.body.id}/letter`).set(bearer(coordinatorToken))).status).toBe(200);
    });
  });

  describe('the liaison and the list', () => {
    it('a liaison is notified, sees exactly their municipality\'s applications, endorses or declines them; others answer 404', async () => {
      const call = await publishedCall();
      const elAlto = await makeMunicipality(ctx.db, { department: 'LP' });
      const oruro = await makeMunicipality(ctx.db, { department: 'OR' });
      const liaison = await makeUser(ctx.db, ['municipal_liaison'], { municipalityId: elAlto.id });
      const liaisonToken = (await login(ctx, liaison)).token;
      const unitId = call.hostUnits[0].id;
      const mine1 = await applicant(elAlto.id);
      const mine2 = await applicant(elAlto.id);
      const theirs = await applicant(oruro.id);
      const a1 = (await apply(call.id, mine1.token, { motivation: 'M', preferences: [unitId] })).body as Application;
      const a2 = (await apply(call.id, mine2.token, { motivation: 'M', preferences: [call.hostUnits[1].id] })).body as Application;
      const a3 = (await apply(call.id, theirs.token, { motivation: 'M', preferences: [unitId] })).body as Application;
      const [{ n }] = await ctx.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'internship.application_submitted'`, [liaison.id]);
      expect(n).toBe(2);

      const listed = await ctx.http().get(`/api/internship-applications?callId=${call.id}`).set(bearer(liaisonToken));
      expect(listed.status).toBe(200);
      expect(listed.body.map((a: Application) => a.id).sort()).toEqual([a1.id, a2.id].sort());
      const filtered = await ctx.http().get(`/api/internship-applications?callId=${call.id}&hostUnitId=${unitId}`).set(bearer(coordinatorToken));
      expect(filtered.body.map((a: Application) => a.id).sort()).toEqual([a1.id, a3.id].sort());
      const byDepartment = await ctx.http().get(`/api/internship-applications?callId=${call.id}&department=OR`).set(bearer(coordinatorToken));
      expect(byDepartment.body.map((a: Application) => a.id)).toEqual([a3.id]);
      const own = await ctx.http().get(`/api/internship-applications?callId=${call.id}`).set(bearer(mine1.token));
      expect(own.body.map((a: Application) => a.id)).toEqual([a1.id]);
      const tutorToken = (await login(ctx, tutor)).token;
      expect((await ctx.http().get('/api/internship-applications').set(bearer(tutorToken))).status).toBe(403);

      expect((await ctx.http().post(`/api/internship-applications/${a3.id}/endorse`).set(bearer(liaisonToken))).status).toBe(404);
      expect((await ctx.http().get(`/api/internship-applications/${a3.id}`).set(bearer(liaisonToken))).status).toBe(404);
      const endorsed = await ctx.http().post(`/api/internship-applications/${a1.id}/endorse`).set(bearer(liaisonToken));
      expect(endorsed.status).toBe(200);
      expect(endorsed.body).toMatchObject({ endorsement: 'endorsed', endorsementNote: null });
      const noReason = await ctx.http().post(`/api/internship-applications/${a2.id}/decline`).set(bearer(liaisonToken)).send({});
      expect(fields(noReason.body)).toContain('reason');
      const declined = await ctx.http().post(`/api/internship-applications/${a2.id}/decline`).set(bearer(liaisonToken)).send({ reason: 'No cumple la antigüedad' });
      expect(declined.body).toMatchObject({ endorsement: 'declined', endorsementNote: 'No cumple la antigüedad' });
      expect(await auditCount('internship_application.endorse', a1.id)).toBe(1);
      expect(await auditCount('internship_application.decline', a2.id)).toBe(1);
      const endorsedOnly = await ctx.http().get(`/api/internship-applications?callId=${call.id}&endorsement=endorsed`).set(bearer(coordinatorToken));
      expect(endorsedOnly.body.map((a: Application) => a.id)).toEqual([a1.id]);
    });
  });
});
