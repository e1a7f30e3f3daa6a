import ExcelJS from 'exceljs';
import { createTestApp, login, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';
import { bearer, binaryParser, fieldsOf } from '../support/courses';
import { insertPlacement, makeApplication, makeCall, makeUnit } from '../support/placements';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 10, 12, minute)).toISOString();

interface Proposal {
  assignments: { applicationId: string; hostUnitId: string; preferenceRank: number | null }[];
  unplaced: string[];
  order: string[];
}

describe('internship selection, placement, follow-up and reports (real PostgreSQL)', () => {
  let ctx: TestContext;
  let coordinatorToken: string;
  let otherCoordinatorToken: string;
  let managerToken: string;
  let participantToken: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    coordinatorToken = (await login(ctx, await makeUser(ctx.db, ['coordinator']))).token;
    otherCoordinatorToken = (await login(ctx, await makeUser(ctx.db, ['admin']))).token;
    managerToken = (await login(ctx, await makeUser(ctx.db, ['manager']))).token;
    participantToken = (await login(ctx, await makeUser(ctx.db, ['participant']))).token;
  });
  afterAll(() => ctx.close());

  const propose = (callId: string, token = coordinatorToken) => ctx.http().post(`/api/internship-calls/${callId}/proposal`).set(bearer(token));
  const confirm = (callId: string, body: Record<string, unknown>, token = coordinatorToken) =>
    ctx.http().post(`/api/internship-calls/${callId}/placements`).set(bearer(token)).send(body);
  const count = async (sql: string, params: unknown[]) => Number((await ctx.db.query(sql, params))[0].count);

  describe('the proposal and its confirmation', () => {
    let callId: string;
    let unitA: string;
    let unitB: string;
    let unitC: string;
    let tutors: MadeUser[];
    const apps: Record<string, string> = {};
    const people: Record<string, MadeUser> = {};

    beforeAll(async () => {
      const municipality = await makeMunicipality(ctx.db);
      callId = await makeCall(ctx.db);
      tutors = [await makeUser(ctx.db, ['tutor']), await makeUser(ctx.db, ['tutor'])];
      await ctx.db.query(`UPDATE users SET last_names = 'Zapata' WHERE id = $1`, [tutors[0].id]);
      await ctx.db.query(`UPDATE users SET last_names = 'Aguilar' WHERE id = $1`, [tutors[1].id]);
      unitA = await makeUnit(ctx.db, callId, 'Unidad A', 1, [tutors[0].id]);
      unitB = await makeUnit(ctx.db, callId, 'Unidad B', 2, [tutors[0].id, tutors[1].id]);
      unitC = await makeUnit(ctx.db, callId, 'Unidad C', 1, [], { startsOn: '2026-05-04', endsOn: '2026-06-12' });
      const specs: [string, { preferences: string[]; endorsement?: string; priority?: number; submittedAt: string }][] = [
        ['p1', { preferences: [unitA, unitB], submittedAt: at(1) }],
        ['p2', { preferences: [unitA, unitC], priority: 5, submittedAt: at(5) }],
        ['p3', { preferences: [unitA, unitB], submittedAt: at(2) }],
        ['p4', { preferences: [unitB], submittedAt: at(3) }],
        ['p5', { preferences: [unitB, unitC], submittedAt: at(4) }],
        ['p6', { preferences: [unitC], submittedAt: at(6) }],
        ['p7', { preferences: [unitC], endorsement: 'pending', submittedAt: at(0) }],
        ['p8', { preferences: [unitA], endorsement: 'declined', submittedAt: at(0) }],
        ['p9', { preferences: [unitA], endorsement: 'letter', submittedAt: at(7) }],
      ];
      for (const [key, spec] of specs) {
        people[key] = await makeUser(ctx.db, ['participant'], { municipalityId: municipality.id });
        apps[key] = await makeApplication(ctx.db, callId, people[key], spec);
      }
    });

    it('is for coordinators and admins only', async () => {
      expect((await propose(callId, participantToken)).status).toBe(403);
      expect((await propose(callId, managerToken)).status).toBe(403);
      expect((await ctx.http().get(`/api/internship-calls/${callId}/selection`).set(bearer(participantToken))).status).toBe(403);
      expect((await propose('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });

    it('lists every application with its ranked preferences, endorsement and priority', async () => {
      const response = await ctx.http().get(`/api/internship-calls/${callId}/selection`).set(bearer(coordinatorToken));
      expect(response.status).toBe(200);
      expect(response.body.applications).toHaveLength(9);
      const p2 = response.body.applications.find((a: { id: string }) => a.id === apps.p2);
      expect(p2).toMatchObject({ priority: 5, endorsement: 'endorsed', status: 'submitted', placement: null });
      expect(p2.preferences.map((p: { rank: number; hostUnitName: string }) => [p.rank, p.hostUnitName])).toEqual([[1, 'Unidad A'], [2, 'Unidad C']]);
      expect(response.body.units.map((u: { name: string; remaining: number }) => [u.name, u.remaining])).toEqual([['Unidad A', 1], ['Unidad B', 2], ['Unidad C', 1]]);
      // The first tutor (by surname) is listed first: the default tutor of the placement.
      expect(response.body.units[1].tutors.map((t: { id: string }) => t.id)).toEqual([tutors[1].id, tutors[0].id]);
    });

    it('proposes: turns by priority then arrival, each the highest-ranked unit with room, no unit over its places, unendorsed left out', async () => {
      const response = await propose(callId);
      expect(response.status).toBe(200);
      const proposal = response.body as Proposal;
      expect(proposal.order).toEqual([apps.p2, apps.p1, apps.p3, apps.p4, apps.p5, apps.p6, apps.p9]);
      expect(proposal.assignments).toEqual([
        { applicationId: apps.p2, hostUnitId: unitA, preferenceRank: 1 },
        { applicationId: apps.p1, hostUnitId: unitB, preferenceRank: 2 },
        { applicationId: apps.p3, hostUnitId: unitB, preferenceRank: 2 },
        { applicationId: apps.p5, hostUnitId: unitC, preferenceRank: 2 },
      ]);
      expect(proposal.unplaced).toEqual([apps.p4, apps.p6, apps.p9]);
      // Nothing written by a proposal.
      expect(await count(`SELECT count(*) FROM placements p JOIN host_units h ON h.id = p.host_unit_id WHERE h.call_id = $1`, [callId])).toBe(0);
    });

    it('respects a priority set through the API', async () => {
      expect((await ctx.http().put(`/api/internship-applications/${apps.p4}/priority`).set(bearer(participantToken)).send({ priority: 9 })).status).toBe(403);
      const bad = await ctx.http().put(`/api/internship-applications/${apps.p4}/priority`).set(bearer(coordinatorToken)).send({ priority: 1.5 });
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.body)).toEqual(['priority']);
      const set = await ctx.http().put(`/api/internship-applications/${apps.p4}/priority`).set(bearer(coordinatorToken)).send({ priority: 9 });
      expect(set.status).toBe(200);
      expect(set.body.priority).toBe(9);
      const proposal = (await propose(callId)).body as Proposal;
      expect(proposal.order.slice(0, 2)).toEqual([apps.p4, apps.p2]);
      expect(proposal.assignments.find((a) => a.applicationId === apps.p4)?.hostUnitId).toBe(unitB);
      expect(proposal.unplaced).toEqual([apps.p3, apps.p6, apps.p9]);
      const audit = await ctx.db.query(`SELECT before, after FROM audit_log WHERE action = 'internship.application.priority' AND entity_id = $1`, [apps.p4]);
      expect(audit).toEqual([{ before: { priority: 0 }, after: { priority: 9 } }]);
      await ctx.http().put(`/api/internship-applications/${apps.p4}/priority`).set(bearer(coordinatorToken)).send({ priority: 0 });
    });

    it('refuses an adjustment over a unit\'s places naming the unit, and writes nothing', async () => {
      const response = await confirm(callId, {
        assignments: [
          { applicationId: apps.p2, hostUnitId: unitA },
          { applicationId: apps.p1, hostUnitId: unitA },
        ],
        notPlaced: [],
      });
      expect(response.status).toBe(409);
      expect(response.body.errors).toEqual([{ field: 'assignments.0.hostUnitId', message: expect.stringContaining('«Unidad A»') }]);
      expect(await count(`SELECT count(*) FROM placements p JOIN host_units h ON h.id = p.host_unit_id WHERE h.call_id = $1`, [callId])).toBe(0);
    });

    it('refuses applications without endorsement, units of other calls and tutors not of the unit', async () => {
      const unendorsed = await confirm(callId, { assignments: [{ applicationId: apps.p7, hostUnitId: unitC }], notPlaced: [] });
      expect(unendorsed.status).toBe(409);
      expect(fieldsOf(unendorsed.body)).toEqual(['assignments.0.applicationId']);
      const otherCall = await makeCall(ctx.db);
      const foreignUnit = await makeUnit(ctx.db, otherCall, 'Ajena', 5);
      const foreign = await confirm(callId, { assignments: [{ applicationId: apps.p6, hostUnitId: foreignUnit }], notPlaced: [] });
      expect(foreign.status).toBe(400);
      expect(fieldsOf(foreign.body)).toEqual(['assignments.0.hostUnitId']);
      const tutor = await confirm(callId, { assignments: [{ applicationId: apps.p6, hostUnitId: unitA, tutorId: tutors[1].id }], notPlaced: [] });
      expect(tutor.status).toBe(400);
      expect(fieldsOf(tutor.body)).toEqual(['assignments.0.tutorId']);
      const twice = await confirm(callId, { assignments: [{ applicationId: apps.p6, hostUnitId: unitC }], notPlaced: [apps.p6] });
      expect(twice.status).toBe(400);
      expect(fieldsOf(twice.body)).toEqual(['notPlaced.0']);
      expect(await count(`SELECT count(*) FROM placements p JOIN host_units h ON h.id = p.host_unit_id WHERE h.call_id = $1`, [callId])).toBe(0);
    });

    it('confirms an adjusted proposal: placements with the unit\'s dates and tutor, statuses, notices and audit, in one go', async () => {
      const response = await confirm(callId, {
        assignments: [
          { applicationId: apps.p2, hostUnitId: unitA },
          { applicationId: apps.p1, hostUnitId: unitB, tutorId: tutors[0].id },
          { applicationId: apps.p3, hostUnitId: unitB },
          // Adjusted: p4 (who only wanted B) goes to C, which has room; p5 stays out.
          { applicationId: apps.p4, hostUnitId: unitC },
        ],
        notPlaced: [apps.p5, apps.p6, apps.p9],
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ placed: 4, notPlaced: 3 });
      const placements = await ctx.db.query(
        `SELECT application_id, host_unit_id, tutor_id, status, starts_on::text, ends_on::text FROM placements WHERE application_id = ANY($1) ORDER BY starts_on, host_unit_id`,
        [Object.values(apps)],
      );
      expect(placements).toHaveLength(4);
      const of = (key: string) => placements.find((p: { application_id: string }) => p.application_id === apps[key]);
      expect(of('p2')).toMatchObject({ host_unit_id: unitA, tutor_id: tutors[0].id, status: 'confirmed', starts_on: '2026-03-02', ends_on: '2026-04-10' });
      expect(of('p1')).toMatchObject({ host_unit_id: unitB, tutor_id: tutors[0].id });
      expect(of('p3')).toMatchObject({ host_unit_id: unitB, tutor_id: tutors[1].id });
      expect(of('p4')).toMatchObject({ host_unit_id: unitC, tutor_id: null, starts_on: '2026-05-04', ends_on: '2026-06-12' });
      const statuses = await ctx.db.query(`SELECT id, status FROM internship_applications WHERE call_id = $1`, [callId]);
      const statusOf = (key: string) => statuses.find((s: { id: string }) => s.id === apps[key]).status;
      expect(['p1', 'p2', 'p3', 'p4'].map(statusOf)).toEqual(['placed', 'placed', 'placed', 'placed']);
      expect(['p5', 'p6', 'p9'].map(statusOf)).toEqual(['not_placed', 'not_placed', 'not_placed']);
      expect(['p7', 'p8'].map(statusOf)).toEqual(['submitted', 'submitted']);

      const notices = await ctx.db.query(`SELECT user_id, kind, title, body FROM notifications WHERE kind LIKE 'internship.%' AND user_id = ANY($1)`, [
        [...Object.values(people).map((p) => p.id), ...tutors.map((t) => t.id)],
      ]);
      const noticeOf = (user: MadeUser) => notices.filter((n: { user_id: string }) => n.user_id === user.id);
      expect(noticeOf(people.p2)).toEqual([expect.objectContaining({ kind: 'internship.placed', title: expect.stringContaining('Unidad A'), body: expect.stringContaining('02/03/2026') })]);
      expect(noticeOf(people.p2)[0].body).toContain('Zapata');
      expect(noticeOf(people.p5)).toEqual([expect.objectContaining({ kind: 'internship.not_placed' })]);
      expect(noticeOf(people.p7)).toEqual([]);
      expect(noticeOf(tutors[0]).map((n: { kind: string }) => n.kind)).toEqual(['internship.intern_assigned', 'internship.intern_assigned']);
      expect(await count(`SELECT count(*) FROM email_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.kind LIKE 'internship.%' AND n.user_id = $1`, [people.p9.id])).toBe(1);
      expect(await count(`SELECT count(*) FROM audit_log WHERE action = 'internship.placement.confirm' AND entity_id IN (SELECT id::text FROM placements WHERE application_id = ANY($1))`, [Object.values(apps)])).toBe(4);
      expect(await count(`SELECT count(*) FROM audit_log WHERE action = 'internship.application.not_placed' AND entity_id = ANY($1::text[])`, [Object.values(apps)])).toBe(3);

      // Resolved applications cannot be confirmed again, and the next proposal has nobody left.
      const again = await confirm(callId, { assignments: [{ applicationId: apps.p5, hostUnitId: unitC }], notPlaced: [] });
      expect(again.status).toBe(409);
      expect((await propose(callId)).body).toEqual({ assignments: [], unplaced: [], order: [] });
      const selection = await ctx.http().get(`/api/internship-calls/${callId}/selection`).set(bearer(coordinatorToken));
      expect(selection.body.units.map((u: { remaining: number }) => u.remaining)).toEqual([0, 0, 0]);
    });

    it('counts places taken by earlier placements, but not withdrawn ones', async () => {
      const call = await makeCall(ctx.db);
      const unit = await makeUnit(ctx.db, call, 'Unidad D', 2);
      const municipality = await makeMunicipality(ctx.db);
      const mk = async (minute: number) => makeApplication(ctx.db, call, await makeUser(ctx.db, ['participant'], { municipalityId: municipality.id }), { preferences: [unit], submittedAt: at(minute) });
      const [held, withdrawn, first, second] = [await mk(1), await mk(2), await mk(3), await mk(4)];
      await insertPlacement(ctx.db, held, unit);
      await insertPlacement(ctx.db, withdrawn, unit, { status: 'withdrawn' });
      const proposal = (await propose(call)).body as Proposal;
      expect(proposal.assignments.map((a) => a.applicationId)).toEqual([first]);
      expect(proposal.unplaced).toEqual([second]);
    });
  });

  it('concurrent confirmations never exceed a unit\'s places', async () => {
    const call = await makeCall(ctx.db);
    const unit = await makeUnit(ctx.db, call, 'Unidad concurrida', 2);
    const municipality = await makeMunicipality(ctx.db);
    const applications: string[] = [];
    for (let i = 0; i < 6; i++) {
      applications.push(await makeApplication(ctx.db, call, await makeUser(ctx.db, ['participant'], { municipalityId: municipality.id }), { preferences: [unit], submittedAt: at(i) }));
    }
    const responses = await Promise.all(
      applications.map((applicationId, i) => confirm(call, { assignments: [{ applicationId, hostUnitId: unit }], notPlaced: [] }, i % 2 === 0 ? coordinatorToken : otherCoordinatorToken)),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 201, 409, 409, 409, 409]);
    expect(await count(`SELECT count(*) FROM placements WHERE host_unit_id = $1`, [unit])).toBe(2);
    expect(await count(`SELECT count(*) FROM internship_applications WHERE call_id = $1 AND status = 'placed'`, [call])).toBe(2);
  });

  describe('follow-up of the improvement proposal', () => {
    let callId: string;
    let unit: string;
    let home: { id: string };
    let intern: MadeUser;
    let internToken: string;
    let liaisonToken: string;
    let otherLiaisonToken: string;
    let placementId: string;
    let otherPlacementId: string;
    let noProposalPlacementId: string;

    beforeAll(async () => {
      home = await makeMunicipality(ctx.db);
      const away = await makeMunicipality(ctx.db);
      callId = await makeCall(ctx.db);
      unit = await makeUnit(ctx.db, callId, 'Unidad de Catastro', 5);
      intern = await makeUser(ctx.db, ['participant'], { municipalityId: home.id });
      internToken = (await login(ctx, intern)).token;
      liaisonToken = (await login(ctx, await makeUser(ctx.db, ['municipal_liaison'], { municipalityId: home.id }))).token;
      otherLiaisonToken = (await login(ctx, await makeUser(ctx.db, ['municipal_liaison'], { municipalityId: away.id }))).token;
      placementId = await insertPlacement(ctx.db, await makeApplication(ctx.db, callId, intern, { preferences: [unit] }), unit, {
        status: 'approved', proposal: 'Digitalizar el registro catastral del municipio con el sistema que usa el GAMLP',
      });
      const awayIntern = await makeUser(ctx.db, ['participant'], { municipalityId: away.id });
      otherPlacementId = await insertPlacement(ctx.db, await makeApplication(ctx.db, callId, awayIntern, { preferences: [unit] }), unit, { status: 'approved', proposal: 'Ventanilla única' });
      const late = await makeUser(ctx.db, ['participant'], { municipalityId: home.id });
      noProposalPlacementId = await insertPlacement(ctx.db, await makeApplication(ctx.db, callId, late, { preferences: [unit] }), unit, { status: 'in_progress' });
    });

    const record = (id: string, token: string, body: Record<string, unknown>) => ctx.http().post(`/api/placements/${id}/follow-ups`).set(bearer(token)).send(body);

    it('is recorded by the liaison of the intern\'s municipality or the intern; anyone else gets 404', async () => {
      const byLiaison = await record(placementId, liaisonToken, { status: 'in_progress', evidence: 'Se presentó al concejo', evidenceUrl: 'https://municipio.gob.bo/acta-12' });
      expect(byLiaison.status).toBe(201);
      expect(byLiaison.body).toMatchObject({ latestStatus: 'in_progress', followUpCount: 1 });
      expect((await record(placementId, otherLiaisonToken, { status: 'implemented', evidence: 'x' })).status).toBe(404);
      expect((await record(placementId, participantToken, { status: 'implemented', evidence: 'x' })).status).toBe(404);
      expect((await record(placementId, coordinatorToken, { status: 'implemented', evidence: 'x' })).status).toBe(403);
      expect((await ctx.http().get(`/api/placements/${placementId}/follow-ups`).set(bearer(otherLiaisonToken))).status).toBe(404);
      const byIntern = await record(placementId, internToken, { status: 'implemented', evidence: 'Ordenanza municipal 45/2026' });
      expect(byIntern.status).toBe(201);
      expect(byIntern.body.latestStatus).toBe('implemented');
      expect(byIntern.body.history.map((h: { status: string }) => h.status)).toEqual(['implemented', 'in_progress']);
      expect(await count(`SELECT count(*) FROM audit_log WHERE action = 'internship.follow_up.record' AND entity_id = $1`, [placementId])).toBe(2);
    });

    it('refuses bad input, naming the field, and placements without a proposal', async () => {
      const bad = await record(placementId, liaisonToken, { status: 'done', evidence: 'x', evidenceUrl: 'http://inseguro.bo' });
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.body).sort()).toEqual(['evidenceUrl', 'status']);
      const none = await record(noProposalPlacementId, liaisonToken, { status: 'not_started', evidence: '' });
      expect(none.status).toBe(409);
      expect(await count(`SELECT count(*) FROM proposal_follow_ups WHERE placement_id = $1`, [noProposalPlacementId])).toBe(0);
    });

    it('lists for the liaison only their municipality\'s placements with a proposal', async () => {
      const mine = await ctx.http().get('/api/internship-follow-ups').set(bearer(liaisonToken));
      expect(mine.status).toBe(200);
      expect(mine.body.map((p: { placementId: string }) => p.placementId)).toEqual([placementId]);
      const theirs = await ctx.http().get('/api/internship-follow-ups').set(bearer(otherLiaisonToken));
      expect(theirs.body.map((p: { placementId: string }) => p.placementId)).toEqual([otherPlacementId]);
    });

    it('shows coordinators a board per call with the latest follow-up, filterable', async () => {
      const board = await ctx.http().get(`/api/internship-calls/${callId}/follow-ups`).set(bearer(coordinatorToken));
      expect(board.status).toBe(200);
      expect(board.body).toHaveLength(3);
      const row = board.body.find((p: { placementId: string }) => p.placementId === placementId);
      expect(row).toMatchObject({ hostUnit: 'Unidad de Catastro', latestStatus: 'implemented', followUpCount: 2, proposalSummary: expect.stringContaining('Digitalizar') });
      const implemented = await ctx.http().get(`/api/internship-calls/${callId}/follow-ups?status=implemented`).set(bearer(managerToken));
      expect(implemented.body.map((p: { placementId: string }) => p.placementId)).toEqual([placementId]);
      const none = await ctx.http().get(`/api/internship-calls/${callId}/follow-ups?status=none&municipalityId=${home.id}`).set(bearer(coordinatorToken));
      expect(none.body.map((p: { placementId: string }) => p.placementId)).toEqual([noProposalPlacementId]);
      expect((await ctx.http().get(`/api/internship-calls/${callId}/follow-ups`).set(bearer(liaisonToken))).status).toBe(403);
    });
  });

  describe('call reports', () => {
    let callId: string;

    beforeAll(async () => {
      const lp = await makeMunicipality(ctx.db, { name: 'Achocalla', department: 'LP' });
      const cb = await makeMunicipality(ctx.db, { name: 'Sacaba', department: 'CB' });
      const cb2 = await makeMunicipality(ctx.db, { name: 'Quillacollo', department: 'CB' });
      callId = await makeCall(ctx.db, 'Convocatoria de informe');
      const u1 = await makeUnit(ctx.db, callId, 'Catastro', 3);
      const u2 = await makeUnit(ctx.db, callId, 'Tránsito', 3);
      await makeUnit(ctx.db, callId, 'Sin postulantes', 2);
      const person = (municipalityId: string, gender: string) => makeUser(ctx.db, ['participant'], { municipalityId, gender });
      const a = async (m: string, gender: string, prefs: string[], status = 'submitted') => makeApplication(ctx.db, callId, await person(m, gender), { preferences: prefs, status });
      const p1 = await insertPlacement(ctx.db, await a(lp.id, 'female', [u1, u2]), u1, { status: 'approved', proposal: 'Propuesta 1' });
      const p2 = await insertPlacement(ctx.db, await a(lp.id, 'male', [u2]), u2, { status: 'approved', proposal: 'Propuesta 2' });
      await insertPlacement(ctx.db, await a(cb.id, 'female', [u2, u1]), u1, { status: 'not_approved' });
      await insertPlacement(ctx.db, await a(cb2.id, 'female', [u1]), u2, { status: 'report_submitted', proposal: 'Propuesta 3' });
      await insertPlacement(ctx.db, await a(cb.id, 'male', [u1]), u1, { status: 'withdrawn', proposal: 'No cuenta' });
      await a(cb.id, 'other', [u2], 'not_placed');
      await a(lp.id, 'female', [], 'submitted');
      await a(cb2.id, 'female', [u1], 'withdrawn');
      await ctx.db.query(`INSERT INTO proposal_follow_ups (placement_id, status, recorded_at) VALUES ($1, 'in_progress', now() - interval '2 days'), ($1, 'implemented', now()), ($2, 'not_started', now())`, [p1, p2]);
    });

    it('equals plain SQL counts, and every breakdown adds up to the totals', async () => {
      expect((await ctx.http().get(`/api/internship-calls/${callId}/report`).set(bearer(participantToken))).status).toBe(403);
      const response = await ctx.http().get(`/api/internship-calls/${callId}/report`).set(bearer(managerToken));
      expect(response.status).toBe(200);
      const report = response.body;
      const [sql] = await ctx.db.query(
        `SELECT (SELECT count(*)::int FROM internship_applications WHERE call_id = $1 AND status <> 'withdrawn') AS applications,
                (SELECT count(*)::int FROM placements p JOIN internship_applications a ON a.id = p.application_id WHERE a.call_id = $1 AND p.status <> 'withdrawn') AS placements,
                (SELECT count(*)::int FROM placements p JOIN internship_applications a ON a.id = p.application_id WHERE a.call_id = $1 AND p.status = 'approved') AS completions,
                (SELECT count(*)::int FROM placements p JOIN internship_applications a ON a.id = p.application_id
                  WHERE a.call_id = $1 AND p.status <> 'withdrawn' AND p.report_submitted_at IS NOT NULL AND btrim(coalesce(p.improvement_proposal, '')) <> '') AS proposals`,
        [callId],
      );
      expect(report.totals).toEqual({ ...sql, implemented: 1 });
      expect(report.totals).toEqual({ applications: 7, placements: 4, completions: 2, proposals: 3, implemented: 1 });
      for (const key of ['byMunicipality', 'byDepartment', 'byGender', 'byHostUnit']) {
        const rows = report[key] as Record<string, number>[];
        for (const figure of ['applications', 'placements', 'completions', 'proposals', 'implemented']) {
          expect([key, figure, rows.reduce((sum, row) => sum + row[figure], 0)]).toEqual([key, figure, report.totals[figure]]);
        }
      }
      const dept = Object.fromEntries(report.byDepartment.map((r: { label: string; applications: number; placements: number; completions: number }) => [r.label, [r.applications, r.placements, r.completions]]));
      expect(dept).toEqual({ Cochabamba: [4, 2, 0], 'La Paz': [3, 2, 2] });
      const [sacaba] = await ctx.db.query(
        `SELECT count(*)::int AS n FROM internship_applications a JOIN municipalities m ON m.id = a.municipality_id WHERE a.call_id = $1 AND a.status <> 'withdrawn' AND m.name = 'Sacaba'`,
        [callId],
      );
      expect(report.byMunicipality.find((r: { label: string }) => r.label === 'Sacaba').applications).toBe(sacaba.n);
      const gender = Object.fromEntries(report.byGender.map((r: { label: string; applications: number }) => [r.label, r.applications]));
      expect(gender).toEqual({ Femenino: 4, Masculino: 2, Otro: 1 });
      const units = Object.fromEntries(report.byHostUnit.map((r: { label: string; applications: number; placements: number }) => [r.label, [r.applications, r.placements]]));
      expect(units).toEqual({ Catastro: [3, 2], Tránsito: [3, 2], 'Sin postulantes': [0, 0], 'Sin preferencia': [1, 0] });
      expect(report.proposalStatus.map((s: { status: string; count: number }) => [s.status, s.count])).toEqual([
        ['not_started', 1], ['in_progress', 0], ['implemented', 1], ['none', 1],
      ]);
    });

    it('exports CSV (BOM, `;`, Spanish headers) and XLSX (a sheet per breakdown, numeric cells, frozen header), audited', async () => {
      const csv = await ctx.http().get(`/api/internship-calls/${callId}/report.csv`).set(bearer(coordinatorToken)).buffer(true).parse(binaryParser);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['content-disposition']).toMatch(/attachment; filename="pasantias-2026-Convocatoria-de-informe\.csv"/);
      const text = (csv.body as Buffer).toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('Desglose;Grupo;Postulaciones;Asignaciones;Pasantías aprobadas;Propuestas de mejora;Propuestas implementadas');
      expect(lines[1]).toBe('Total;Convocatoria;7;4;2;3;1');
      expect(lines).toContain('Departamento;Cochabamba;4;2;0;1;0');
      expect(lines).toContain('Estado de la propuesta;Implementada;;;;1;');

      const xlsx = await ctx.http().get(`/api/internship-calls/${callId}/report.xlsx`).set(bearer(managerToken)).buffer(true).parse(binaryParser);
      expect(xlsx.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Resumen', 'Municipio', 'Departamento', 'Género', 'Unidad receptora', 'Propuestas']);
      const sheet = workbook.getWorksheet('Departamento');
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet?.getRow(1).values).toEqual([undefined, 'Departamento', 'Postulaciones', 'Asignaciones', 'Pasantías aprobadas', 'Propuestas de mejora', 'Propuestas implementadas']);
      const rows = (sheet?.getSheetValues() ?? []).slice(2).map((r) => (r as unknown[]).slice(1));
      expect(rows).toEqual([['Cochabamba', 4, 2, 0, 1, 0], ['La Paz', 3, 2, 2, 2, 1], ['Total', 7, 4, 2, 3, 1]]);
      const audit = await ctx.db.query(`SELECT after->>'format' AS format FROM audit_log WHERE action = 'internship.report.export' AND entity_id = $1 ORDER BY created_at`, [callId]);
      expect(audit.map((a: { format: string }) => a.format)).toEqual(['csv', 'xlsx']);
    });
  });
});
