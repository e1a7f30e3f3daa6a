import {
  MAX_REPORT_PERIOD_DAYS,
  SUPPRESSION_THRESHOLD,
  completionRate,
  internshipsApply,
  monthsOf,
  reportPeriodProblems,
  suppressSmallCells,
} from './reports';
import type { Breakdown, BreakdownRow } from './reports';

const row = (key: string, figures: Partial<BreakdownRow> = {}): BreakdownRow => ({
  key,
  label: key,
  officialsTrained: 0,
  enrolments: 0,
  completions: 0,
  completionRate: 0,
  trainingHours: 0,
  certificatesIssued: 0,
  certificatesRevoked: 0,
  internshipsCompleted: 0,
  proposalsProduced: 0,
  proposalsImplemented: 0,
  ...figures,
});

describe('small-cell suppression', () => {
  const gender = (rows: BreakdownRow[]): Breakdown => ({ dimension: 'gender', additive: true, rows });

  it('hides people counts of 1 to 4 and the rate and hours derived from them, marking the row', () => {
    const [female] = suppressSmallCells(
      gender([row('female', { enrolments: 4, completions: 3, officialsTrained: 3, completionRate: 0.75, trainingHours: 120, certificatesIssued: 2 })]),
    ).rows;
    expect(female).toMatchObject({
      key: 'female',
      suppressed: true,
      enrolments: null,
      completions: null,
      officialsTrained: null,
      completionRate: null,
      trainingHours: null,
      certificatesIssued: null,
    });
  });

  it('keeps zero (it reveals nobody) and counts at or above the threshold', () => {
    const rows = suppressSmallCells(
      gender([
        row('male', { enrolments: SUPPRESSION_THRESHOLD, completions: 0, completionRate: 0, certificatesIssued: 7 }),
        row('other'),
      ]),
    ).rows;
    expect(rows[0]).toEqual(row('male', { enrolments: 5, completions: 0, completionRate: 0, certificatesIssued: 7 }));
    expect(rows[1]).toEqual(row('other'));
    expect(rows[0].suppressed).toBeUndefined();
  });

  it('hides only the small figures of a row, leaving its large ones', () => {
    const [undisclosed] = suppressSmallCells(gender([row('undisclosed', { enrolments: 40, completions: 30, officialsTrained: 28, trainingHours: 900, completionRate: 0.75, internshipsCompleted: 2 })])).rows;
    expect(undisclosed.internshipsCompleted).toBeNull();
    expect(undisclosed.suppressed).toBe(true);
    expect(undisclosed).toMatchObject({ enrolments: 40, completions: 30, officialsTrained: 28, trainingHours: 900, completionRate: 0.75 });
  });

  it('leaves internship figures that do not apply (null) as they are', () => {
    const [female] = suppressSmallCells(gender([row('female', { enrolments: 10, completions: 6, internshipsCompleted: null, proposalsProduced: null })])).rows;
    expect(female.suppressed).toBeUndefined();
    expect(female.internshipsCompleted).toBeNull();
  });

  it('does not touch breakdowns other than gender', () => {
    const municipality: Breakdown = { dimension: 'municipality', additive: true, rows: [row('m1', { enrolments: 2 })] };
    expect(suppressSmallCells(municipality)).toBe(municipality);
  });

  it('honours another threshold', () => {
    const [female] = suppressSmallCells(gender([row('female', { enrolments: 9 })]), 10).rows;
    expect(female.enrolments).toBeNull();
  });
});

describe('months of a period', () => {
  it('lists every month from the first to the last, inclusive', () => {
    expect(monthsOf('2026-01-15', '2026-03-01')).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('crosses the year', () => {
    expect(monthsOf('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('gives one month for a period inside it, and nothing when the end comes first', () => {
    expect(monthsOf('2026-05-02', '2026-05-20')).toEqual(['2026-05']);
    expect(monthsOf('2026-05-02', '2026-04-20')).toEqual([]);
  });

  it('gives twelve months for a calendar year', () => {
    expect(monthsOf('2026-01-01', '2026-12-31')).toHaveLength(12);
  });
});

describe('report period', () => {
  it('accepts a valid period, including a single day', () => {
    expect(reportPeriodProblems('2026-01-01', '2026-12-31')).toEqual({});
    expect(reportPeriodProblems('2026-03-04', '2026-03-04')).toEqual({});
  });

  it('names the missing or malformed date', () => {
    expect(Object.keys(reportPeriodProblems(undefined, '2026-01-01'))).toEqual(['from']);
    expect(Object.keys(reportPeriodProblems('2026-01-01', '31/12/2026'))).toEqual(['to']);
    expect(Object.keys(reportPeriodProblems('', ''))).toEqual(['from', 'to']);
  });

  it('refuses dates that are not on the calendar', () => {
    expect(Object.keys(reportPeriodProblems('2026-02-30', '2026-03-31'))).toEqual(['from']);
    expect(Object.keys(reportPeriodProblems('2026-01-01', '2026-13-01'))).toEqual(['to']);
  });

  it('refuses an end before the start, on the end', () => {
    expect(reportPeriodProblems('2026-03-02', '2026-03-01')).toEqual({ to: expect.stringContaining('posterior') });
  });

  it('refuses periods longer than ten years', () => {
    const day = (offset: number) => new Date(Date.parse('2020-01-01T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);
    expect(reportPeriodProblems('2020-01-01', day(MAX_REPORT_PERIOD_DAYS))).toEqual({});
    expect(reportPeriodProblems('2020-01-01', day(MAX_REPORT_PERIOD_DAYS + 1))).toEqual({ to: expect.stringContaining('diez años') });
  });
});

describe('completion rate', () => {
  it('is completions over enrolments, and 0 without enrolments', () => {
    expect(completionRate(3, 4)).toBe(0.75);
    expect(completionRate(0, 0)).toBe(0);
    expect(completionRate(5, 5)).toBe(1);
  });
});

describe('whether internship figures apply', () => {
  it('applies with person filters only', () => {
    expect(internshipsApply({ from: '2026-01-01', to: '2026-12-31' })).toBe(true);
    expect(internshipsApply({ from: '2026-01-01', to: '2026-12-31', gender: 'female', department: 'LP', municipalityId: 'x' })).toBe(true);
  });

  it.each(['areaId', 'modality', 'courseId', 'sdgTarget'] as const)('does not apply with the course filter %s', (filter) => {
    expect(internshipsApply({ from: '2026-01-01', to: '2026-12-31', [filter]: filter === 'modality' ? 'online' : 'x' })).toBe(false);
  });
});
