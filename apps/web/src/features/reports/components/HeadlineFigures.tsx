import { useTranslation } from 'react-i18next';
import { REPORT_FIGURES } from '@campus/domain';
import type { ReportFigure } from '@campus/domain';
import { formatNumber } from '../../../shared/format';
import type { DashboardReport } from '../api/types';
import { formatFigure } from '../reportFormat';

const SHOWN: readonly ReportFigure[] = REPORT_FIGURES;

/** The headline figures as cards: a label and a big number ("No aplica" for internships under a course filter). */
export const HeadlineFigures = ({ report }: { report: DashboardReport }) => {
  const { t } = useTranslation();
  const { headline } = report;
  const internships = headline.internshipsCompleted !== null;
  const note = (figure: ReportFigure): string | null => {
    if (figure === 'completionRate' && headline.enrolments > 0)
      return t('reports.headline.rateHint', {
        completions: formatNumber(headline.completions),
        enrolments: formatNumber(headline.enrolments),
      });
    if (figure === 'certificatesIssued' && headline.certificatesRevoked > 0)
      return t('reports.headline.revoked', {
        count: headline.certificatesRevoked,
        formatted: formatNumber(headline.certificatesRevoked),
      });
    return null;
  };

  return (
    <section aria-labelledby="report-headline">
      <h2 id="report-headline">{t('reports.headline.title')}</h2>
      <dl className="report-figures">
        {SHOWN.map((figure) => {
          const value = headline[figure];
          const hint = note(figure);
          return (
            <div key={figure} className="report-figure" data-figure={figure}>
              <dt>{t(`reports.figures.${figure}`)}</dt>
              <dd
                className={
                  value === null
                    ? 'report-figure-value report-figure-value--na'
                    : 'report-figure-value'
                }
              >
                {formatFigure(t, figure, value, { internships })}
              </dd>
              {hint ? <dd className="report-figure-note">{hint}</dd> : null}
            </div>
          );
        })}
      </dl>
      {internships ? null : (
        <p className="report-note">{t('reports.headline.notApplicableHint')}</p>
      )}
    </section>
  );
};
