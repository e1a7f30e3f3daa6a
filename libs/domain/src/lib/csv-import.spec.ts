import { mapOfficialHeaders, validateOfficialRow } from './csv-import';

describe('official CSV import rules', () => {
  it('maps Spanish and English headers, ignoring case and a byte-order mark', () => {
    const { fields, errors } = mapOfficialHeaders([
      '\uFEFFCorreo', 'Nombres', 'apellidos', 'CI', 'expedido', 'género', 'municipio',
    ]);
    expect(errors).toEqual([]);
    expect(fields).toEqual([
      'email', 'firstNames', 'lastNames', 'nationalIdNumber', 'nationalIdIssuedIn', 'gender', 'municipalityCode',
    ]);
  });

  it('reports unknown, repeated and missing columns by name', () => {
    const { errors } = mapOfficialHeaders(['correo', 'correo', 'edad']);
    const messages = errors.map((e) => `${e.field}: ${e.message}`);
    expect(messages).toContain('correo: Columna repetida «correo»');
    expect(messages).toContain('edad: Columna desconocida «edad»');
    expect(messages).toContain('nombres: Falta la columna obligatoria «nombres»');
  });

  it('normalises a valid row', () => {
    const { row, errors } = validateOfficialRow(
      {
        email: ' Ana.Quispe@Achocalla.gob.bo ', firstNames: 'Ana', lastNames: 'Quispe Mamani',
        nationalIdNumber: '4789123', nationalIdComplement: '1b', nationalIdIssuedIn: 'lp',
        gender: 'F', municipalityCode: '020104',
      },
      2,
    );
    expect(errors).toEqual([]);
    expect(row).toMatchObject({
      email: 'ana.quispe@achocalla.gob.bo', nationalIdComplement: '1B', nationalIdIssuedIn: 'LP', gender: 'female',
      orgUnit: null,
    });
  });

  it('names every bad field of a row with its line', () => {
    const { row, errors } = validateOfficialRow(
      { email: 'no-es-correo', firstNames: '', lastNames: 'X', nationalIdNumber: '12a', nationalIdIssuedIn: 'XX', gender: 'z', municipalityCode: '1' },
      7,
    );
    expect(row).toBeNull();
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [7, 'nombres'], [7, 'correo'], [7, 'ci'], [7, 'expedido'], [7, 'genero'],
    ]);
  });
});
