import { useTranslation } from 'react-i18next';
import { REPORT_FIGURES } from '@campus/domain';
import type { ReportFigure } from '@campus/domain';
import { DataTable } from '../../../shared/DataTable';
import type { Breakdown, BreakdownRow } from '../api/types';
import { formatFigure, INTERNSHIP_FIGURES } from '../reportFormat';
import { Chart, CHART_COLORS } from './Chart';

/** How many rows the chart of a long breakdown shows (the table has them all). */
const TOP = 10;

const COLUMNS: readonly ReportFigure[] = REPORT_FIGURES;

/** The first column's header by dimension (the filter's name). */
const DIMENSION_COLUMN = {
  gender: 'gender',
  department: 'department',
  municipality: 'municipality',
  area: 'area',
  modality: 'modality',
  sdg: 'sdg',
} as const;

interface BreakdownSectionProps {
  breakdown: Breakdown;
  /** Whether internship figures apply (no course filter). */
  internships: boolean;
  /** The label of a row, in the interface language (gender and modality codes are translated). */
  rowLabel: (row: BreakdownRow) => string;
}

/**
 * One breakdown: a bar chart of enrolments and completions (the top ten of long ones) and, as its
 * accessible alternative, the table of every figure by row.
 */
export const BreakdownSection = ({ breakdown, internships, rowLabel }: BreakdownSectionProps) => {
  const { t } = useTranslation();
  const { dimension, rows } = breakdown;
  const title = t(`reports.breakdowns.${dimension}`);
  const headingId = `breakdown-${dimension}`;
  // Internship columns are left out where they never apply (course dimensions, or a course filter).
  const columns = COLUMNS.filter(
    (figure) =>
      !INTERNSHIP_FIGURES.includes(figure) ||
      (internships && rows.some((row) => row[figure] !== null || row.suppressed)),
  );
  const charted = [...rows].sort((a, b) => (b.enrolments ?? 0) - (a.enrolments ?? 0)).slice(0, TOP);
  const long = rows.length > TOP;
  const lowerTitle = title.charAt(0).toLowerCase() + title.slice(1);

  return (
    <section aria-labelledby={headingId} className="panel report-breakdown">
      <h3 id={headingId}>{title}</h3>
      {dimension === 'sdg' ? (
        <p className="report-note">{t('reports.breakdowns.sdgNote')}</p>
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">{t('reports.breakdowns.empty')}</p>
      ) : (
        <>
          {long ? (
            <p className="report-note">{t('reports.breakdowns.topNote', { count: TOP })}</p>
          ) : null}
          {charted.some((row) => row.suppressed) &&
          charted.every((row) => !row.enrolments && !row.completions) ? (
            <p className="report-note">{t('reports.breakdowns.allHidden')}</p>
          ) : (
            <Chart
              kind="bar"
              horizontal
              label={
                long
                  ? t('reports.breakdowns.chartTop', { count: TOP, title: lowerTitle })
                  : t('reports.breakdowns.chart', { title: lowerTitle })
              }
              labels={charted.map(rowLabel)}
              series={[
                {
                  label: t('reports.figures.enrolments'),
                  data: charted.map((r) => r.enrolments),
                  color: CHART_COLORS[0],
                },
                {
                  label: t('reports.figures.completions'),
                  data: charted.map((r) => r.completions),
                  color: CHART_COLORS[1],
                },
              ]}
              height={Math.max(160, charted.length * 44 + 70)}
            />
          )}
          <details className="report-table">
            <summary>{t('reports.breakdowns.showTable')}</summary>
            <DataTable
              caption={t('reports.breakdowns.caption', { title: lowerTitle })}
              columns={[
                t(`reports.filters.${DIMENSION_COLUMN[dimension]}`),
                ...columns.map((figure) => t(`reports.figures.${figure}`)),
              ]}
            >
              {rows.map((row) => (
                <tr key={row.key ?? 'none'}>
                  <th scope="row">{rowLabel(row)}</th>
                  {columns.map((figure) => (
                    <td key={figure} className="report-number">
                      {formatFigure(t, figure, row[figure], {
                        suppressed: row.suppressed,
                        internships,
                      })}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
            {rows.some((row) => row.suppressed) ? (
              <p className="report-note">{t('reports.breakdowns.hiddenNote')}</p>
            ) : null}
          </details>
        </>
      )}
    </section>
  );
};
