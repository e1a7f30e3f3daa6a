import type { ReportFilters } from '@campus/domain';
import { assembleDashboard, compareSdgTargets, dashboardQueries } from './dashboard-sql';

const YEAR: ReportFilters = { from: '2025-01-01', to: '2025-12-31' };

describe('dashboard statements', () => {
  it('bind exactly the parameters they use, with every filter and a scope', () => {
    const filters: ReportFilters = { ...YEAR, department: 'LP', municipalityId: 'm', gender: 'female' };
    for (const statement of [...dashboardQueries(filters, { municipalityId: 'scope' }), ...dashboardQueries({ ...YEAR, areaId: 'a', modality: 'online', courseId: 'c', sdgTarget: '5.5' }, { municipalityId: null })]) {
      const used = new Set([...statement.text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
      expect([statement.name, Math.max(...used), used.size]).toEqual([statement.name, statement.values.length, statement.values.length]);
    }
  });

  it('leave internships out when a course filter is set', () => {
    expect(dashboardQueries(YEAR, { municipalityId: null }).map((s) => s.name)).toEqual(['enrolments', 'sdg', 'certificates', 'certificatesSdg', 'internships']);
    expect(dashboardQueries({ ...YEAR, modality: 'online' }, { municipalityId: null }).map((s) => s.name)).not.toContain('internships');
  });
});

describe('assembling the dashboard', () => {
  it('gives zeros, every month, every gender and modality, and null internships under a course filter, from empty results', () => {
    const report = assembleDashboard({}, { filters: { ...YEAR, courseId: 'c' }, scope: { kind: 'everyone' }, suppress: false, generatedAt: new Date('2026-01-01T00:00:00Z') });
    expect(report.headline).toMatchObject({ enrolments: 0, completionRate: 0, internshipsCompleted: null });
    expect(report.monthly).toHaveLength(12);
    expect(report.breakdowns.find((b) => b.dimension === 'gender')?.rows.map((r) => r.label)).toEqual(['Femenino', 'Masculino', 'Otro', 'Prefiere no decir']);
    expect(report.breakdowns.find((b) => b.dimension === 'modality')?.rows.map((r) => r.label)).toEqual(['Presencial', 'Virtual', 'Semipresencial']);
    expect(report.breakdowns.find((b) => b.dimension === 'sdg')?.additive).toBe(false);
    expect(report.generatedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('reads counts given as text and puts the unknown municipality last', () => {
    const report = assembleDashboard(
      {
        enrolments: [
          { grouping_set: 'total', enrolments: '10', completions: '4', training_hours: '160', officials_trained: '3' },
          { grouping_set: 'municipality', municipality_id: null, enrolments: '6', completions: '1', training_hours: '40', officials_trained: '1' },
          { grouping_set: 'municipality', municipality_id: 'm1', municipality_name: 'Viacha', enrolments: '4', completions: '3', training_hours: '120', officials_trained: '2' },
        ],
      },
      { filters: YEAR, scope: { kind: 'everyone' }, suppress: false },
    );
    expect(report.headline).toMatchObject({ enrolments: 10, completions: 4, completionRate: 0.4, trainingHours: 160, officialsTrained: 3, internshipsCompleted: 0 });
    expect(report.breakdowns.find((b) => b.dimension === 'municipality')?.rows.map((r) => [r.label, r.enrolments])).toEqual([['Viacha', 4], ['Sin municipio', 6]]);
  });

  it('orders SDG targets naturally', () => {
    expect(['16.10', '5.5', '16.6', '11.3', '5.a'].sort(compareSdgTargets)).toEqual(['5.5', '5.a', '11.3', '16.6', '16.10']);
  });
});
