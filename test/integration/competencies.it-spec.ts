import { defaultFrameworkRows } from '../../apps/api/src/database/seed/default-framework';
import { createTestApp, ensureDefaultFramework, frameworkItemId, login, makeCourse, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';
import { createSiblingDatabase } from '../support/test-database';
import { CSV_HEADER, frameworkCsv, frameworkSnapshot, itemsWithPrefix, uniqueAreaCode, uploadFramework } from '../support/competencies';

interface ItemBody {
  id: string;
  kind: string;
  code: string;
  parentId: string | null;
  name: string;
  description: string | null;
  position: number;
  retiredAt: string | null;
  updatedAt: string;
}

describe('competency framework (real PostgreSQL)', () => {
  let ctx: TestContext;
  let coordinator: MadeUser;
  let tokens: Record<'coordinator' | 'admin' | 'manager' | 'participant' | 'facilitator', string>;

  const as = (token: string) => ({
    get: (url: string) => ctx.http().get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body?: object) => ctx.http().post(url).set('Authorization', `Bearer ${token}`).send(body),
    patch: (url: string, body: object) => ctx.http().patch(url).set('Authorization', `Bearer ${token}`).send(body),
  });
  const coord = () => as(tokens.coordinator);

  /** Creates an area, a sub-area and a competency under a fresh code; returns their ids. */
  const makeTree = async (code = uniqueAreaCode()) => {
    const area = await coord().post('/api/competencies', { kind: 'area', code, name: `Área ${code}` });
    expect(area.status).toBe(201);
    const sub = await coord().post('/api/competencies', { kind: 'sub_area', code: `${code}.1`, parentId: area.body.id, name: `Sub-área ${code}.1` });
    expect(sub.status).toBe(201);
    const comp = await coord().post('/api/competencies', { kind: 'competency', code: `${code}.1.1`, parentId: sub.body.id, name: `Competencia ${code}.1.1` });
    expect(comp.status).toBe(201);
    return { code, area: area.body as ItemBody, sub: sub.body as ItemBody, comp: comp.body as ItemBody };
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    await ensureDefaultFramework(ctx.db);
    coordinator = await makeUser(ctx.db, ['coordinator']);
    const others = {
      admin: await makeUser(ctx.db, ['admin']),
      manager: await makeUser(ctx.db, ['manager']),
      participant: await makeUser(ctx.db, ['participant']),
      facilitator: await makeUser(ctx.db, ['facilitator']),
    };
    tokens = {
      coordinator: (await login(ctx, coordinator)).token,
      admin: (await login(ctx, others.admin)).token,
      manager: (await login(ctx, others.manager)).token,
      participant: (await login(ctx, others.participant)).token,
      facilitator: (await login(ctx, others.facilitator)).token,
    };
  });
  afterAll(() => ctx.close());

  describe('reading', () => {
    it('gives every signed-in user the framework in tree order (areas, their sub-areas, their competencies)', async () => {
      const response = await as(tokens.participant).get('/api/competencies');
      expect(response.status).toBe(200);
      const defaultCodes = new Set(defaultFrameworkRows().map((row) => row.code));
      const listed = (response.body as ItemBody[]).filter((item) => defaultCodes.has(item.code));
      // The seed lists parents before children in the same order the tree has.
      expect(listed.map((item) => item.code)).toEqual(defaultFrameworkRows().map((row) => row.code));
      const a08 = listed.find((item) => item.code === 'A08')!;
      expect(a08).toEqual({
        id: await frameworkItemId(ctx.db, 'A08'),
        kind: 'area',
        code: 'A08',
        parentId: null,
        name: 'Medio ambiente y gestión de riesgos',
        description: null,
        position: 8,
        retiredAt: null,
        updatedAt: expect.any(String),
      });
      expect(listed.find((item) => item.code === 'A08.2')).toMatchObject({ kind: 'sub_area', parentId: a08.id, position: 2 });
      expect(listed.filter((item) => item.kind === 'area')).toHaveLength(12);
    });

    it('reads one item, 404 for an unknown id, 401 without a session', async () => {
      const id = await frameworkItemId(ctx.db, 'A01.1.1');
      const one = await as(tokens.facilitator).get(`/api/competencies/${id}`);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ id, kind: 'competency', code: 'A01.1.1' });
      const missing = await as(tokens.manager).get('/api/competencies/00000000-0000-4000-8000-000000000000');
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('COMPETENCY_NOT_FOUND');
      expect((await ctx.http().get('/api/competencies')).status).toBe(401);
    });

    it('leaves retired items out unless includeRetired=true, and refuses other values of it', async () => {
      const { code, area, sub, comp } = await makeTree();
      expect((await coord().post(`/api/competencies/${sub.id}/retire`)).status).toBe(200);
      const active = await as(tokens.participant).get('/api/competencies');
      expect((active.body as ItemBody[]).filter((i) => i.code.startsWith(code)).map((i) => i.code)).toEqual([code]);
      const all = await as(tokens.participant).get('/api/competencies').query({ includeRetired: 'true' });
      const mine = (all.body as ItemBody[]).filter((i) => i.code.startsWith(code));
      expect(mine.map((i) => [i.id, i.retiredAt === null])).toEqual([[area.id, true], [sub.id, false], [comp.id, false]]);
      const bad = await as(tokens.participant).get('/api/competencies').query({ includeRetired: 'si' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['includeRetired']);
    });
  });

  describe('editing', () => {
    it('refuses to move a sub-area that courses are filed under to another area, and moves it once they are not', async () => {
      const { code, sub } = await makeTree();
      const other = await makeTree();
      const course = await makeCourse(ctx.db, { areaCode: code, subAreaCode: `${code}.1` });
      const moved = await coord().patch(`/api/competencies/${sub.id}`, { parentId: other.area.id });
      expect(moved.status).toBe(409);
      expect(moved.body.errors).toEqual([{ field: 'parentId', message: expect.stringContaining(course.code) }]);
      const [row] = await ctx.db.query(`SELECT parent_id FROM competency_items WHERE id = $1`, [sub.id]);
      expect(row.parent_id).not.toBe(other.area.id);

      await ctx.db.query(`UPDATE courses SET sub_area_id = NULL WHERE id = $1`, [course.id]);
      expect((await coord().patch(`/api/competencies/${sub.id}`, { parentId: other.area.id })).status).toBe(200);
    });

    it('creates areas, sub-areas and competencies at the end of their siblings, audited', async () => {
      const { code, area, sub, comp } = await makeTree();
      expect(area).toEqual({
        id: expect.any(String), kind: 'area', code, parentId: null, name: `Área ${code}`, description: null,
        position: expect.any(Number), retiredAt: null, updatedAt: expect.any(String),
      });
      expect(sub).toMatchObject({ parentId: area.id, position: 1 });
      expect(comp).toMatchObject({ parentId: sub.id, position: 1 });
      const second = await coord().post('/api/competencies', {
        kind: 'competency', code: `${code}.1.2`, parentId: sub.id, name: '  Segunda  ', description: 'Línea 1\r\nLínea 2',
      });
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ position: 2, name: 'Segunda', description: 'Línea 1\nLínea 2' });
      const placed = await coord().post('/api/competencies', { kind: 'competency', code: `${code}.1.0`, parentId: sub.id, name: 'Primera', position: 0 });
      expect(placed.body.position).toBe(0);

      const audit = await ctx.db.query(
        `SELECT action, entity_id, after FROM audit_log WHERE action = 'competency.create' AND entity_id = ANY($1) ORDER BY created_at`,
        [[area.id, sub.id, comp.id]],
      );
      expect(audit).toEqual([
        { action: 'competency.create', entity_id: area.id, after: expect.objectContaining({ kind: 'area', code, parentId: null }) },
        { action: 'competency.create', entity_id: sub.id, after: expect.objectContaining({ kind: 'sub_area', code: `${code}.1`, parentId: area.id }) },
        { action: 'competency.create', entity_id: comp.id, after: expect.objectContaining({ kind: 'competency', code: `${code}.1.1`, parentId: sub.id }) },
      ]);
    });

    it('refuses duplicate codes (409 naming code), bad codes, and parents missing, of the wrong kind or retired, saving nothing', async () => {
      const { code, area, sub } = await makeTree();
      const a01 = await frameworkItemId(ctx.db, 'A01');
      const before = await frameworkSnapshot(ctx.db, [`${code}%`, 'A01%']);
      const cases: [object, number, string, string][] = [
        [{ kind: 'area', code: 'A01', name: 'Otra' }, 409, 'code', 'COMPETENCY_CODE_TAKEN'],
        [{ kind: 'competency', code: `${code}.1.1`, parentId: sub.id, name: 'Otra' }, 409, 'code', 'COMPETENCY_CODE_TAKEN'],
        [{ kind: 'area', code: `${code} X`, name: 'Espacio' }, 400, 'code', ''],
        [{ kind: 'programa', code: `${code}.9`, name: 'X' }, 400, 'kind', ''],
        [{ kind: 'sub_area', code: `${code}.9`, name: 'Sin padre' }, 400, 'parentId', 'COMPETENCY_INVALID_PARENT'],
        [{ kind: 'competency', code: `${code}.9`, parentId: area.id, name: 'Bajo un área' }, 400, 'parentId', 'COMPETENCY_INVALID_PARENT'],
        [{ kind: 'area', code: `${code}.9`, parentId: a01, name: 'Área con padre' }, 400, 'parentId', 'COMPETENCY_INVALID_PARENT'],
        [{ kind: 'sub_area', code: `${code}.9`, parentId: '00000000-0000-4000-8000-000000000000', name: 'Padre inexistente' }, 400, 'parentId', 'COMPETENCY_INVALID_PARENT'],
        [{ kind: 'sub_area', code: `${code}.9`, parentId: area.id, name: '' }, 400, 'name', ''],
      ];
      for (const [body, status, field, problemCode] of cases) {
        const response = await coord().post('/api/competencies', body);
        expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), status]);
        expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
        if (problemCode) expect(response.body.code).toBe(problemCode);
      }
      expect(await frameworkSnapshot(ctx.db, [`${code}%`, 'A01%'])).toBe(before);

      expect((await coord().post(`/api/competencies/${sub.id}/retire`)).status).toBe(200);
      const underRetired = await coord().post('/api/competencies', { kind: 'competency', code: `${code}.1.9`, parentId: sub.id, name: 'Bajo retirado' });
      expect(underRetired.status).toBe(409);
      expect(underRetired.body).toMatchObject({ code: 'COMPETENCY_PARENT_RETIRED', errors: [{ field: 'parentId', message: `${code}.1 está retirado: elija un elemento activo` }] });
      expect(await itemsWithPrefix(ctx.db, `${code}.1.9`)).toEqual([]);
    });

    it('edits code, name, description, position and parent (same tier); refuses a taken code, a wrong parent and the kind', async () => {
      const { code, area, sub, comp } = await makeTree();
      const other = await coord().post('/api/competencies', { kind: 'sub_area', code: `${code}.2`, parentId: area.id, name: 'Otra sub-área' });
      const edited = await coord().patch(`/api/competencies/${comp.id}`, {
        code: `${code}.2.1`, name: 'Renombrada', description: 'Nueva descripción', position: 5, parentId: other.body.id,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ code: `${code}.2.1`, name: 'Renombrada', description: 'Nueva descripción', position: 5, parentId: other.body.id });
      const cleared = await coord().patch(`/api/competencies/${comp.id}`, { description: '   ' });
      expect(cleared.body.description).toBeNull();

      const taken = await coord().patch(`/api/competencies/${comp.id}`, { code: `${code}.1` });
      expect(taken.status).toBe(409);
      expect(taken.body.errors).toEqual([{ field: 'code', message: `El código ${code}.1 ya es de «Sub-área ${code}.1»` }]);
      const wrongTier = await coord().patch(`/api/competencies/${comp.id}`, { parentId: area.id });
      expect(wrongTier.status).toBe(400);
      expect(wrongTier.body.errors).toEqual([{ field: 'parentId', message: `El padre de una competencia debe ser una sub-área; ${code} es un área` }]);
      const kind = await coord().patch(`/api/competencies/${sub.id}`, { kind: 'competency' });
      expect(kind.status).toBe(400);
      expect(kind.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
      const areaParent = await coord().patch(`/api/competencies/${area.id}`, { parentId: sub.id });
      expect(areaParent.status).toBe(400);
      expect(areaParent.body.errors[0].field).toBe('parentId');

      expect(await itemsWithPrefix(ctx.db, code)).toEqual([
        { kind: 'area', code, parent_code: null, name: `Área ${code}`, description: null, position: expect.any(Number), retired: false },
        { kind: 'sub_area', code: `${code}.1`, parent_code: code, name: `Sub-área ${code}.1`, description: null, position: 1, retired: false },
        { kind: 'sub_area', code: `${code}.2`, parent_code: code, name: 'Otra sub-área', description: null, position: 2, retired: false },
        { kind: 'competency', code: `${code}.2.1`, parent_code: `${code}.2`, name: 'Renombrada', description: null, position: 5, retired: false },
      ]);
      const audit = await ctx.db.query(`SELECT before, after FROM audit_log WHERE action = 'competency.update' AND entity_id = $1 ORDER BY created_at`, [comp.id]);
      expect(audit).toHaveLength(2);
      expect(audit[0].before).toMatchObject({ code: `${code}.1.1`, name: `Competencia ${code}.1.1` });
      expect(audit[0].after).toEqual({ code: `${code}.2.1`, name: 'Renombrada', description: 'Nueva descripción', position: 5, parentId: other.body.id });
    });

    it('retires an item with its active descendants at one instant, and restores what was retired with it', async () => {
      const { code, area, sub, comp } = await makeTree();
      const earlier = await coord().post('/api/competencies', { kind: 'competency', code: `${code}.1.2`, parentId: sub.id, name: 'Retirada antes' });
      expect((await coord().post(`/api/competencies/${earlier.body.id}/retire`)).status).toBe(200);
      const [{ retired_at: earlierAt }] = await ctx.db.query(`SELECT retired_at FROM competency_items WHERE id = $1`, [earlier.body.id]);

      const retired = await coord().post(`/api/competencies/${area.id}/retire`);
      expect(retired.status).toBe(200);
      expect(retired.body.retiredAt).toEqual(expect.any(String));
      const rows = await ctx.db.query(`SELECT code, retired_at FROM competency_items WHERE code LIKE $1 ORDER BY code`, [`${code}%`]);
      const instants = new Map(rows.map((r: { code: string; retired_at: Date }) => [r.code, r.retired_at.getTime()]));
      expect(instants.get(code)).toBe(instants.get(`${code}.1`));
      expect(instants.get(code)).toBe(instants.get(`${code}.1.1`));
      expect(instants.get(`${code}.1.2`)).toBe(earlierAt.getTime());
      // Retiring again changes nothing.
      expect((await coord().post(`/api/competencies/${area.id}/retire`)).body.retiredAt).toBe(retired.body.retiredAt);

      const blocked = await coord().post(`/api/competencies/${comp.id}/restore`);
      expect(blocked.status).toBe(409);
      expect(blocked.body).toMatchObject({ code: 'COMPETENCY_PARENT_RETIRED', errors: [{ field: 'parentId' }] });
      expect(blocked.body.errors[0].message).toContain(`${code}.1`);

      const restored = await coord().post(`/api/competencies/${area.id}/restore`);
      expect(restored.status).toBe(200);
      expect(restored.body.retiredAt).toBeNull();
      expect((await itemsWithPrefix(ctx.db, code)).map((i) => [i.code, i.retired])).toEqual([
        [code, false], [`${code}.1`, false], [`${code}.1.1`, false], [`${code}.1.2`, true],
      ]);
      const audit = await ctx.db.query(
        `SELECT action, after FROM audit_log WHERE action IN ('competency.retire', 'competency.restore') AND entity_id = $1 ORDER BY created_at`,
        [area.id],
      );
      expect(audit).toEqual([
        { action: 'competency.retire', after: { retiredCodes: [code, `${code}.1`, `${code}.1.1`] } },
        { action: 'competency.restore', after: { restoredCodes: [code, `${code}.1`, `${code}.1.1`] } },
      ]);
    });

    it('lets admins edit too, and refuses every write to managers, facilitators and participants (403), changing nothing', async () => {
      const { code, area, sub } = await makeTree();
      const byAdmin = await as(tokens.admin).patch(`/api/competencies/${area.id}`, { name: 'Nombre del admin' });
      expect(byAdmin.status).toBe(200);
      const before = await frameworkSnapshot(ctx.db, [`${code}%`]);
      const file = frameworkCsv([CSV_HEADER, ['area', `${code}X`, '', 'Nueva', '', '1', '']]);
      for (const role of ['manager', 'facilitator', 'participant'] as const) {
        const writer = as(tokens[role]);
        const responses = [
          await writer.post('/api/competencies', { kind: 'sub_area', code: `${code}.7`, parentId: area.id, name: 'X' }),
          await writer.patch(`/api/competencies/${area.id}`, { name: 'X' }),
          await writer.post(`/api/competencies/${sub.id}/retire`),
          await writer.post(`/api/competencies/${sub.id}/restore`),
          await uploadFramework(ctx, tokens[role], file),
        ];
        expect([role, ...responses.map((r) => r.status)]).toEqual([role, 403, 403, 403, 403, 403]);
      }
      expect(await frameworkSnapshot(ctx.db, [`${code}%`])).toBe(before);
      expect((await as(tokens.manager).get('/api/competencies/export.csv')).status).toBe(200);
    });
  });

  describe('export', () => {
    it('writes the whole framework, retired items included, as a semicolon CSV with BOM and Spanish headers', async () => {
      const { code, sub } = await makeTree();
      await coord().patch(`/api/competencies/${sub.id}`, { description: '=SUMA(1;2) "entre comillas"\nsegunda línea' });
      await coord().post(`/api/competencies/${sub.id}/retire`);
      const response = await as(tokens.participant).get('/api/competencies/export.csv');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="marco-competencias.csv"');
      const text: string = response.text;
      expect(text.startsWith('\uFEFFtipo;codigo;codigo_padre;nombre;descripcion;orden;retirado_el\r\n')).toBe(true);
      expect(text).toContain('\r\narea;A01;;Gobierno municipal, institucionalidad y transparencia;;1;\r\nsubarea;A01.1;A01;');
      const today = new Date(Date.now() - 4 * 3600_000).toISOString().slice(0, 10);
      expect(text).toContain(
        `\r\nsubarea;${code}.1;${code};Sub-área ${code}.1;"'=SUMA(1;2) ""entre comillas""\nsegunda línea";1;${today}\r\n`
        + `competencia;${code}.1.1;${code}.1;Competencia ${code}.1.1;;1;${today}\r\n`,
      );
    });

    it('resolves every URI of the CASE package, without a session, to the very object the package holds', async () => {
      const { comp } = await makeTree();
      const { body: pkg } = await as(tokens.coordinator).get('/api/competencies/export.case.json').set('Host', 'campus.prueba');
      const item = pkg.CFItems.find((i: { identifier: string }) => i.identifier === comp.id);
      const association = pkg.CFAssociations.find((a: { originNodeURI: { identifier: string } }) => a.originNodeURI.identifier === comp.id);
      for (const object of [pkg.CFDocument, item, association, pkg.CFDefinitions.CFItemTypes[0], pkg.CFRubrics[0]]) {
        const uri = new URL(object.uri);
        expect(uri.origin).toBe('http://campus.prueba');
        const response = await ctx.http().get(uri.pathname).set('Host', 'campus.prueba');
        expect(response.status).toBe(200);
        expect(response.body).toEqual(object);
      }
      const unknown = await ctx.http().get('/api/competencies/case/00000000-0000-4000-8000-000000000000');
      expect(unknown.status).toBe(404);
      expect((await ctx.http().get('/api/competencies/case/no-es-un-uuid')).status).toBe(400);
    });

    it('writes a CASE 1.0 package with items, isChildOf associations, item types and the proficiency rubric', async () => {
      const { area, sub, comp } = await makeTree();
      const response = await as(tokens.participant).get('/api/competencies/export.case.json').set('Host', 'campus.prueba');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const pkg = response.body;
      const base = 'http://campus.prueba/api/competencies/case';
      expect(pkg.CFDocument).toMatchObject({
        creator: 'Escuela de Gestores Municipales (EGM) – GAMLP', language: 'es', adoptionStatus: 'Adopted', uri: `${base}/${pkg.CFDocument.identifier}`,
      });
      const item = pkg.CFItems.find((i: { identifier: string }) => i.identifier === comp.id);
      expect(item).toEqual({
        identifier: comp.id,
        uri: `${base}/${comp.id}`,
        fullStatement: comp.name,
        humanCodingScheme: comp.code,
        CFItemType: 'Competencia',
        CFItemTypeURI: expect.objectContaining({ title: 'Competencia' }),
        listEnumeration: '1',
        language: 'es',
        lastChangeDateTime: comp.updatedAt,
        CFDocumentURI: { title: pkg.CFDocument.title, identifier: pkg.CFDocument.identifier, uri: pkg.CFDocument.uri },
      });
      const parentOf = (id: string) =>
        pkg.CFAssociations.filter((a: { originNodeURI: { identifier: string } }) => a.originNodeURI.identifier === id)
          .map((a: { associationType: string; destinationNodeURI: { identifier: string } }) => [a.associationType, a.destinationNodeURI.identifier]);
      expect(parentOf(comp.id)).toEqual([['isChildOf', sub.id]]);
      expect(parentOf(sub.id)).toEqual([['isChildOf', area.id]]);
      expect(parentOf(area.id)).toEqual([['isChildOf', pkg.CFDocument.identifier]]);
      expect(pkg.CFItems).toHaveLength(pkg.CFAssociations.length);
      expect(pkg.CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels.map((l: { quality: string }) => l.quality)).toEqual(['Básico', 'Intermedio', 'Avanzado']);
      // The same campus gives the same document identifier on every export.
      const again = await as(tokens.participant).get('/api/competencies/export.case.json').set('Host', 'campus.prueba');
      expect(again.body.CFDocument.identifier).toBe(pkg.CFDocument.identifier);
    });

    it('audits each download with who, the format and how many items; following a CASE URI without a session is not a download', async () => {
      const reader = await makeUser(ctx.db, ['facilitator']);
      const token = (await login(ctx, reader)).token;
      const csv = await as(token).get('/api/competencies/export.csv');
      const pkg = await as(token).get('/api/competencies/export.case.json').set('Host', 'campus.prueba');
      expect([csv.status, pkg.status]).toEqual([200, 200]);
      expect((await ctx.http().get(new URL(pkg.body.CFDocument.uri).pathname).set('Host', 'campus.prueba')).status).toBe(200);
      const items = pkg.body.CFItems.length;
      expect(items).toBeGreaterThan(0);
      const audit = await ctx.db.query(
        `SELECT actor_id, action, entity_type, entity_id, after FROM audit_log WHERE action = 'competency.export' AND actor_id = $1 ORDER BY created_at, id`,
        [reader.id],
      );
      expect(audit).toEqual([
        { actor_id: reader.id, action: 'competency.export', entity_type: 'competency_item', entity_id: null, after: { format: 'csv', items: expect.any(Number) } },
        { actor_id: reader.id, action: 'competency.export', entity_type: 'competency_item', entity_id: null, after: { format: 'case', items } },
      ]);
      expect(await ctx.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'competency.export' AND actor_id IS NULL`)).toEqual([{ n: 0 }]);
    });
  });

  describe('CSV import', () => {
    it('creates a tree whose parents come after their children, with English headers and commas, audited; the same file again changes nothing', async () => {
      const code = uniqueAreaCode();
      const csv = 'kind,code,parent_code,name,description,position\n'
        + `competency,${code}.1.1,${code}.1,"Aplica normas, reglamentos",,\n`
        + `sub_area,${code}.1,${code},Sub-área importada,"Con ""comillas""",\n`
        + `area,${code},,Área importada,,40\n`
        + `competencia,${code}.1.2,${code}.1,Segunda,,\n`
        + `subarea,${code}.2,A08,Bajo un área existente,,\n`;
      const dry = await uploadFramework(ctx, tokens.coordinator, csv, { format: 'csv', dryRun: 'true' });
      expect(dry.status).toBe(200);
      expect(dry.body).toEqual({ dryRun: true, created: 5, updated: 0, unchanged: 0, retired: 0, restored: 0 });
      expect(await itemsWithPrefix(ctx.db, code)).toEqual([]);

      const real = await uploadFramework(ctx, tokens.coordinator, csv);
      expect(real.status).toBe(200);
      expect(real.body).toEqual({ dryRun: false, created: 5, updated: 0, unchanged: 0, retired: 0, restored: 0 });
      const a08LastPosition = (await itemsWithPrefix(ctx.db, `${code}.2`))[0].position;
      expect(await itemsWithPrefix(ctx.db, code)).toEqual([
        { kind: 'area', code, parent_code: null, name: 'Área importada', description: null, position: 40, retired: false },
        { kind: 'sub_area', code: `${code}.1`, parent_code: code, name: 'Sub-área importada', description: 'Con "comillas"', position: 1, retired: false },
        { kind: 'competency', code: `${code}.1.1`, parent_code: `${code}.1`, name: 'Aplica normas, reglamentos', description: null, position: 1, retired: false },
        { kind: 'competency', code: `${code}.1.2`, parent_code: `${code}.1`, name: 'Segunda', description: null, position: 2, retired: false },
        { kind: 'sub_area', code: `${code}.2`, parent_code: 'A08', name: 'Bajo un área existente', description: null, position: a08LastPosition, retired: false },
      ]);
      expect(a08LastPosition).toBeGreaterThan(3);
      const [audit] = await ctx.db.query(
        `SELECT after FROM audit_log WHERE action = 'competency.import' AND actor_id = $1 AND after->'createdCodes' ? $2`,
        [coordinator.id, code],
      );
      expect(audit.after).toEqual({
        format: 'csv', created: 5, updated: 0, unchanged: 0, retired: 0, restored: 0,
        createdCodes: [`${code}.1.1`, `${code}.1`, code, `${code}.1.2`, `${code}.2`], updatedCodes: [], retiredCodes: [], restoredCodes: [],
      });

      // Without `orden`, existing items keep their position: the same file is all unchanged.
      const again = await uploadFramework(ctx, tokens.coordinator, csv);
      expect(again.body).toEqual({ dryRun: false, created: 0, updated: 0, unchanged: 5, retired: 0, restored: 0 });
    });

    it('updates, retires and restores by code, leaving items absent from the file untouched', async () => {
      const { code, sub } = await makeTree();
      await coord().post('/api/competencies', { kind: 'competency', code: `${code}.1.2`, parentId: sub.id, name: 'Fuera del archivo' });
      const retiredSub = await coord().post('/api/competencies', { kind: 'sub_area', code: `${code}.2`, parentId: sub.parentId, name: 'Retirada' });
      await coord().post(`/api/competencies/${retiredSub.body.id}/retire`);
      const today = new Date(Date.now() - 4 * 3600_000).toISOString().slice(0, 10);
      const file = frameworkCsv([
        CSV_HEADER,
        ['area', code, '', `Área ${code}`, 'Ahora con descripción', '', ''],
        ['subarea', `${code}.2`, code, 'Retirada', '', '2', ''],
        ['competencia', `${code}.1.1`, `${code}.1`, `Competencia ${code}.1.1`, '', '1', today],
      ]);
      const response = await uploadFramework(ctx, tokens.coordinator, file);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ dryRun: false, created: 0, updated: 1, unchanged: 0, retired: 1, restored: 1 });
      expect((await itemsWithPrefix(ctx.db, code)).map((i) => [i.code, i.description, i.retired])).toEqual([
        [code, 'Ahora con descripción', false],
        [`${code}.1`, null, false],
        [`${code}.1.1`, null, true],
        [`${code}.1.2`, null, false],
        [`${code}.2`, null, false],
      ]);
    });

    describe('refuses bad files whole, naming line and field, and saves nothing', () => {
      let code: string;
      let before: string;
      beforeAll(async () => {
        ({ code } = await makeTree());
      });
      beforeEach(async () => {
        before = await frameworkSnapshot(ctx.db, [`${code}%`, 'A08%']);
      });
      afterEach(async () => {
        expect(await frameworkSnapshot(ctx.db, [`${code}%`, 'A08%'])).toBe(before);
      });

      const expectErrors = async (file: string | Buffer, errors: { line: number; field: string; message?: string }[], query?: Record<string, string>) => {
        const response = await uploadFramework(ctx, tokens.coordinator, file, query);
        expect(response.status).toBe(422);
        expect(response.body.code).toBe('COMPETENCY_IMPORT_INVALID');
        expect(response.body.detail).toBe(`El archivo tiene ${errors.length} error(es); no se guardó nada`);
        expect(response.body.errors).toEqual(errors.map((e) => (e.message ? e : { ...e, message: expect.any(String) })));
      };
      /** A valid row first: nothing of it may be saved either. */
      const valid = () => ['area', `${code}N`, '', 'Nueva área válida', '', '', ''];

      it('a bad kind', () =>
        expectErrors(frameworkCsv([CSV_HEADER, valid(), ['programa', `${code}.5`, code, 'X', '', '', '']]), [
          { line: 3, field: 'tipo', message: 'Tipo desconocido «programa» (use area, subarea o competencia)' },
        ]));

      it('a bad code', () =>
        expectErrors(frameworkCsv([CSV_HEADER, valid(), ['subarea', `${code} 5`, code, 'X', '', '', '']]), [{ line: 3, field: 'codigo' }]));

      it('a code repeated in the file', () =>
        expectErrors(frameworkCsv([CSV_HEADER, valid(), ['subarea', `${code}.5`, code, 'X', '', '', ''], ['subarea', `${code}.5`, code, 'Y', '', '', '']]), [
          { line: 4, field: 'codigo', message: `Código repetido «${code}.5» (también en la línea 3)` },
        ]));

      it('an unknown parent code (competencia desconocida)', () =>
        expectErrors(frameworkCsv([CSV_HEADER, valid(), ['competencia', `${code}.1.5`, `${code}.9`, 'X', '', '', '']]), [
          { line: 3, field: 'codigo_padre', message: `Competencia desconocida «${code}.9»: el código padre no está en el archivo ni en el marco` },
        ]));

      it('a parent of the wrong kind', () =>
        expectErrors(frameworkCsv([CSV_HEADER, valid(), ['competencia', `${code}.5`, code, 'X', '', '', '']]), [
          { line: 3, field: 'codigo_padre', message: `El padre de una competencia debe ser una sub-área, pero ${code} es un área` },
        ]));

      it('a missing name, a bad position and a bad date on one line, and a kind change on another', () =>
        expectErrors(frameworkCsv([CSV_HEADER, valid(), ['subarea', `${code}.5`, code, '', '', 'primero', '2026-02-30'], ['competencia', code, `${code}.1`, 'X', '', '', '']]), [
          { line: 3, field: 'nombre', message: 'Es obligatorio' },
          { line: 3, field: 'orden' },
          { line: 3, field: 'retirado_el', message: 'Fecha no válida «2026-02-30» (use AAAA-MM-DD)' },
          { line: 4, field: 'tipo' },
        ]));

      it('a change to an existing item together with a bad row', () =>
        expectErrors(frameworkCsv([CSV_HEADER, ['area', code, '', 'Renombrada por un archivo malo', '', '', ''], ['area', 'A08', '', 'Otro nombre', '', '', '2999-01-01']]), [
          { line: 3, field: 'retirado_el', message: 'La fecha de retiro (2999-01-01) no puede ser posterior a hoy' },
        ]));

      it('unknown and missing columns', () =>
        expectErrors(frameworkCsv([['tipo', 'codigo', 'nivel'], ['area', `${code}N`, '1']]), [
          { line: 1, field: 'nivel', message: 'Columna desconocida «nivel»' },
          { line: 1, field: 'nombre', message: 'Falta la columna obligatoria «nombre»' },
        ]));

      it('a file that is not UTF-8', () =>
        expectErrors(Buffer.from(`tipo;codigo;nombre\narea;${code}N;Gesti\xf3n\n`, 'latin1'), [
          { line: 1, field: 'archivo', message: 'El archivo no está en UTF-8: guárdelo como «CSV UTF-8»' },
        ]));

      it('a CASE import that is not JSON, or JSON that is not a CASE package', async () => {
        await expectErrors(frameworkCsv([CSV_HEADER, valid()]), [{ line: 1, field: 'archivo' }], { format: 'case' });
        await expectErrors(JSON.stringify({ CFItems: [] }), [{ line: 1, field: 'archivo', message: 'No es un paquete CASE: faltan CFDocument o CFItems' }], { format: 'case' });
      });

      it('a CASE association to an unknown node (competencia desconocida)', async () => {
        const pkg = {
          CFDocument: { identifier: '5f0c1b2a-0000-4000-8000-000000000001', title: 'Otro marco' },
          CFItems: [
            { identifier: '5f0c1b2a-0000-4000-8000-000000000002', humanCodingScheme: `${code}.6`, fullStatement: 'Sub-área', CFItemType: 'Sub-área' },
          ],
          CFAssociations: [
            {
              associationType: 'isChildOf',
              originNodeURI: { identifier: '5f0c1b2a-0000-4000-8000-000000000002' },
              destinationNodeURI: { identifier: '5f0c1b2a-0000-4000-8000-00000000dead' },
            },
          ],
        };
        await expectErrors(JSON.stringify(pkg), [
          { line: 1, field: 'CFAssociations.destinationNodeURI', message: expect.stringContaining('Competencia desconocida «5f0c1b2a-0000-4000-8000-00000000dead»') as unknown as string },
        ], { format: 'case' });
      });

      it('a missing file, an unknown format or a dryRun other than true/false (400 naming the field)', async () => {
        const noFile = await ctx.http().post('/api/competencies/import').query({ format: 'csv' }).set('Authorization', `Bearer ${tokens.coordinator}`);
        expect(noFile.status).toBe(400);
        expect(noFile.body.errors).toEqual([{ field: 'file', message: 'Es obligatorio' }]);
        const file = frameworkCsv([CSV_HEADER, valid()]);
        for (const [query, field] of [[{ format: 'xlsx' }, 'format'], [{}, 'format'], [{ format: 'csv', dryRun: 'si' }, 'dryRun']] as const) {
          const response = await uploadFramework(ctx, tokens.coordinator, file, query as Record<string, string>);
          expect(response.status).toBe(400);
          expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
        }
      });
    });
  });

  describe('round trip through fresh databases', () => {
    // Databases of their own (the source, one for the CSV, one for the CASE package), so the other
    // suites' items never enter the comparison. One app at a time: Passport keeps its strategies
    // process-wide, so logins and tokens go to the app created last.
    const HOST = 'campus.egm.prueba';
    let sourceCsv: string;
    let sourceCase: string;

    const open = async (label: string) => {
      const app = await createTestApp(await createSiblingDatabase(label));
      const token = (await login(app, await makeUser(app.db, ['admin']))).token;
      return {
        app,
        token,
        get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${token}`).set('Host', HOST),
        post: (url: string, body?: object) => app.http().post(url).set('Authorization', `Bearer ${token}`).send(body),
        patch: (url: string, body: object) => app.http().patch(url).set('Authorization', `Bearer ${token}`).send(body),
      };
    };

    beforeAll(async () => {
      const source = await open('framework_src');
      try {
        await ensureDefaultFramework(source.app.db);
        // Everything a framework can hold: descriptions with quotes, separators, line breaks and
        // formula-like text; an area retired with its tree; a competency retired alone; positions.
        const id = (code: string) => frameworkItemId(source.app.db, code);
        expect((await source.patch(`/api/competencies/${await id('A01')}`, { description: 'Competencias del Art. 302; "gobierno abierto"\nsegunda línea' })).status).toBe(200);
        expect((await source.patch(`/api/competencies/${await id('A03.1.1')}`, { name: '=Formula el POA (programa operativo anual)', position: 7 })).status).toBe(200);
        const extra = await source.post('/api/competencies', { kind: 'competency', code: 'A01.1.9', parentId: await id('A01.1'), name: '-Negocia, concilia', description: '@mención' });
        expect(extra.status).toBe(201);
        expect((await source.post(`/api/competencies/${await id('A12')}/retire`)).status).toBe(200);
        expect((await source.post(`/api/competencies/${await id('A02.1.1')}/retire`)).status).toBe(200);
        const csv = await source.get('/api/competencies/export.csv');
        const pkg = await source.get('/api/competencies/export.case.json');
        expect([csv.status, pkg.status]).toEqual([200, 200]);
        sourceCsv = csv.text;
        sourceCase = pkg.text;
      } finally {
        await source.app.close();
      }
    });

    it('CSV: the export imported into an empty framework exports byte for byte the same, and a second import changes nothing', async () => {
      const rows = sourceCsv.split('\r\n').filter(Boolean);
      // Header, the default framework and one extra competency (the description with a line break stays in its row).
      expect(rows.length).toBe(defaultFrameworkRows().length + 2);
      const retiredCount = defaultFrameworkRows().filter((row) => row.code.startsWith('A12')).length + 1;
      expect(rows.filter((row) => /;\d{4}-\d{2}-\d{2}$/.test(row))).toHaveLength(retiredCount);

      const target = await open('framework_csv');
      try {
        const imported = await uploadFramework(target.app, target.token, Buffer.from(sourceCsv, 'utf8'));
        expect(imported.status).toBe(200);
        expect(imported.body).toEqual({ dryRun: false, created: rows.length - 1, updated: 0, unchanged: 0, retired: 0, restored: 0 });
        const [{ n }] = await target.app.db.query(`SELECT count(*)::int AS n FROM competency_items WHERE retired_at IS NOT NULL`);
        expect(n).toBe(retiredCount);

        const reexported = await target.get('/api/competencies/export.csv');
        expect(reexported.text).toBe(sourceCsv);

        const again = await uploadFramework(target.app, target.token, Buffer.from(sourceCsv, 'utf8'));
        expect(again.body).toEqual({ dryRun: false, created: 0, updated: 0, unchanged: rows.length - 1, retired: 0, restored: 0 });
      } finally {
        await target.app.close();
      }
    });

    it('CASE: the package imported into an empty framework exports identically (ids, associations, dates, document), and a second import changes nothing', async () => {
      const exported = JSON.parse(sourceCase);
      const items = exported.CFItems.length;
      expect(items).toBe(defaultFrameworkRows().length + 1);

      const target = await open('framework_case');
      try {
        const imported = await uploadFramework(target.app, target.token, Buffer.from(sourceCase, 'utf8'), { format: 'case' });
        expect(imported.status).toBe(200);
        expect(imported.body).toEqual({ dryRun: false, created: items, updated: 0, unchanged: 0, retired: 0, restored: 0 });

        // Nothing is ignored: even the document's lastChangeDateTime matches, because an import keeps
        // each item's lastChangeDateTime as its last change.
        const reexported = await target.get('/api/competencies/export.case.json');
        expect(reexported.body).toEqual(exported);
        expect(reexported.text).toBe(sourceCase);
        // And the CSV of the CASE copy is the CSV of the source.
        expect((await target.get('/api/competencies/export.csv')).text).toBe(sourceCsv);

        const again = await uploadFramework(target.app, target.token, Buffer.from(sourceCase, 'utf8'), { format: 'case' });
        expect(again.body).toEqual({ dryRun: false, created: 0, updated: 0, unchanged: items, retired: 0, restored: 0 });
      } finally {
        await target.app.close();
      }
    });
  });
});
