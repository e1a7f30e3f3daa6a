import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../shared/DataTable';
import type { MonthlyTrendRow } from '../api/types';
import { formatFigure, formatMonth } from '../reportFormat';
import { Chart, CHART_COLORS } from './Chart';

const COLUMNS = [
  'enrolments',
  'completions',
  'trainingHours',
  'certificatesIssued',
  'internshipsCompleted',
] as const;

/** The monthly trend: a line chart of enrolments, completions and certificates, and the table of every month. */
export const TrendSection = ({
  monthly,
  internships,
}: {
  monthly: MonthlyTrendRow[];
  internships: boolean;
}) => {
  const { t } = useTranslation();
  const columns = COLUMNS.filter((figure) => figure !== 'internshipsCompleted' || internships);
  const months = monthly.map((row) => formatMonth(row.month));
  return (
    <section aria-labelledby="report-trend" className="panel">
      <h2 id="report-trend">{t('reports.trend.title')}</h2>
      <p className="report-note">{t('reports.trend.note')}</p>
      <Chart
        kind={monthly.length === 1 ? 'bar' : 'line'}
        label={t('reports.trend.chart')}
        labels={months}
        series={[
          {
            label: t('reports.figures.enrolments'),
            data: monthly.map((r) => r.enrolments),
            color: CHART_COLORS[0],
          },
          {
            label: t('reports.figures.completions'),
            data: monthly.map((r) => r.completions),
            color: CHART_COLORS[1],
          },
          {
            label: t('reports.figures.certificatesIssued'),
            data: monthly.map((r) => r.certificatesIssued),
            color: CHART_COLORS[2],
          },
        ]}
        height={280}
      />
      <details className="report-table">
        <summary>{t('reports.breakdowns.showTable')}</summary>
        <DataTable
          caption={t('reports.trend.caption')}
          columns={[
            t('reports.trend.month'),
            ...columns.map((figure) => t(`reports.figures.${figure}`)),
          ]}
        >
          {monthly.map((row, index) => (
            <tr key={row.month}>
              <th scope="row">{months[index]}</th>
              {columns.map((figure) => (
                <td key={figure} className="report-number">
                  {formatFigure(t, figure, row[figure], { internships })}
                </td>
              ))}
            </tr>
          ))}
        </DataTable>
      </details>
    </section>
  );
};
