import type { BreakdownRow, DashboardReport, ReportFigures } from '@campus/domain';
import { dashboardCsvRecords, dashboardFileName, figureValue } from './report-files';

const figures = (overrides: Partial<ReportFigures> = {}): ReportFigures => ({
  officialsTrained: 10,
  enrolments: 20,
  completions: 10,
  completionRate: 0.5,
  trainingHours: 400,
  certificatesIssued: 8,
  certificatesRevoked: 1,
  internshipsCompleted: 2,
  proposalsProduced: 1,
  proposalsImplemented: 0,
  ...overrides,
});

const row = (key: string, label: string, overrides: Partial<BreakdownRow> = {}): BreakdownRow => ({ key, label, ...figures(), ...overrides });

const report = (overrides: Partial<DashboardReport> = {}): DashboardReport => ({
  filters: { from: '2025-01-01', to: '2025-12-31' },
  scope: { kind: 'everyone' },
  suppressed: false,
  generatedAt: '2025-12-31T12:00:00Z',
  headline: figures(),
  breakdowns: [
    { dimension: 'gender', additive: true, rows: [row('female', 'Femenino'), row('other', 'Otro', { enrolments: null, completions: null, completionRate: null, trainingHours: null, suppressed: true })] },
  ],
  heatmap: { areas: [{ id: 'a1', code: 'A01', name: 'Gobierno municipal' }], municipalities: [{ id: 'm1', name: 'Achocalla', department: 'LP' }], cells: [{ municipalityId: 'm1', areaId: 'a1', completions: 7, officialsTrained: 6 }] },
  monthly: [{ month: '2025-01', enrolments: 3, completions: 1, trainingHours: 40, certificatesIssued: 0, internshipsCompleted: null }],
  ...overrides,
});

describe('dashboard files', () => {
  it('says why a figure is missing: hidden count, hidden derived figure, or not applicable', () => {
    const hidden = { ...figures(), enrolments: null, completionRate: null, suppressed: true };
    expect(figureValue({ from: '2025-01-01', to: '2025-12-31' }, hidden, 'enrolments')).toBe('<5');
    expect(figureValue({ from: '2025-01-01', to: '2025-12-31' }, hidden, 'completionRate')).toBe('oculto');
    const courseFiltered = { from: '2025-01-01', to: '2025-12-31', modality: 'online' as const };
    expect(figureValue(courseFiltered, { ...figures(), internshipsCompleted: null }, 'internshipsCompleted')).toBe('no aplica');
    expect(figureValue(courseFiltered, figures(), 'enrolments')).toBe(20);
  });

  it('writes the CSV in sections: figures, suppressed cells, the coverage matrix and the trend', () => {
    const records = dashboardCsvRecords(report({ suppressed: true }), { lines: [{ label: 'Periodo', value: 'del 1 de enero al 31 de diciembre de 2025' }] });
    const titles = records.filter((r) => r.length === 1).map((r) => r[0]);
    expect(titles).toEqual(expect.arrayContaining(['Resumen', 'Por género', 'Cobertura municipio × área', 'Tendencia mensual', 'Notas']));
    expect(records).toContainEqual(['Tasa de aprobación (%)', '50']);
    expect(records).toContainEqual(['Otro', 'other', '10', '<5', '<5', 'oculto', 'oculto', '8', '1', '2', '1', '0']);
    expect(records).toContainEqual(['Total', '', '10', '20', '10', '50', '400', '8', '1', '2', '1', '0']);
    expect(records).toContainEqual(['Municipio', 'Departamento', 'A01 Gobierno municipal', 'Total aprobaciones']);
    expect(records).toContainEqual(['Achocalla', 'La Paz', '7', '7']);
    expect(records).toContainEqual(['2025-01', '3', '1', '40', '0', 'no aplica']);
  });

  it('names the files after the period', () => {
    expect(dashboardFileName({ from: '2025-01-01', to: '2025-06-30' }, 'pdf')).toBe('informe-formacion-2025-01-01-a-2025-06-30.pdf');
  });
});
