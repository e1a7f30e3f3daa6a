import { frameworkCsv, parseFrameworkCase, parseFrameworkCsv, uuidV5 } from './competency-files';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('gives the RFC 4122 name-based UUID (known vector) and the same id for the same name', () => {
    expect(uuidV5('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('https://campus.egm.bo/x')).toBe(uuidV5('https://campus.egm.bo/x'));
    expect(uuidV5('https://campus.egm.bo/x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('parseFrameworkCsv', () => {
  it('reads a semicolon file with BOM and reports the line each row starts on, even after a multi-line description', () => {
    const csv = '\uFEFFtipo;codigo;codigo_padre;nombre;descripcion\r\n'
      + 'area;Z01;;Área Z;"Primera línea\r\nsegunda línea"\r\n'
      + '\r\n'
      + 'subarea;Z01.1;Z01;;\r\n';
    const { records, errors } = parseFrameworkCsv(Buffer.from(csv, 'utf8'));
    expect(records.map((r) => [r.line, r.code, r.description])).toEqual([[2, 'Z01', 'Primera línea\nsegunda línea']]);
    expect(errors).toEqual([{ line: 5, field: 'nombre', message: 'Es obligatorio' }]);
  });

  it('reads commas too, and refuses rows with the wrong number of cells', () => {
    const { records, errors } = parseFrameworkCsv(Buffer.from('kind,code,name\narea,Z02,"Uno, dos"\narea,Z03\n'));
    expect(records.map((r) => r.name)).toEqual(['Uno, dos']);
    expect(errors).toEqual([{ line: 3, field: 'fila', message: 'Tiene 2 columnas; se esperaban 3' }]);
  });

  it('refuses a file that is not UTF-8, an empty file and a header alone', () => {
    expect(parseFrameworkCsv(Buffer.from('tipo;codigo;nombre\narea;Z04;Gesti\xf3n\n', 'latin1')).errors).toEqual([
      { line: 1, field: 'archivo', message: 'El archivo no está en UTF-8: guárdelo como «CSV UTF-8»' },
    ]);
    expect(parseFrameworkCsv(Buffer.from('')).errors[0].message).toBe('El archivo está vacío');
    expect(parseFrameworkCsv(Buffer.from('tipo;codigo;nombre\n')).errors).toEqual([{ line: 2, field: 'archivo', message: 'No hay filas de datos' }]);
  });

  it('reads back what frameworkCsv writes', () => {
    const items = [
      { id: 'a', kind: 'area' as const, code: 'Z05', parentId: null, name: '@Área; "con" comillas', description: 'Línea 1\nLínea 2', position: 3, retiredAt: '2026-01-02T10:00:00.000Z', updatedAt: '2026-01-02T10:00:00.000Z' },
    ];
    const csv = frameworkCsv(items);
    expect(csv.startsWith('\uFEFFtipo;codigo;codigo_padre;nombre;descripcion;orden;retirado_el\r\n')).toBe(true);
    const { records, errors } = parseFrameworkCsv(Buffer.from(csv, 'utf8'));
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 2, identifier: null, kind: 'area', code: 'Z05', parent: null, name: '@Área; "con" comillas', description: 'Línea 1\nLínea 2', position: 3, retiredOn: '2026-01-02', lastChange: null },
    ]);
  });
});

describe('parseFrameworkCase', () => {
  it('refuses invalid JSON and bytes that are not UTF-8, naming the file', () => {
    expect(parseFrameworkCase(Buffer.from('{"CFDocument": ')).errors[0]).toMatchObject({ line: 1, field: 'archivo' });
    expect(parseFrameworkCase(Buffer.from('{"CFDocument": ')).errors[0].message).toMatch(/^No es un JSON válido/);
    expect(parseFrameworkCase(Buffer.from([0x7b, 0xff, 0x7d])).errors).toEqual([{ line: 1, field: 'archivo', message: 'El archivo no está en UTF-8' }]);
  });
});
