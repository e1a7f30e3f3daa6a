import { DEFAULT_SIGNATORIES, parseSignatories } from './certificates.config';

describe('certificate signatories', () => {
  it('default to the EGM director and academic coordinator', () => {
    expect(parseSignatories(undefined)).toEqual(DEFAULT_SIGNATORIES);
    expect(parseSignatories('  ')).toEqual(DEFAULT_SIGNATORIES);
    expect(DEFAULT_SIGNATORIES).toHaveLength(2);
  });

  it('read «Nombre|Cargo» pairs separated by semicolons, trimmed', () => {
    expect(parseSignatories(' Ana Quispe | Directora ;Luis Mamani|Coordinador académico;')).toEqual([
      { name: 'Ana Quispe', position: 'Directora' },
      { name: 'Luis Mamani', position: 'Coordinador académico' },
    ]);
  });
});
