import { detectDelimiter, parseOfficialsCsv } from './users-import';

const HEADER = 'correo;nombres;apellidos;ci;complemento;expedido;genero;municipio;unidad;cargo';

describe('officials CSV parsing', () => {
  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2,3')).toBe(',');
  });

  it('reads a UTF-8 file with a BOM and semicolons, keeping accents', () => {
    const csv = `\uFEFF${HEADER}\r\nmaria@palca.gob.bo;María José;Condori Ñusta;5123456;;LP;F;020103;Dirección de Finanzas;Técnica\r\n`;
    const { rows, errors, dataRows } = parseOfficialsCsv(Buffer.from(csv, 'utf8'));
    expect(errors).toEqual([]);
    expect(dataRows).toBe(1);
    expect(rows[0]).toMatchObject({ line: 2, row: { firstNames: 'María José', lastNames: 'Condori Ñusta', orgUnit: 'Dirección de Finanzas' } });
  });

  it('reads commas and quoted cells', () => {
    const csv = 'correo,nombres,apellidos,ci,expedido,genero,municipio\n"a@b.bo","Juan, Pablo",Mamani,1234567,LP,M,020101\n';
    const { rows, errors } = parseOfficialsCsv(Buffer.from(csv));
    expect(errors).toEqual([]);
    expect(rows[0].row.firstNames).toBe('Juan, Pablo');
  });

  it('reports each bad row and field with its line, and rows with the wrong number of cells', () => {
    const csv = `${HEADER}\nbad;Ana;Q;12;;LP;F;020101;;\nok@x.bo;Luis;P;1234567;;LP;M;020101\n`;
    const { errors } = parseOfficialsCsv(Buffer.from(csv));
    expect(errors).toEqual([
      { line: 2, field: 'correo', message: 'Correo no válido «bad»' },
      { line: 2, field: 'ci', message: 'Debe tener de 4 a 10 dígitos' },
      { line: 3, field: 'fila', message: 'Tiene 8 columnas; se esperaban 10' },
    ]);
  });

  it('refuses a file that is not UTF-8', () => {
    const latin1 = Buffer.from(`${HEADER}\nx@y.bo;Mar\xeda;Q;1234567;;LP;F;020101;;\n`, 'latin1');
    expect(parseOfficialsCsv(latin1).errors[0].message).toBe('El archivo no está en UTF-8');
  });
});
