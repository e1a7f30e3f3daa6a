import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { GENDERS, MODALITIES } from '@campus/domain';
import type { BreakdownRow, ReportDimension } from '@campus/domain';
import { BreakdownSection } from '../features/reports/components/BreakdownSection';
import { CoverageHeatmap } from '../features/reports/components/CoverageHeatmap';
import { Definitions } from '../features/reports/components/Definitions';
import { ExportsPanel } from '../features/reports/components/ExportsPanel';
import { HeadlineFigures } from '../features/reports/components/HeadlineFigures';
import { ReportFiltersForm } from '../features/reports/components/ReportFiltersForm';
import { TrendSection } from '../features/reports/components/TrendSection';
import { useDashboard } from '../features/reports/hooks/useDashboard';
import { useReportOptions } from '../features/reports/hooks/useReportOptions';
import { paramsFromValues, queryOf, valuesFromParams } from '../features/reports/reportParams';
import '../features/reports/reports.css';
import { Alert } from '../shared/Alert';
import { apiFieldErrors, errorMessage } from '../shared/errors';
import { formatDate, formatDateTime } from '../shared/format';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/** Breakdowns in the order the page shows them; a liaison's report covers one municipality, so no geography. */
const ORDER: ReportDimension[] = [
  'gender',
  'department',
  'municipality',
  'area',
  'modality',
  'sdg',
];
const GEOGRAPHY: ReportDimension[] = ['department', 'municipality'];

/**
 * `/informes`: the capacity-building dashboard (managers, coordinators, admins; a liaison sees
 * their municipality). Filters live in the address (shareable, the back button works); headline
 * figures, the monthly trend, breakdowns as charts with their tables, the coverage heatmap and the
 * exports.
 */
export const ReportsPage = () => {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const options = useReportOptions();
  const everyone = options.data?.scope.kind !== 'municipality';
  const stored = valuesFromParams(params);
  const values = options.data
    ? {
        ...stored,
        from: stored.from || options.data.defaultPeriod.from,
        to: stored.to || options.data.defaultPeriod.to,
      }
    : stored;
  const query = options.data
    ? queryOf(values, options.data.defaultPeriod, { geography: everyone })
    : null;
  const dashboard = useDashboard(query);
  const filterErrors = dashboard.isError ? apiFieldErrors(dashboard.error) : {};
  const report = dashboard.isError ? undefined : dashboard.data;

  const rowLabel = (dimension: ReportDimension) => (row: BreakdownRow) => {
    if (dimension === 'gender' && (GENDERS as readonly (string | null)[]).includes(row.key))
      return t(`genders.${row.key as (typeof GENDERS)[number]}`);
    if (dimension === 'modality' && (MODALITIES as readonly (string | null)[]).includes(row.key))
      return t(`courses.modality.${row.key as (typeof MODALITIES)[number]}`);
    return row.label || t('reports.breakdowns.notRecorded');
  };

  return (
    <>
      <PageTitle title={t('reports.pageTitle')} />
      <p className="lead">{t('reports.intro')}</p>
      {options.data?.scope.kind === 'municipality' ? (
        <Alert kind="info">
          {t('reports.scopeMunicipality', { name: options.data.scope.municipalityName })}
        </Alert>
      ) : null}

      {options.isError ? (
        <LoadError error={options.error} onRetry={() => void options.refetch()} />
      ) : !options.data ? (
        <Loading />
      ) : (
        <>
          <ReportFiltersForm
            key={params.toString()}
            values={values}
            options={options.data}
            errors={filterErrors}
            onApply={(next) => setParams(paramsFromValues(next))}
            onClear={() => setParams(new URLSearchParams())}
          />
          {dashboard.isError ? (
            Object.keys(filterErrors).length > 0 ? (
              <Alert kind="error">{errorMessage(dashboard.error, t)}</Alert>
            ) : (
              <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
            )
          ) : !report || !query ? (
            <Loading />
          ) : (
            <div className="report" aria-busy={dashboard.isFetching}>
              <div aria-live="polite" className="report-status">
                {dashboard.isFetching ? <p className="muted">{t('reports.updating')}</p> : null}
              </div>
              <p className="report-period">
                {t('reports.period', {
                  from: formatDate(report.filters.from),
                  to: formatDate(report.filters.to),
                })}{' '}
                <span className="muted">
                  {t('reports.generatedAt', { at: formatDateTime(report.generatedAt) })}
                </span>
              </p>
              {report.suppressed ? (
                <p className="report-note">{t('reports.suppressedNote')}</p>
              ) : null}
              <HeadlineFigures report={report} />
              <Definitions />
              <ExportsPanel query={query} disabled={dashboard.isFetching} />
              <TrendSection
                monthly={report.monthly}
                internships={report.headline.internshipsCompleted !== null}
              />
              <section aria-labelledby="report-breakdowns">
                <h2 id="report-breakdowns">{t('reports.breakdowns.title')}</h2>
                <div className="report-breakdowns">
                  {ORDER.filter((dimension) => everyone || !GEOGRAPHY.includes(dimension)).map(
                    (dimension) => {
                      const breakdown = report.breakdowns.find((b) => b.dimension === dimension);
                      return breakdown ? (
                        <BreakdownSection
                          key={dimension}
                          breakdown={breakdown}
                          internships={report.headline.internshipsCompleted !== null}
                          rowLabel={rowLabel(dimension)}
                        />
                      ) : null;
                    },
                  )}
                </div>
              </section>
              <CoverageHeatmap heatmap={report.heatmap} />
            </div>
          )}
        </>
      )}
    </>
  );
};
