import { enrolmentCopySql, enrolmentExportSql, enrolmentFileName, InlineSqlParams } from './enrolment-export';

describe('enrolment export SQL', () => {
  it('inlines values as quoted literals, never as text to run', () => {
    const p = new InlineSqlParams();
    expect(p.add("O'Brien")).toBe(`'O''Brien'`);
    expect(p.add('a\\b')).toBe(` E'a\\\\b'`);
    expect(p.add(['enrolled', 'in_progress'])).toBe(`'{"enrolled","in_progress"}'`);
    expect(p.add(['x"y'])).toBe(` E'{"x\\\\"y"}'`);
    expect(() => p.add({ toString: () => 'DROP TABLE users' })).toThrow();
  });

  it('builds a COPY with no bind parameters, the scope and the filters inlined', () => {
    const sql = enrolmentExportSql(
      { from: '2025-01-01', to: '2025-12-31', gender: 'female', sdgTarget: '16.6' },
      { municipalityId: '7b0a8f0e-2c1d-4c55-9d55-0b6d3f1e2a10' },
    );
    expect(sql).not.toMatch(/\$\d/);
    expect(sql).toContain(`c.starts_on BETWEEN '2025-01-01'::date AND '2025-12-31'::date`);
    expect(sql).toContain(`u.municipality_id = '7b0a8f0e-2c1d-4c55-9d55-0b6d3f1e2a10'`);
    expect(sql).toContain(`u.gender = 'female'`);
    expect(sql).toContain(`co.sdg_targets @> ARRAY['16.6']::text[]`);
    expect(sql).toContain(`AS "N.º de certificado"`);
    expect(enrolmentCopySql({ from: '2025-01-01', to: '2025-12-31' }, { municipalityId: null })).toMatch(
      /^COPY \(SELECT [\s\S]+\) TO STDOUT WITH \(FORMAT csv, HEADER true, DELIMITER ';'\)$/,
    );
  });

  it('writes decimals with a comma in the CSV flavour and as numbers in the typed one', () => {
    expect(enrolmentExportSql({ from: '2025-01-01', to: '2025-12-31' }, { municipalityId: null })).toContain(`replace(e.final_score::text, '.', ',') AS "Nota final"`);
    expect(enrolmentExportSql({ from: '2025-01-01', to: '2025-12-31' }, { municipalityId: null }, 'typed')).toContain(`e.final_score AS "Nota final"`);
  });

  it('names the file after the period', () => {
    expect(enrolmentFileName({ from: '2025-01-01', to: '2025-12-31' }, 'csv')).toBe('inscripciones-2025-01-01-a-2025-12-31.csv');
  });
});
