import { COMPETENCY_CODE_PATTERN, COMPETENCY_ITEM_KINDS, PARENT_KIND, PROFICIENCY_LEVELS } from './catalogue';
import type { CompetencyItemKind, ProficiencyLevel } from './catalogue';
import { mapCsvHeaders } from './csv-import';
import type { ImportError } from './csv-import';

/**
 * The competency framework as data that travels: tree order, the CSV columns, the 1EdTech CASE
 * 1.0 package, and the plan of an import (what it creates, updates, retires or restores, or every
 * problem it has). Pure: the API reads and writes the database around these functions.
 */

/** One item as stored (dates as ISO strings). */
export interface FrameworkItem {
  id: string;
  kind: CompetencyItemKind;
  code: string;
  parentId: string | null;
  name: string;
  description: string | null;
  position: number;
  /** When it was retired (ISO instant), or null while active. */
  retiredAt: string | null;
  updatedAt: string;
}

export const COMPETENCY_NAME_MAX = 300;
export const COMPETENCY_DESCRIPTION_MAX = 4000;
export const COMPETENCY_POSITION_MAX = 99_999;

/** Spanish names of the proficiency levels, as exported (the SPA has its own i18n labels). */
export const PROFICIENCY_LEVEL_NAMES: Record<ProficiencyLevel, string> = { 1: 'Básico', 2: 'Intermedio', 3: 'Avanzado' };

/** How CASE calls each tier (CFItemType). */
export const CASE_ITEM_TYPES: Record<CompetencyItemKind, string> = {
  area: 'Área de gestión',
  sub_area: 'Sub-área',
  competency: 'Competencia',
};

/** How the CSV writes each tier in the `tipo` column. */
export const CSV_KIND_WORDS: Record<CompetencyItemKind, string> = {
  area: 'area',
  sub_area: 'subarea',
  competency: 'competencia',
};

const fold = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const KIND_WORDS: Record<string, CompetencyItemKind> = {
  area: 'area', areadegestion: 'area',
  subarea: 'sub_area',
  competencia: 'competency', competency: 'competency',
};

/**
 * The kind named by a CSV `tipo` or a CASE CFItemType, in Spanish or English, with or without
 * accents (`área`, `Sub-área`, `sub_area`, `Competencia`, `competency`), or null.
 */
export const parseCompetencyKind = (word: string): CompetencyItemKind | null => KIND_WORDS[fold(word)] ?? null;

// ---------------------------------------------------------------------------------------------
// Tree order

const byPositionThenCode = (a: Pick<FrameworkItem, 'position' | 'code'>, b: Pick<FrameworkItem, 'position' | 'code'>) =>
  a.position - b.position || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * Items in tree order: each area (by position, then code), followed by its sub-areas, each followed
 * by its competencies. Items whose parent is not in the list come last, in the same order.
 */
export const sortFrameworkTree = <T extends Pick<FrameworkItem, 'id' | 'parentId' | 'position' | 'code'>>(items: readonly T[]): T[] => {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const key = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const list = children.get(key) ?? [];
    list.push(item);
    children.set(key, list);
  }
  for (const list of children.values()) list.sort(byPositionThenCode);
  const result: T[] = [];
  const visit = (parentId: string | null) => {
    for (const item of children.get(parentId) ?? []) {
      result.push(item);
      visit(item.id);
    }
  };
  // Roots: areas first, then orphans (whose parent was left out), so no item is lost.
  const roots = children.get(null) ?? [];
  children.set(null, [...roots.filter((item) => item.parentId === null), ...roots.filter((item) => item.parentId !== null)]);
  visit(null);
  return result;
};

// ---------------------------------------------------------------------------------------------
// Dates

/** The date in La Paz (UTC-4, no daylight saving) of an instant, as yyyy-mm-dd. */
export const laPazDateOf = (instant: string | Date): string =>
  new Date(new Date(instant).getTime() - 4 * 3600_000).toISOString().slice(0, 10);

/** The instant a retirement dated `date` (yyyy-mm-dd) is stored as: midnight in La Paz. */
export const laPazMidnightOf = (date: string): string => `${date}T00:00:00-04:00`;

const isCalendarDate = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * A date as people and tools write it: `2026-03-05`, `05/03/2026` (spreadsheets in es-BO) or an
 * ISO instant (`2026-03-05T14:00:00Z`, read as its La Paz date). Null when it is not a date.
 */
export const parseFrameworkDate = (value: string): string | null => {
  const text = value.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) return isCalendarDate(+match[1], +match[2], +match[3]) ? text : null;
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) {
    const [day, month, year] = [+match[1], +match[2], +match[3]];
    return isCalendarDate(year, month, day) ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const instant = new Date(text);
    return Number.isNaN(instant.getTime()) ? null : laPazDateOf(instant);
  }
  return null;
};

/** An ISO 8601 instant with a zone, or null. */
const parseInstant = (value: string): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value.trim())) return null;
  const instant = new Date(value.trim());
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
};

// ---------------------------------------------------------------------------------------------
// What an import file says

/** One item as a file describes it, validated on its own (no database, no other rows). */
export interface FrameworkRecord {
  /** CSV line, or CFItem index + 1. */
  line: number;
  /** The CASE identifier (a UUID); null for CSV. */
  identifier: string | null;
  kind: CompetencyItemKind;
  code: string;
  /** Where the parent is named (CSV: the same line; CASE: the isChildOf association). Null: no parent given. */
  parent: { ref: string; by: 'code' | 'identifier'; line: number; field: string } | null;
  name: string;
  description: string | null;
  /** Null: keep the current position (or append, for a new item). */
  position: number | null;
  /** yyyy-mm-dd when retired, null when active, undefined when the file does not say (keep as is). */
  retiredOn: string | null | undefined;
  /** CASE lastChangeDateTime (ISO), kept as the item's last change; null for CSV. */
  lastChange: string | null;
}

/** Codes and identifiers (lower case) of the rows of a file that failed on their own. */
export interface FailedRefs {
  codes: ReadonlySet<string>;
  identifiers: ReadonlySet<string>;
}

/** The field names errors use for each part of a record, per format. */
export interface RecordFieldNames {
  identifier: string;
  kind: string;
  code: string;
  parent: string;
  name: string;
  position: string;
  retired: string;
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Columns of the framework CSV, Spanish first; English names are accepted too. */
export const COMPETENCY_CSV_COLUMNS = [
  { field: 'kind', header: 'tipo', aliases: ['kind', 'type'], required: true },
  { field: 'code', header: 'codigo', aliases: ['código', 'code'], required: true },
  { field: 'parentCode', header: 'codigo_padre', aliases: ['código_padre', 'codigo padre', 'código padre', 'padre', 'parent_code', 'parent'], required: false },
  { field: 'name', header: 'nombre', aliases: ['name'], required: true },
  { field: 'description', header: 'descripcion', aliases: ['descripción', 'description'], required: false },
  { field: 'position', header: 'orden', aliases: ['posicion', 'posición', 'position', 'order'], required: false },
  { field: 'retiredOn', header: 'retirado_el', aliases: ['retirado', 'retirado el', 'retired_on', 'retired_at', 'retired'], required: false },
] as const;

export type CompetencyCsvField = (typeof COMPETENCY_CSV_COLUMNS)[number]['field'];

export const CSV_FIELD_NAMES: RecordFieldNames = {
  identifier: 'codigo',
  kind: 'tipo',
  code: 'codigo',
  parent: 'codigo_padre',
  name: 'nombre',
  position: 'orden',
  retired: 'retirado_el',
};

/** Maps the framework CSV's header row to fields; errors for unknown, repeated or missing columns (line 1). */
export const mapCompetencyHeaders = (headers: readonly string[]): { fields: (CompetencyCsvField | null)[]; errors: ImportError[] } =>
  mapCsvHeaders<CompetencyCsvField>(COMPETENCY_CSV_COLUMNS, headers);

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula: the export puts an
 * apostrophe before it (shown by no spreadsheet), and the import takes it away again.
 */
export const protectCsvCell = (value: string): string => (/^[=+\-@]/.test(value) ? `'${value}` : value);
export const unprotectCsvCell = (value: string): string => (/^'[=+\-@]/.test(value) ? value.slice(1) : value);

const parsePosition = (value: string): number | null | 'invalid' => {
  if (!value) return null;
  if (!/^\d+$/.test(value)) return 'invalid';
  const position = Number(value);
  return position <= COMPETENCY_POSITION_MAX ? position : 'invalid';
};

/** Checks shared by both formats: code pattern, name and description lengths. */
const checkTexts = (
  record: { code: string; name: string; description: string | null },
  line: number,
  names: RecordFieldNames & { description: string },
  errors: ImportError[],
) => {
  if (!record.code) errors.push({ line, field: names.code, message: 'Es obligatorio' });
  else if (!COMPETENCY_CODE_PATTERN.test(record.code)) {
    errors.push({ line, field: names.code, message: `Código no válido «${record.code}»: use hasta 32 letras, dígitos, «.», «-» o «_» (por ejemplo A08.2.1)` });
  }
  if (!record.name) errors.push({ line, field: names.name, message: 'Es obligatorio' });
  else if (record.name.length > COMPETENCY_NAME_MAX) errors.push({ line, field: names.name, message: `Debe tener como máximo ${COMPETENCY_NAME_MAX} caracteres` });
  if (record.description && record.description.length > COMPETENCY_DESCRIPTION_MAX) {
    errors.push({ line, field: names.description, message: `Debe tener como máximo ${COMPETENCY_DESCRIPTION_MAX} caracteres` });
  }
};

/**
 * Validates one CSV data row (cells by field). `hasRetiredColumn`: without the `retirado_el`
 * column the import leaves each item's retirement as it is.
 */
export const validateCompetencyRow = (
  cells: Partial<Record<CompetencyCsvField, string>>,
  line: number,
  hasRetiredColumn: boolean,
): { record: FrameworkRecord | null; errors: ImportError[] } => {
  const errors: ImportError[] = [];
  const value = (field: CompetencyCsvField) => (cells[field] ?? '').trim();
  const kindWord = value('kind');
  const kind = kindWord ? parseCompetencyKind(kindWord) : null;
  if (!kindWord) errors.push({ line, field: 'tipo', message: 'Es obligatorio' });
  else if (!kind) errors.push({ line, field: 'tipo', message: `Tipo desconocido «${kindWord}» (use area, subarea o competencia)` });
  const code = value('code');
  const name = unprotectCsvCell(value('name'));
  const description = unprotectCsvCell(value('description')) || null;
  checkTexts({ code, name, description }, line, { ...CSV_FIELD_NAMES, description: 'descripcion' }, errors);
  const parentCode = value('parentCode');
  if (kind === 'area' && parentCode) errors.push({ line, field: 'codigo_padre', message: 'Un área no tiene código padre: déjelo vacío' });
  if (kind && kind !== 'area' && !parentCode) {
    errors.push({ line, field: 'codigo_padre', message: `Es obligatorio para ${kind === 'sub_area' ? 'una sub-área (el código de su área)' : 'una competencia (el código de su sub-área)'}` });
  }
  const position = parsePosition(value('position'));
  if (position === 'invalid') errors.push({ line, field: 'orden', message: `Debe ser un número entero de 0 a ${COMPETENCY_POSITION_MAX}` });
  let retiredOn: string | null | undefined = hasRetiredColumn ? null : undefined;
  const retiredText = value('retiredOn');
  if (retiredText) {
    retiredOn = parseFrameworkDate(retiredText);
    if (!retiredOn) errors.push({ line, field: 'retirado_el', message: `Fecha no válida «${retiredText}» (use AAAA-MM-DD)` });
  }
  if (errors.length > 0 || !kind || position === 'invalid') return { record: null, errors };
  return {
    record: {
      line,
      identifier: null,
      kind,
      code,
      parent: kind === 'area' ? null : { ref: parentCode, by: 'code', line, field: 'codigo_padre' },
      name,
      description,
      position,
      retiredOn,
      lastChange: null,
    },
    errors,
  };
};

/** The CSV's rows (header first), in tree order; retirement as the La Paz date. */
export const competencyCsvRows = (items: readonly FrameworkItem[]): string[][] => {
  const codes = new Map(items.map((item) => [item.id, item.code]));
  return [
    COMPETENCY_CSV_COLUMNS.map((column) => column.header),
    ...sortFrameworkTree(items).map((item) => [
      CSV_KIND_WORDS[item.kind],
      item.code,
      item.parentId ? (codes.get(item.parentId) ?? '') : '',
      protectCsvCell(item.name),
      protectCsvCell(item.description ?? ''),
      String(item.position),
      item.retiredAt ? laPazDateOf(item.retiredAt) : '',
    ]),
  ];
};

// ---------------------------------------------------------------------------------------------
// 1EdTech CASE 1.0

export const CASE_CREATOR = 'Escuela de Gestores Municipales (EGM) – GAMLP';
export const CASE_TITLE = 'Marco de competencias de gestión municipal';
export const CASE_PROFICIENCY_RUBRIC_TITLE = 'Escala de dominio';
/** The date of the fixed definitions (item types, proficiency scale): they change only with the code. */
export const CASE_DEFINITIONS_DATE = '2026-01-01T00:00:00.000Z';

export interface CaseLinkUri {
  title: string;
  identifier: string;
  uri: string;
}

export interface CaseItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  humanCodingScheme: string;
  CFItemType: string;
  CFItemTypeURI: CaseLinkUri;
  notes?: string;
  listEnumeration: string;
  language: string;
  lastChangeDateTime: string;
  statusEndDate?: string;
  CFDocumentURI: CaseLinkUri;
}

export interface CaseAssociation {
  identifier: string;
  uri: string;
  associationType: 'isChildOf';
  originNodeURI: CaseLinkUri;
  destinationNodeURI: CaseLinkUri;
  sequenceNumber: number;
  lastChangeDateTime: string;
  CFDocumentURI: CaseLinkUri;
}

export interface CasePackage {
  CFDocument: {
    identifier: string;
    uri: string;
    creator: string;
    title: string;
    lastChangeDateTime: string;
    description: string;
    language: string;
    adoptionStatus: string;
    version: string;
    CFPackageURI: CaseLinkUri;
  };
  CFItems: CaseItem[];
  CFAssociations: CaseAssociation[];
  CFDefinitions: {
    CFConcepts: never[];
    CFSubjects: never[];
    CFLicenses: never[];
    CFAssociationGroupings: never[];
    CFItemTypes: { identifier: string; uri: string; title: string; description: string; hierarchyCode: string; typeCode: string; lastChangeDateTime: string }[];
  };
  CFRubrics: {
    identifier: string;
    uri: string;
    title: string;
    description: string;
    lastChangeDateTime: string;
    CFRubricCriteria: {
      identifier: string;
      uri: string;
      category: string;
      description: string;
      position: number;
      rubricId: string;
      lastChangeDateTime: string;
      CFRubricCriterionLevels: {
        identifier: string;
        uri: string;
        description: string;
        quality: string;
        score: number;
        position: number;
        rubricCriterionId: string;
        lastChangeDateTime: string;
      }[];
    }[];
  }[];
}

export interface CaseBuildOptions {
  /** Where the campus is, without a trailing slash (`https://campus.egm.bo`). */
  baseUrl: string;
  /** A stable UUID for a name (the API uses a name-based UUID, version 5). */
  uuidFor: (name: string) => string;
}

/** The CASE document's identifier: the same for every export of one campus. */
export const caseDocumentIdentifier = (options: CaseBuildOptions): string => options.uuidFor(`${options.baseUrl}/api/competencies/case`);

/**
 * The framework as a CASE 1.0 package: one CFDocument, a CFItem per item (identifier = the item's
 * id), an `isChildOf` CFAssociation per item (areas are children of the document), the three item
 * types and the proficiency scale as a CFRubric. Identical input gives identical output.
 */
export const buildCasePackage = (items: readonly FrameworkItem[], options: CaseBuildOptions): CasePackage => {
  const base = `${options.baseUrl}/api/competencies/case`;
  const uri = (identifier: string) => `${base}/${identifier}`;
  const documentId = caseDocumentIdentifier(options);
  const documentLink: CaseLinkUri = { title: CASE_TITLE, identifier: documentId, uri: uri(documentId) };
  const sorted = sortFrameworkTree(items);
  const byId = new Map(items.map((item) => [item.id, item]));
  const lastChange = items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), CASE_DEFINITIONS_DATE);
  const itemTypes = COMPETENCY_ITEM_KINDS.map((kind, index) => {
    const identifier = options.uuidFor(`${base}/item-type/${kind}`);
    return {
      identifier,
      uri: uri(identifier),
      title: CASE_ITEM_TYPES[kind],
      description: `Nivel ${index + 1} del marco de competencias`,
      hierarchyCode: String(index + 1),
      typeCode: kind,
      lastChangeDateTime: CASE_DEFINITIONS_DATE,
    };
  });
  const typeLink = (kind: CompetencyItemKind): CaseLinkUri => {
    const type = itemTypes[COMPETENCY_ITEM_KINDS.indexOf(kind)];
    return { title: type.title, identifier: type.identifier, uri: type.uri };
  };
  const itemLink = (item: FrameworkItem): CaseLinkUri => ({ title: item.name, identifier: item.id, uri: uri(item.id) });

  const cfItems = sorted.map((item): CaseItem => ({
    identifier: item.id,
    uri: uri(item.id),
    fullStatement: item.name,
    humanCodingScheme: item.code,
    CFItemType: CASE_ITEM_TYPES[item.kind],
    CFItemTypeURI: typeLink(item.kind),
    ...(item.description ? { notes: item.description } : {}),
    listEnumeration: String(item.position),
    language: 'es',
    lastChangeDateTime: new Date(item.updatedAt).toISOString(),
    ...(item.retiredAt ? { statusEndDate: laPazDateOf(item.retiredAt) } : {}),
    CFDocumentURI: documentLink,
  }));
  const cfAssociations = sorted.map((item): CaseAssociation => {
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    const destination = parent ? itemLink(parent) : documentLink;
    const identifier = options.uuidFor(`${base}/isChildOf/${item.id}/${destination.identifier}`);
    return {
      identifier,
      uri: uri(identifier),
      associationType: 'isChildOf',
      originNodeURI: itemLink(item),
      destinationNodeURI: destination,
      sequenceNumber: item.position,
      lastChangeDateTime: new Date(item.updatedAt).toISOString(),
      CFDocumentURI: documentLink,
    };
  });

  const rubricId = options.uuidFor(`${base}/rubric/proficiency`);
  const criterionId = options.uuidFor(`${base}/rubric/proficiency/criterion`);
  return {
    CFDocument: {
      identifier: documentId,
      uri: uri(documentId),
      creator: CASE_CREATOR,
      title: CASE_TITLE,
      lastChangeDateTime: new Date(lastChange).toISOString(),
      description:
        'Áreas de gestión municipal (competencias municipales de la Constitución Política del Estado, Art. 302), sus sub-áreas y competencias.',
      language: 'es',
      adoptionStatus: 'Adopted',
      version: '1.0',
      CFPackageURI: { title: CASE_TITLE, identifier: documentId, uri: `${base}/packages/${documentId}` },
    },
    CFItems: cfItems,
    CFAssociations: cfAssociations,
    CFDefinitions: { CFConcepts: [], CFSubjects: [], CFLicenses: [], CFAssociationGroupings: [], CFItemTypes: itemTypes },
    CFRubrics: [
      {
        identifier: rubricId,
        uri: uri(rubricId),
        title: CASE_PROFICIENCY_RUBRIC_TITLE,
        description: 'Nivel de dominio de una competencia: 1 básico, 2 intermedio, 3 avanzado.',
        lastChangeDateTime: CASE_DEFINITIONS_DATE,
        CFRubricCriteria: [
          {
            identifier: criterionId,
            uri: uri(criterionId),
            category: 'Dominio',
            description: 'Nivel de dominio demostrado',
            position: 1,
            rubricId,
            lastChangeDateTime: CASE_DEFINITIONS_DATE,
            CFRubricCriterionLevels: PROFICIENCY_LEVELS.map((level) => {
              const identifier = options.uuidFor(`${base}/rubric/proficiency/level/${level}`);
              return {
                identifier,
                uri: uri(identifier),
                description: `Nivel ${level}: ${PROFICIENCY_LEVEL_NAMES[level].toLowerCase()}`,
                quality: PROFICIENCY_LEVEL_NAMES[level],
                score: level,
                position: level,
                rubricCriterionId: criterionId,
                lastChangeDateTime: CASE_DEFINITIONS_DATE,
              };
            }),
          },
        ],
      },
    ],
  };
};

export const CASE_FIELD_NAMES: RecordFieldNames = {
  identifier: 'CFItems.identifier',
  kind: 'CFItems.CFItemType',
  code: 'CFItems.humanCodingScheme',
  parent: 'CFAssociations',
  name: 'CFItems.fullStatement',
  position: 'CFItems.listEnumeration',
  retired: 'CFItems.statusEndDate',
};

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isCaseUuid = (value: string): boolean => UUID_PATTERN.test(value);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const linkIdentifier = (value: unknown): string => (isObject(value) ? text(value['identifier']) : '');

/**
 * Reads a CASE 1.0 package (the JSON of `GET /api/competencies/export.case.json`, or another
 * publisher's) into records. Errors name the CASE field; `line` is the CFItem's (or the
 * CFAssociation's) index + 1. Associations other than `isChildOf`, and CFRubrics, are ignored
 * (the proficiency scale is fixed).
 */
export const parseCasePackage = (
  json: unknown,
): { records: FrameworkRecord[]; documentIdentifier: string | null; errors: ImportError[]; failed: FailedRefs } => {
  const errors: ImportError[] = [];
  const failed = { codes: new Set<string>(), identifiers: new Set<string>() };
  if (!isObject(json) || !isObject(json['CFDocument']) || !Array.isArray(json['CFItems'])) {
    return {
      records: [],
      documentIdentifier: null,
      errors: [{ line: 1, field: 'archivo', message: 'No es un paquete CASE: faltan CFDocument o CFItems' }],
      failed,
    };
  }
  const documentIdentifier = text(json['CFDocument']['identifier']) || null;
  if (!documentIdentifier) errors.push({ line: 1, field: 'CFDocument.identifier', message: 'Es obligatorio' });
  const associations = json['CFAssociations'] === undefined ? [] : json['CFAssociations'];
  if (!Array.isArray(associations)) {
    errors.push({ line: 1, field: 'CFAssociations', message: 'Debe ser una lista' });
  }

  const records: FrameworkRecord[] = [];
  const lineByIdentifier = new Map<string, number>();
  json['CFItems'].forEach((raw, index) => {
    const line = index + 1;
    if (!isObject(raw)) {
      errors.push({ line, field: 'CFItems', message: 'Debe ser un objeto' });
      return;
    }
    const before = errors.length;
    const identifier = text(raw['identifier']);
    if (!identifier) errors.push({ line, field: CASE_FIELD_NAMES.identifier, message: 'Es obligatorio' });
    else if (!isCaseUuid(identifier)) errors.push({ line, field: CASE_FIELD_NAMES.identifier, message: `Debe ser un UUID «${identifier}»` });
    else if (lineByIdentifier.has(identifier.toLowerCase())) {
      errors.push({ line, field: CASE_FIELD_NAMES.identifier, message: `Identificador repetido (también en el CFItem ${lineByIdentifier.get(identifier.toLowerCase())})` });
    } else lineByIdentifier.set(identifier.toLowerCase(), line);
    const typeWord = text(raw['CFItemType']) || (isObject(raw['CFItemTypeURI']) ? text(raw['CFItemTypeURI']['title']) : '');
    const kind = typeWord ? parseCompetencyKind(typeWord) : null;
    if (!typeWord) errors.push({ line, field: CASE_FIELD_NAMES.kind, message: 'Es obligatorio' });
    else if (!kind) {
      errors.push({ line, field: CASE_FIELD_NAMES.kind, message: `Tipo desconocido «${typeWord}» (use ${Object.values(CASE_ITEM_TYPES).join(', ')})` });
    }
    const code = text(raw['humanCodingScheme']);
    const name = text(raw['fullStatement']);
    const description = text(raw['notes']) || null;
    checkTexts({ code, name, description }, line, { ...CASE_FIELD_NAMES, description: 'CFItems.notes' }, errors);
    const enumeration = text(raw['listEnumeration']);
    const position = parsePosition(enumeration);
    if (position === 'invalid') {
      errors.push({ line, field: CASE_FIELD_NAMES.position, message: `Debe ser un número entero de 0 a ${COMPETENCY_POSITION_MAX}` });
    }
    const endText = text(raw['statusEndDate']);
    const retiredOn = endText ? parseFrameworkDate(endText) : null;
    if (endText && !retiredOn) errors.push({ line, field: CASE_FIELD_NAMES.retired, message: `Fecha no válida «${endText}» (use AAAA-MM-DD)` });
    const changeText = text(raw['lastChangeDateTime']);
    const lastChange = changeText ? parseInstant(changeText) : null;
    if (changeText && !lastChange) {
      errors.push({ line, field: 'CFItems.lastChangeDateTime', message: `Fecha y hora no válida «${changeText}» (use ISO 8601, p. ej. 2026-03-05T14:00:00Z)` });
    }
    if (errors.length > before || !kind || position === 'invalid') {
      if (identifier) failed.identifiers.add(identifier.toLowerCase());
      if (code) failed.codes.add(code);
      return;
    }
    records.push({ line, identifier, kind, code, parent: null, name, description, position, retiredOn, lastChange });
  });

  // Parents come from isChildOf associations: origin = the child, destination = parent or document.
  const byIdentifier = new Map(records.filter((r) => r.identifier).map((r) => [r.identifier!.toLowerCase(), r]));
  const parented = new Map<string, number>();
  (Array.isArray(associations) ? associations : []).forEach((raw, index) => {
    const line = index + 1;
    if (!isObject(raw)) {
      errors.push({ line, field: 'CFAssociations', message: 'Debe ser un objeto' });
      return;
    }
    if (text(raw['associationType']) !== 'isChildOf') return;
    const origin = linkIdentifier(raw['originNodeURI']);
    const destination = linkIdentifier(raw['destinationNodeURI']);
    if (!origin) {
      errors.push({ line, field: 'CFAssociations.originNodeURI', message: 'Es obligatorio' });
      return;
    }
    if (!destination) {
      errors.push({ line, field: 'CFAssociations.destinationNodeURI', message: 'Es obligatorio' });
      return;
    }
    if (failed.identifiers.has(origin.toLowerCase())) return; // the item's own errors say enough
    if (!lineByIdentifier.has(origin.toLowerCase())) {
      errors.push({ line, field: 'CFAssociations.originNodeURI', message: `Competencia desconocida «${origin}»: no es un CFItem del paquete` });
      return;
    }
    const record = byIdentifier.get(origin.toLowerCase());
    if (!record) return; // the item itself has errors, already reported
    if (parented.has(origin.toLowerCase())) {
      errors.push({ line, field: 'CFAssociations.originNodeURI', message: `El elemento ${record.code} tiene más de un padre (también en la asociación ${parented.get(origin.toLowerCase())})` });
      return;
    }
    parented.set(origin.toLowerCase(), line);
    if (documentIdentifier && destination.toLowerCase() === documentIdentifier.toLowerCase()) return; // a root
    record.parent = { ref: destination, by: 'identifier', line, field: 'CFAssociations.destinationNodeURI' };
    if (record.position === null && typeof raw['sequenceNumber'] === 'number' && Number.isInteger(raw['sequenceNumber'])) {
      const sequence = raw['sequenceNumber'] as number;
      if (sequence >= 0 && sequence <= COMPETENCY_POSITION_MAX) record.position = sequence;
    }
  });
  for (const record of records) {
    if (record.kind !== 'area' && !record.parent) {
      errors.push({
        line: record.line,
        field: 'CFAssociations',
        message: `Falta la asociación isChildOf de ${record.code} con su ${record.kind === 'sub_area' ? 'área' : 'sub-área'}`,
      });
    }
  }
  return { records, documentIdentifier, errors, failed };
};

// ---------------------------------------------------------------------------------------------
// Import plan

export interface PlannedCreate {
  line: number;
  /** The id to create it with (the CASE identifier), or null for a new one. */
  id: string | null;
  kind: CompetencyItemKind;
  code: string;
  /** Existing parent id, or the line of a parent created by the same import. */
  parent: { id: string } | { line: number } | null;
  name: string;
  description: string | null;
  position: number;
  retiredAt: string | null;
  lastChange: string | null;
}

export interface PlannedUpdate {
  line: number;
  id: string;
  outcome: 'updated' | 'retired' | 'restored';
  code: string;
  parent: { id: string } | { line: number } | null;
  name: string;
  description: string | null;
  position: number;
  retiredAt: string | null;
  lastChange: string | null;
  before: FrameworkItem;
}

export interface ImportPlan {
  errors: ImportError[];
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
}

/** Counts of an import, by outcome: what each item of the file did (or would do). */
export const importPlanCounts = (plan: Pick<ImportPlan, 'creates' | 'updates' | 'unchanged'>) => ({
  created: plan.creates.length,
  updated: plan.updates.filter((u) => u.outcome === 'updated').length,
  unchanged: plan.unchanged,
  retired: plan.updates.filter((u) => u.outcome === 'retired').length,
  restored: plan.updates.filter((u) => u.outcome === 'restored').length,
});

const KIND_NAMES: Record<CompetencyItemKind, string> = { area: 'un área', sub_area: 'una sub-área', competency: 'una competencia' };

/**
 * Plans an import against the framework as it is (`existing`, retired items included): matches
 * each record to an item (CASE: by identifier, then code; CSV: by code), resolves parents (by code
 * or identifier, in the file first, then in the framework), and checks the result as a whole:
 * unique codes, parents of the right kind, no active item under a retired one, no kind changes,
 * no retirement in the future. Items absent from the file stay as they are. `today`: yyyy-mm-dd in
 * La Paz. Nothing is planned unless the whole file is right.
 */
export const planFrameworkImport = (
  existing: readonly FrameworkItem[],
  records: readonly FrameworkRecord[],
  names: RecordFieldNames,
  today: string,
  /** Codes and identifiers of the file's rows that failed on their own: no second error for naming them as parent. */
  failed: FailedRefs = { codes: new Set(), identifiers: new Set() },
): ImportPlan => {
  const errors: ImportError[] = [];
  const byId = new Map(existing.map((item) => [item.id.toLowerCase(), item]));
  const byCode = new Map(existing.map((item) => [item.code, item]));

  // 1. Match records to items; refuse repeated codes and two records for one item.
  const firstLineOfCode = new Map<string, number>();
  const recordOfItem = new Map<string, FrameworkRecord>();
  const matched = new Map<FrameworkRecord, FrameworkItem | null>();
  for (const record of records) {
    const previous = firstLineOfCode.get(record.code);
    if (previous !== undefined) {
      errors.push({ line: record.line, field: names.code, message: `Código repetido «${record.code}» (también en la línea ${previous})` });
      continue;
    }
    firstLineOfCode.set(record.code, record.line);
    const item = (record.identifier ? byId.get(record.identifier.toLowerCase()) : undefined) ?? byCode.get(record.code) ?? null;
    if (item) {
      const other = recordOfItem.get(item.id);
      if (other) {
        errors.push({ line: record.line, field: names.identifier, message: `Describe el mismo elemento (${item.code}) que la línea ${other.line}` });
        continue;
      }
      recordOfItem.set(item.id, record);
      if (item.kind !== record.kind) {
        errors.push({
          line: record.line,
          field: names.kind,
          message: `${item.code} ya existe como ${KIND_NAMES[item.kind]}: el tipo de un elemento no cambia (cree uno nuevo y retire el anterior)`,
        });
        continue;
      }
    }
    matched.set(record, item);
  }
  // A code the file gives one item while another item (not renamed by the file) keeps it.
  for (const [record, item] of matched) {
    const holder = byCode.get(record.code);
    if (holder && holder.id !== item?.id && !recordOfItem.has(holder.id)) {
      errors.push({ line: record.line, field: names.code, message: `El código ${record.code} ya es de otro elemento del marco («${holder.name}»)` });
      matched.delete(record);
    }
  }

  // 2. The framework after the import, as nodes: untouched items plus the file's records.
  interface Node {
    key: string;
    kind: CompetencyItemKind;
    code: string;
    retiredOn: string | null;
    parentKey: string | null;
    record: FrameworkRecord | null;
    item: FrameworkItem | null;
  }
  const nodes = new Map<string, Node>();
  const keyOf = (record: FrameworkRecord, item: FrameworkItem | null) => (item ? item.id : `line:${record.line}`);
  for (const item of existing) {
    if (recordOfItem.has(item.id)) continue;
    nodes.set(item.id, {
      key: item.id, kind: item.kind, code: item.code, retiredOn: item.retiredAt ? laPazDateOf(item.retiredAt) : null,
      parentKey: item.parentId, record: null, item,
    });
  }
  const recordNodes: Node[] = [];
  for (const [record, item] of matched) {
    const retiredOn = record.retiredOn === undefined ? (item?.retiredAt ? laPazDateOf(item.retiredAt) : null) : record.retiredOn;
    if (retiredOn && retiredOn > today) {
      errors.push({ line: record.line, field: names.retired, message: `La fecha de retiro (${retiredOn}) no puede ser posterior a hoy` });
    }
    const node: Node = { key: keyOf(record, item), kind: record.kind, code: record.code, retiredOn, parentKey: null, record, item };
    nodes.set(node.key, node);
    recordNodes.push(node);
  }
  const fileByCode = new Map(recordNodes.map((node) => [node.code, node]));
  const fileByIdentifier = new Map(recordNodes.filter((n) => n.record?.identifier).map((n) => [n.record!.identifier!.toLowerCase(), n]));
  const untouchedByCode = new Map([...nodes.values()].filter((n) => !n.record).map((n) => [n.code, n]));

  // 3. Parents: in the file first, then in the framework; of the kind the tier needs.
  for (const node of recordNodes) {
    const record = node.record!;
    if (!record.parent) continue;
    const { ref, by, line, field } = record.parent;
    const parent = by === 'code'
      ? (fileByCode.get(ref) ?? untouchedByCode.get(ref))
      : (fileByIdentifier.get(ref.toLowerCase()) ?? nodes.get(byId.get(ref.toLowerCase())?.id ?? ''));
    if (!parent) {
      if (by === 'code' ? failed.codes.has(ref) : failed.identifiers.has(ref.toLowerCase())) continue;
      errors.push({
        line,
        field,
        message: by === 'code'
          ? `Competencia desconocida «${ref}»: el código padre no está en el archivo ni en el marco`
          : `Competencia desconocida «${ref}»: el nodo no es un CFItem del paquete, ni el CFDocument, ni un elemento del marco`,
      });
      continue;
    }
    const expected = PARENT_KIND[record.kind];
    if (expected === null) {
      errors.push({ line, field, message: `Un área no tiene padre (${parent.code} es ${KIND_NAMES[parent.kind]})` });
      continue;
    }
    if (parent.kind !== expected) {
      errors.push({
        line,
        field,
        message: `El padre de ${KIND_NAMES[record.kind]} debe ser ${KIND_NAMES[expected]}, pero ${parent.code} es ${KIND_NAMES[parent.kind]}`,
      });
      continue;
    }
    node.parentKey = parent.key;
  }
  if (errors.length > 0) return { errors: sortErrors(errors), creates: [], updates: [], unchanged: 0 };

  // 4. No active item under a retired one.
  for (const node of [...nodes.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    if (node.retiredOn || !node.parentKey) continue;
    const parent = nodes.get(node.parentKey);
    if (!parent?.retiredOn) continue;
    if (node.record) {
      errors.push({ line: node.record.line, field: names.retired, message: `${node.code} no puede estar activo bajo ${parent.code}, que está retirado` });
    } else if (parent.record) {
      errors.push({
        line: parent.record.line,
        field: names.retired,
        message: `${parent.code} no puede retirarse: ${node.code}, que no está en el archivo, sigue activo debajo (inclúyalo como retirado)`,
      });
    }
  }
  if (errors.length > 0) return { errors: sortErrors(errors), creates: [], updates: [], unchanged: 0 };

  // 5. Positions for records without one: after their siblings, in file order.
  const lastPosition = new Map<string | null, number>();
  for (const node of nodes.values()) {
    const known = node.record?.position ?? node.item?.position ?? null;
    if (known !== null) lastPosition.set(node.parentKey, Math.max(lastPosition.get(node.parentKey) ?? 0, known));
  }
  const positionOf = (node: Node): number => {
    if (node.record!.position !== null) return node.record!.position;
    if (node.item) return node.item.position;
    const next = (lastPosition.get(node.parentKey) ?? 0) + 1;
    lastPosition.set(node.parentKey, next);
    return next;
  };

  const parentRef = (node: Node): PlannedCreate['parent'] => {
    if (!node.parentKey) return null;
    const parent = nodes.get(node.parentKey)!;
    return parent.item ? { id: parent.item.id } : { line: parent.record!.line };
  };
  const creates: PlannedCreate[] = [];
  const updates: PlannedUpdate[] = [];
  let unchanged = 0;
  for (const node of recordNodes) {
    const record = node.record!;
    const position = positionOf(node);
    const item = node.item;
    if (!item) {
      creates.push({
        line: record.line,
        id: record.identifier && isCaseUuid(record.identifier) && !byId.has(record.identifier.toLowerCase()) ? record.identifier.toLowerCase() : null,
        kind: record.kind,
        code: record.code,
        parent: parentRef(node),
        name: record.name,
        description: record.description,
        position,
        retiredAt: node.retiredOn ? laPazMidnightOf(node.retiredOn) : null,
        lastChange: record.lastChange,
      });
      continue;
    }
    const wasRetiredOn = item.retiredAt ? laPazDateOf(item.retiredAt) : null;
    const same =
      item.code === record.code &&
      item.parentId === (node.parentKey ? nodes.get(node.parentKey)!.item?.id ?? null : null) &&
      item.name === record.name &&
      (item.description ?? null) === record.description &&
      item.position === position &&
      wasRetiredOn === node.retiredOn;
    if (same) {
      unchanged += 1;
      continue;
    }
    const outcome = !wasRetiredOn && node.retiredOn ? 'retired' : wasRetiredOn && !node.retiredOn ? 'restored' : 'updated';
    updates.push({
      line: record.line,
      id: item.id,
      outcome,
      code: record.code,
      parent: parentRef(node),
      name: record.name,
      description: record.description,
      position,
      // The same La Paz date keeps the exact instant it has.
      retiredAt: node.retiredOn ? (node.retiredOn === wasRetiredOn ? item.retiredAt : laPazMidnightOf(node.retiredOn)) : null,
      lastChange: record.lastChange,
      before: item,
    });
  }
  return { errors: [], creates, updates, unchanged };
};

const sortErrors = (errors: ImportError[]): ImportError[] => [...errors].sort((a, b) => a.line - b.line);

/** Creates ordered so that every parent comes before its children (areas, sub-areas, competencies). */
export const orderCreates = (creates: readonly PlannedCreate[]): PlannedCreate[] =>
  [...creates].sort((a, b) => COMPETENCY_ITEM_KINDS.indexOf(a.kind) - COMPETENCY_ITEM_KINDS.indexOf(b.kind) || a.line - b.line);
