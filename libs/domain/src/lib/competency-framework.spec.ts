import {
  buildCasePackage, CASE_FIELD_NAMES, competencyCsvRows, CSV_FIELD_NAMES, importPlanCounts, mapCompetencyHeaders, orderCreates,
  parseCasePackage, parseCompetencyKind, parseFrameworkDate, planFrameworkImport, protectCsvCell, sortFrameworkTree,
  unprotectCsvCell, validateCompetencyRow,
} from './competency-framework';
import type { FrameworkItem, FrameworkRecord } from './competency-framework';

const T0 = '2026-02-01T12:00:00.000Z';
const item = (over: Partial<FrameworkItem> & Pick<FrameworkItem, 'id' | 'kind' | 'code'>): FrameworkItem => ({
  parentId: null, name: `Nombre ${over.code}`, description: null, position: 1, retiredAt: null, updatedAt: T0, ...over,
});

// A small framework: two areas, a sub-area with two competencies, a retired sub-area.
const ID = {
  a1: '00000000-0000-4000-8000-000000000001',
  a2: '00000000-0000-4000-8000-000000000002',
  s11: '00000000-0000-4000-8000-000000000011',
  s12: '00000000-0000-4000-8000-000000000012',
  c111: '00000000-0000-4000-8000-000000000111',
  c112: '00000000-0000-4000-8000-000000000112',
};
const FRAMEWORK: FrameworkItem[] = [
  item({ id: ID.c112, kind: 'competency', code: 'A01.1.2', parentId: ID.s11, position: 2 }),
  item({ id: ID.a2, kind: 'area', code: 'A02', position: 2 }),
  item({ id: ID.s12, kind: 'sub_area', code: 'A01.2', parentId: ID.a1, position: 2, retiredAt: '2026-01-10T15:00:00.000Z' }),
  item({ id: ID.c111, kind: 'competency', code: 'A01.1.1', parentId: ID.s11, position: 1, description: '=Fórmula; "comillas"' }),
  item({ id: ID.a1, kind: 'area', code: 'A01', position: 1, name: 'Gobierno municipal' }),
  item({ id: ID.s11, kind: 'sub_area', code: 'A01.1', parentId: ID.a1, position: 1 }),
];
const TODAY = '2026-03-01';

/** A fake name-based id: readable and deterministic. */
const uuidFor = (name: string) => `uuid(${name})`;

const csvRecord = (over: Partial<FrameworkRecord> & Pick<FrameworkRecord, 'line' | 'kind' | 'code'>): FrameworkRecord => ({
  identifier: null,
  parent: null,
  name: `Nombre ${over.code}`,
  description: null,
  position: null,
  retiredOn: null,
  lastChange: null,
  ...over,
});
const under = (code: string, line: number): FrameworkRecord['parent'] => ({ ref: code, by: 'code', line, field: 'codigo_padre' });

describe('kinds', () => {
  it('reads Spanish and English words, with or without accents, case or separators', () => {
    expect(['area', 'Área', 'ÁREA DE GESTIÓN'].map(parseCompetencyKind)).toEqual(['area', 'area', 'area']);
    expect(['subarea', 'Sub-área', 'sub_area', 'sub área'].map(parseCompetencyKind)).toEqual(['sub_area', 'sub_area', 'sub_area', 'sub_area']);
    expect(['competencia', 'Competency'].map(parseCompetencyKind)).toEqual(['competency', 'competency']);
    expect(parseCompetencyKind('capacidad')).toBeNull();
  });
});

describe('sortFrameworkTree', () => {
  it('puts each area before its sub-areas and each sub-area before its competencies, by position then code', () => {
    expect(sortFrameworkTree(FRAMEWORK).map((i) => i.code)).toEqual(['A01', 'A01.1', 'A01.1.1', 'A01.1.2', 'A01.2', 'A02']);
  });

  it('breaks position ties by code and keeps items whose parent is missing, at the end', () => {
    const items = [
      item({ id: 'b', kind: 'area', code: 'B', position: 1 }),
      item({ id: 'a', kind: 'area', code: 'A', position: 1 }),
      item({ id: 'x', kind: 'sub_area', code: 'X.1', parentId: 'gone', position: 1 }),
    ];
    expect(sortFrameworkTree(items).map((i) => i.code)).toEqual(['A', 'B', 'X.1']);
  });
});

describe('parseFrameworkDate', () => {
  it('reads ISO dates, dd/mm/yyyy and instants (as their La Paz date)', () => {
    expect(parseFrameworkDate('2026-03-05')).toBe('2026-03-05');
    expect(parseFrameworkDate('5/3/2026')).toBe('2026-03-05');
    expect(parseFrameworkDate('2026-03-05T02:00:00Z')).toBe('2026-03-04');
    expect(parseFrameworkDate('2026-03-05T02:00:00-04:00')).toBe('2026-03-05');
  });

  it('refuses impossible or other dates', () => {
    expect(['2026-02-30', '31/04/2026', '2026/03/05', 'ayer', '2026-3-5'].map(parseFrameworkDate)).toEqual([null, null, null, null, null]);
  });
});

describe('CSV', () => {
  it('maps Spanish and English headers, ignoring case and a byte-order mark', () => {
    const { fields, errors } = mapCompetencyHeaders(['\uFEFFTipo', 'code', 'código_padre', 'Nombre', 'description', 'orden', 'retired_on']);
    expect(errors).toEqual([]);
    expect(fields).toEqual(['kind', 'code', 'parentCode', 'name', 'description', 'position', 'retiredOn']);
  });

  it('reports unknown, repeated and missing columns by name', () => {
    const { errors } = mapCompetencyHeaders(['tipo', 'tipo', 'nivel']);
    expect(errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'tipo: Columna repetida «tipo»',
      'nivel: Columna desconocida «nivel»',
      'codigo: Falta la columna obligatoria «codigo»',
      'nombre: Falta la columna obligatoria «nombre»',
    ]);
  });

  it('validates a good row into a record', () => {
    const { record, errors } = validateCompetencyRow(
      { kind: 'Competencia', code: ' A01.1.3 ', parentCode: 'A01.1', name: "'=Calcula", description: '', position: '4', retiredOn: '' },
      7,
      true,
    );
    expect(errors).toEqual([]);
    expect(record).toEqual({
      line: 7, identifier: null, kind: 'competency', code: 'A01.1.3',
      parent: { ref: 'A01.1', by: 'code', line: 7, field: 'codigo_padre' },
      name: '=Calcula', description: null, position: 4, retiredOn: null, lastChange: null,
    });
  });

  it('leaves retirement alone when the file has no retirado_el column', () => {
    const { record } = validateCompetencyRow({ kind: 'area', code: 'A20', name: 'Nueva' }, 2, false);
    expect(record?.retiredOn).toBeUndefined();
    expect(record?.position).toBeNull();
  });

  it('names every bad field of a row', () => {
    const { record, errors } = validateCompetencyRow(
      { kind: 'capacidad', code: 'A 01', parentCode: '', name: '', position: '-1', retiredOn: '31/02/2026' },
      3,
      true,
    );
    expect(record).toBeNull();
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'tipo'], [3, 'codigo'], [3, 'nombre'], [3, 'orden'], [3, 'retirado_el'],
    ]);
    expect(errors[0].message).toBe('Tipo desconocido «capacidad» (use area, subarea o competencia)');
  });

  it('needs a parent code below areas and refuses one on an area', () => {
    expect(validateCompetencyRow({ kind: 'subarea', code: 'A01.9', name: 'X' }, 2, true).errors).toEqual([
      { line: 2, field: 'codigo_padre', message: 'Es obligatorio para una sub-área (el código de su área)' },
    ]);
    expect(validateCompetencyRow({ kind: 'area', code: 'A30', parentCode: 'A01', name: 'X' }, 4, true).errors).toEqual([
      { line: 4, field: 'codigo_padre', message: 'Un área no tiene código padre: déjelo vacío' },
    ]);
  });

  it('exports in tree order with parent codes, La Paz retirement dates and formula-safe cells', () => {
    expect(competencyCsvRows(FRAMEWORK)).toEqual([
      ['tipo', 'codigo', 'codigo_padre', 'nombre', 'descripcion', 'orden', 'retirado_el'],
      ['area', 'A01', '', 'Gobierno municipal', '', '1', ''],
      ['subarea', 'A01.1', 'A01', 'Nombre A01.1', '', '1', ''],
      ['competencia', 'A01.1.1', 'A01.1', 'Nombre A01.1.1', `'=Fórmula; "comillas"`, '1', ''],
      ['competencia', 'A01.1.2', 'A01.1', 'Nombre A01.1.2', '', '2', ''],
      ['subarea', 'A01.2', 'A01', 'Nombre A01.2', '', '2', '2026-01-10'],
      ['area', 'A02', '', 'Nombre A02', '', '2', ''],
    ]);
  });

  it('protects and unprotects formula-like cells symmetrically', () => {
    for (const value of ['=1+1', '+591', '-x', '@a', 'normal', "'quoted"]) {
      expect(unprotectCsvCell(protectCsvCell(value))).toBe(value);
    }
    expect(protectCsvCell('-x')).toBe("'-x");
  });
});

describe('CASE', () => {
  const options = { baseUrl: 'https://campus.egm.bo', uuidFor };
  const pkg = buildCasePackage(FRAMEWORK, options);
  const base = 'https://campus.egm.bo/api/competencies/case';
  const documentId = uuidFor(base);

  it('builds the document, one item per framework item and an isChildOf association for each', () => {
    expect(pkg.CFDocument).toMatchObject({
      identifier: documentId,
      uri: `${base}/${documentId}`,
      creator: 'Escuela de Gestores Municipales (EGM) – GAMLP',
      language: 'es',
      adoptionStatus: 'Adopted',
      lastChangeDateTime: T0,
    });
    expect(pkg.CFItems.map((i) => i.humanCodingScheme)).toEqual(['A01', 'A01.1', 'A01.1.1', 'A01.1.2', 'A01.2', 'A02']);
    expect(pkg.CFItems[0]).toEqual({
      identifier: ID.a1,
      uri: `${base}/${ID.a1}`,
      fullStatement: 'Gobierno municipal',
      humanCodingScheme: 'A01',
      CFItemType: 'Área de gestión',
      CFItemTypeURI: { title: 'Área de gestión', identifier: uuidFor(`${base}/item-type/area`), uri: `${base}/${uuidFor(`${base}/item-type/area`)}` },
      listEnumeration: '1',
      language: 'es',
      lastChangeDateTime: T0,
      CFDocumentURI: { title: 'Marco de competencias de gestión municipal', identifier: documentId, uri: `${base}/${documentId}` },
    });
    expect(pkg.CFItems[2].notes).toBe('=Fórmula; "comillas"');
    expect(pkg.CFItems[4].statusEndDate).toBe('2026-01-10');
    const parents = pkg.CFAssociations.map((a) => [a.originNodeURI.identifier, a.destinationNodeURI.identifier, a.associationType, a.sequenceNumber]);
    expect(parents).toEqual([
      [ID.a1, documentId, 'isChildOf', 1],
      [ID.s11, ID.a1, 'isChildOf', 1],
      [ID.c111, ID.s11, 'isChildOf', 1],
      [ID.c112, ID.s11, 'isChildOf', 2],
      [ID.s12, ID.a1, 'isChildOf', 2],
      [ID.a2, documentId, 'isChildOf', 2],
    ]);
    expect(pkg.CFAssociations[1].identifier).toBe(uuidFor(`${base}/isChildOf/${ID.s11}/${ID.a1}`));
  });

  it('describes the proficiency scale as one rubric with three levels', () => {
    expect(pkg.CFRubrics).toHaveLength(1);
    expect(pkg.CFRubrics[0].title).toBe('Escala de dominio');
    expect(pkg.CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels.map((l) => [l.score, l.quality])).toEqual([
      [1, 'Básico'], [2, 'Intermedio'], [3, 'Avanzado'],
    ]);
    expect(pkg.CFDefinitions.CFItemTypes.map((t) => t.title)).toEqual(['Área de gestión', 'Sub-área', 'Competencia']);
  });

  it('gives the same package for the same framework, whatever the input order', () => {
    expect(JSON.stringify(buildCasePackage([...FRAMEWORK].reverse(), options))).toBe(JSON.stringify(pkg));
  });

  it('reads its own package back into the same records', () => {
    const { records, errors } = parseCasePackage(JSON.parse(JSON.stringify(pkg)));
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.line, r.identifier, r.kind, r.code, r.parent?.ref ?? null, r.position, r.retiredOn, r.description])).toEqual([
      [1, ID.a1, 'area', 'A01', null, 1, null, null],
      [2, ID.s11, 'sub_area', 'A01.1', ID.a1, 1, null, null],
      [3, ID.c111, 'competency', 'A01.1.1', ID.s11, 1, null, '=Fórmula; "comillas"'],
      [4, ID.c112, 'competency', 'A01.1.2', ID.s11, 2, null, null],
      [5, ID.s12, 'sub_area', 'A01.2', ID.a1, 2, '2026-01-10', null],
      [6, ID.a2, 'area', 'A02', null, 2, null, null],
    ]);
    expect(records[1].parent).toEqual({ ref: ID.a1, by: 'identifier', line: 2, field: 'CFAssociations.destinationNodeURI' });
    expect(records[0].lastChange).toBe(T0);
  });

  it('refuses what is not a CASE package', () => {
    for (const json of [null, [], { CFItems: [] }, { CFDocument: {}, CFItems: {} }]) {
      expect(parseCasePackage(json).errors).toEqual([{ line: 1, field: 'archivo', message: 'No es un paquete CASE: faltan CFDocument o CFItems' }]);
    }
  });

  it('names the field of bad items and associations, and of items left without a parent', () => {
    const broken = JSON.parse(JSON.stringify(pkg));
    broken.CFItems[0].CFItemType = 'Programa';
    delete broken.CFItems[0].CFItemTypeURI;
    broken.CFItems[1].identifier = 'no-es-uuid';
    broken.CFItems[5].statusEndDate = '2026-13-01';
    broken.CFItems[5].lastChangeDateTime = 'ayer';
    broken.CFAssociations[3].originNodeURI.identifier = '99999999-0000-4000-8000-000000000000';
    const { errors } = parseCasePackage(broken);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [1, 'CFItems.CFItemType'],
      [2, 'CFItems.identifier'],
      [6, 'CFItems.statusEndDate'],
      [6, 'CFItems.lastChangeDateTime'],
      // The association of item 2 names its old identifier, no longer in the package.
      [2, 'CFAssociations.originNodeURI'],
      [4, 'CFAssociations.originNodeURI'],
      [4, 'CFAssociations'],
    ]);
    expect(errors[5].message).toBe('Competencia desconocida «99999999-0000-4000-8000-000000000000»: no es un CFItem del paquete');
    expect(errors[6].message).toBe('Falta la asociación isChildOf de A01.1.2 con su sub-área');
  });

  it('refuses two parents for one item', () => {
    const twice = JSON.parse(JSON.stringify(pkg));
    twice.CFAssociations.push({ ...twice.CFAssociations[2], destinationNodeURI: twice.CFAssociations[3].destinationNodeURI });
    expect(parseCasePackage(twice).errors).toEqual([
      { line: 7, field: 'CFAssociations.originNodeURI', message: 'El elemento A01.1.1 tiene más de un padre (también en la asociación 3)' },
    ]);
  });
});

describe('planFrameworkImport', () => {
  const plan = (records: FrameworkRecord[], existing = FRAMEWORK) => planFrameworkImport(existing, records, CSV_FIELD_NAMES, TODAY);

  it('counts a file equal to the framework as unchanged', () => {
    const rows = competencyCsvRows(FRAMEWORK).slice(1);
    const records = rows.map((cells, index) => {
      const [kind, code, parentCode, name, description, position, retiredOn] = cells;
      return validateCompetencyRow({ kind, code, parentCode, name, description, position, retiredOn }, index + 2, true).record!;
    });
    const result = plan(records);
    expect(result.errors).toEqual([]);
    expect(importPlanCounts(result)).toEqual({ created: 0, updated: 0, unchanged: 6, retired: 0, restored: 0 });
  });

  it('creates items whose parent comes later in the file, appending positions, parents first', () => {
    const result = plan([
      csvRecord({ line: 2, kind: 'competency', code: 'A03.1.1', parent: under('A03.1', 2) }),
      csvRecord({ line: 3, kind: 'sub_area', code: 'A03.1', parent: under('A03', 3) }),
      csvRecord({ line: 4, kind: 'area', code: 'A03' }),
      csvRecord({ line: 5, kind: 'competency', code: 'A01.1.3', parent: under('A01.1', 5) }),
    ]);
    expect(result.errors).toEqual([]);
    expect(orderCreates(result.creates).map((c) => [c.code, c.parent, c.position])).toEqual([
      ['A03', null, 3],
      ['A03.1', { line: 4 }, 1],
      ['A03.1.1', { line: 3 }, 1],
      ['A01.1.3', { id: ID.s11 }, 3],
    ]);
  });

  it('updates, retires and restores matched items, keeping the instant of an unchanged retirement date', () => {
    const result = plan([
      csvRecord({ line: 2, kind: 'area', code: 'A01', name: 'Gobierno municipal y transparencia', position: 1 }),
      csvRecord({ line: 3, kind: 'area', code: 'A02', position: 2, retiredOn: '2026-02-20' }),
      csvRecord({ line: 4, kind: 'sub_area', code: 'A01.2', parent: under('A01', 4), position: 2, retiredOn: null }),
      csvRecord({ line: 5, kind: 'competency', code: 'A01.1.2', parent: under('A01.1', 5), position: 2, retiredOn: undefined }),
    ]);
    expect(result.errors).toEqual([]);
    expect(importPlanCounts(result)).toEqual({ created: 0, updated: 1, unchanged: 1, retired: 1, restored: 1 });
    expect(result.updates.map((u) => [u.code, u.outcome, u.retiredAt])).toEqual([
      ['A01', 'updated', null],
      ['A02', 'retired', '2026-02-20T00:00:00-04:00'],
      ['A01.2', 'restored', null],
    ]);
    const same = plan([csvRecord({ line: 2, kind: 'sub_area', code: 'A01.2', parent: under('A01', 2), position: 2, retiredOn: '2026-01-10' })]);
    expect(importPlanCounts(same).unchanged).toBe(1);
  });

  it('refuses repeated codes, unknown parents, parents of the wrong kind and kind changes, with their lines', () => {
    const result = plan([
      csvRecord({ line: 2, kind: 'area', code: 'A05' }),
      csvRecord({ line: 3, kind: 'area', code: 'A05' }),
      csvRecord({ line: 4, kind: 'competency', code: 'A05.1.1', parent: under('A05.9', 4) }),
      csvRecord({ line: 5, kind: 'competency', code: 'A05.1.2', parent: under('A01', 5) }),
      csvRecord({ line: 6, kind: 'competency', code: 'A02' , parent: under('A01.1', 6) }),
    ]);
    expect(result.errors).toEqual([
      { line: 3, field: 'codigo', message: 'Código repetido «A05» (también en la línea 2)' },
      { line: 4, field: 'codigo_padre', message: 'Competencia desconocida «A05.9»: el código padre no está en el archivo ni en el marco' },
      { line: 5, field: 'codigo_padre', message: 'El padre de una competencia debe ser una sub-área, pero A01 es un área' },
      { line: 6, field: 'tipo', message: 'A02 ya existe como un área: el tipo de un elemento no cambia (cree uno nuevo y retire el anterior)' },
    ]);
    expect(result.creates).toEqual([]);
  });

  it('does not blame a child for a parent row that failed on its own', () => {
    const records = [csvRecord({ line: 3, kind: 'sub_area', code: 'A09.1', parent: under('A09', 3) })];
    expect(planFrameworkImport(FRAMEWORK, records, CSV_FIELD_NAMES, TODAY, { codes: new Set(['A09']), identifiers: new Set() }).errors).toEqual([]);
  });

  it('refuses active items under retired ones, in the file or left out of it, and future retirements', () => {
    expect(plan([csvRecord({ line: 2, kind: 'competency', code: 'A01.2.1', parent: under('A01.2', 2) })]).errors).toEqual([
      { line: 2, field: 'retirado_el', message: 'A01.2.1 no puede estar activo bajo A01.2, que está retirado' },
    ]);
    expect(plan([csvRecord({ line: 2, kind: 'sub_area', code: 'A01.1', parent: under('A01', 2), retiredOn: '2026-02-02' })]).errors).toEqual([
      { line: 2, field: 'retirado_el', message: 'A01.1 no puede retirarse: A01.1.1, que no está en el archivo, sigue activo debajo (inclúyalo como retirado)' },
      { line: 2, field: 'retirado_el', message: 'A01.1 no puede retirarse: A01.1.2, que no está en el archivo, sigue activo debajo (inclúyalo como retirado)' },
    ]);
    expect(plan([csvRecord({ line: 2, kind: 'area', code: 'A02', retiredOn: '2026-03-02' })]).errors).toEqual([
      { line: 2, field: 'retirado_el', message: 'La fecha de retiro (2026-03-02) no puede ser posterior a hoy' },
    ]);
  });

  it('matches CASE items by identifier first (a rename), then by code, and refuses taking a code another item keeps', () => {
    const caseRecord = (over: Partial<FrameworkRecord> & Pick<FrameworkRecord, 'line' | 'kind' | 'code'>) =>
      csvRecord({ identifier: '11111111-0000-4000-8000-000000000000', ...over });
    const renamed = planFrameworkImport(FRAMEWORK, [caseRecord({ line: 1, kind: 'area', code: 'B02', identifier: ID.a2, position: 2 })], CASE_FIELD_NAMES, TODAY);
    expect(renamed.updates.map((u) => [u.id, u.code, u.before.code])).toEqual([[ID.a2, 'B02', 'A02']]);
    const byCode = planFrameworkImport(FRAMEWORK, [caseRecord({ line: 1, kind: 'area', code: 'A02', position: 2 })], CASE_FIELD_NAMES, TODAY);
    expect(importPlanCounts(byCode).unchanged).toBe(1);
    const taken = planFrameworkImport(FRAMEWORK, [caseRecord({ line: 1, kind: 'area', code: 'A01', identifier: ID.a2 })], CASE_FIELD_NAMES, TODAY);
    expect(taken.errors).toEqual([
      { line: 1, field: 'CFItems.humanCodingScheme', message: 'El código A01 ya es de otro elemento del marco («Gobierno municipal»)' },
    ]);
    const created = planFrameworkImport(FRAMEWORK, [caseRecord({ line: 1, kind: 'area', code: 'A07', identifier: 'ABCDEF00-0000-4000-8000-000000000000' })], CASE_FIELD_NAMES, TODAY);
    expect(created.creates[0].id).toBe('abcdef00-0000-4000-8000-000000000000');
  });
});
