import { CEDULA_COMPLEMENT_PATTERN, CEDULA_NUMBER_PATTERN, DEPARTMENTS, GENDERS } from './people';
import type { Department, Gender } from './people';

/**
 * Bulk import of officials from CSV. Columns are named in Spanish (as municipal HR sheets are);
 * English names are accepted too. Order does not matter; unknown columns are an error.
 */
export const OFFICIAL_CSV_COLUMNS = [
  { field: 'email', header: 'correo', aliases: ['email', 'correo electronico', 'correo electrónico'], required: true },
  { field: 'firstNames', header: 'nombres', aliases: ['first_names', 'firstnames'], required: true },
  { field: 'lastNames', header: 'apellidos', aliases: ['last_names', 'lastnames'], required: true },
  { field: 'nationalIdNumber', header: 'ci', aliases: ['cedula', 'cédula', 'national_id'], required: true },
  { field: 'nationalIdComplement', header: 'complemento', aliases: ['complement'], required: false },
  { field: 'nationalIdIssuedIn', header: 'expedido', aliases: ['issued_in'], required: true },
  { field: 'gender', header: 'genero', aliases: ['género', 'gender', 'sexo'], required: true },
  { field: 'municipalityCode', header: 'municipio', aliases: ['codigo_ine', 'código_ine', 'municipality'], required: true },
  { field: 'orgUnit', header: 'unidad', aliases: ['unidad organizacional', 'org_unit'], required: false },
  { field: 'position', header: 'cargo', aliases: ['position'], required: false },
] as const;

export type OfficialCsvField = (typeof OFFICIAL_CSV_COLUMNS)[number]['field'];

export interface OfficialRow {
  email: string;
  firstNames: string;
  lastNames: string;
  nationalIdNumber: string;
  nationalIdComplement: string | null;
  nationalIdIssuedIn: Department;
  gender: Gender;
  municipalityCode: string;
  orgUnit: string | null;
  position: string | null;
}

export interface ImportError {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  /** Column header as the person wrote it, or the canonical one. */
  field: string;
  message: string;
}

const GENDER_WORDS: Record<string, Gender> = {
  f: 'female', femenino: 'female', mujer: 'female', female: 'female',
  m: 'male', masculino: 'male', hombre: 'male', male: 'male',
  otro: 'other', other: 'other',
  'prefiere no decir': 'undisclosed', 'no declara': 'undisclosed', undisclosed: 'undisclosed',
};

const normaliseHeader = (header: string): string =>
  header.trim().toLowerCase().replace(/^\uFEFF/, '');

/** A CSV column: its field, its Spanish header, the other headers accepted, whether it is required. */
export interface CsvColumn<F extends string> {
  readonly field: F;
  readonly header: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

/**
 * Maps a header row to the columns' fields (headers compared without BOM, case or surrounding
 * spaces); errors for unknown, repeated or missing columns, on line 1.
 */
export const mapCsvHeaders = <F extends string>(
  columns: readonly CsvColumn<F>[],
  headers: readonly string[],
): { fields: (F | null)[]; errors: ImportError[] } => {
  const errors: ImportError[] = [];
  const seen = new Set<F>();
  const fields = headers.map((raw) => {
    const header = normaliseHeader(raw);
    const column = columns.find((c) => c.header === header || c.aliases.includes(header));
    if (!column) {
      errors.push({ line: 1, field: raw, message: `Columna desconocida «${raw}»` });
      return null;
    }
    if (seen.has(column.field)) {
      errors.push({ line: 1, field: raw, message: `Columna repetida «${raw}»` });
      return null;
    }
    seen.add(column.field);
    return column.field;
  });
  for (const column of columns) {
    if (column.required && !seen.has(column.field)) {
      errors.push({ line: 1, field: column.header, message: `Falta la columna obligatoria «${column.header}»` });
    }
  }
  return { fields, errors };
};

/** Maps the officials CSV's header row to fields. */
export const mapOfficialHeaders = (headers: readonly string[]): { fields: (OfficialCsvField | null)[]; errors: ImportError[] } =>
  mapCsvHeaders<OfficialCsvField>(OFFICIAL_CSV_COLUMNS, headers);

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Validates one data row (already split into cells and mapped to fields). Pure: no database checks. */
export const validateOfficialRow = (
  cells: Partial<Record<OfficialCsvField, string>>,
  line: number,
): { row: OfficialRow | null; errors: ImportError[] } => {
  const errors: ImportError[] = [];
  const value = (field: OfficialCsvField) => (cells[field] ?? '').trim();
  const header = (field: OfficialCsvField) =>
    OFFICIAL_CSV_COLUMNS.find((c) => c.field === field)?.header ?? field;
  const fail = (field: OfficialCsvField, message: string) =>
    errors.push({ line, field: header(field), message });

  for (const column of OFFICIAL_CSV_COLUMNS) {
    if (column.required && !value(column.field)) fail(column.field, 'Es obligatorio');
  }
  const email = value('email').toLowerCase();
  if (email && !EMAIL_PATTERN.test(email)) fail('email', `Correo no válido «${email}»`);
  const idNumber = value('nationalIdNumber');
  if (idNumber && !CEDULA_NUMBER_PATTERN.test(idNumber)) fail('nationalIdNumber', 'Debe tener de 4 a 10 dígitos');
  const complement = value('nationalIdComplement').toUpperCase();
  if (complement && !CEDULA_COMPLEMENT_PATTERN.test(complement)) {
    fail('nationalIdComplement', 'Debe tener 1 o 2 letras o dígitos');
  }
  const issuedIn = value('nationalIdIssuedIn').toUpperCase();
  if (issuedIn && !(DEPARTMENTS as readonly string[]).includes(issuedIn)) {
    fail('nationalIdIssuedIn', `Departamento desconocido «${issuedIn}» (use ${DEPARTMENTS.join(', ')})`);
  }
  const genderWord = value('gender').toLowerCase();
  const gender = GENDER_WORDS[genderWord] ?? ((GENDERS as readonly string[]).includes(genderWord) ? (genderWord as Gender) : undefined);
  if (genderWord && !gender) fail('gender', `Valor no reconocido «${value('gender')}» (use F, M, otro o no declara)`);

  if (errors.length > 0) return { row: null, errors };
  return {
    row: {
      email,
      firstNames: value('firstNames'),
      lastNames: value('lastNames'),
      nationalIdNumber: idNumber,
      nationalIdComplement: complement || null,
      nationalIdIssuedIn: issuedIn as Department,
      gender: gender as Gender,
      municipalityCode: value('municipalityCode'),
      orgUnit: value('orgUnit') || null,
      position: value('position') || null,
    },
    errors,
  };
};
