import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../shared/TableWrap';
import { formatNumber } from '../../../shared/format';
import type { CoverageHeatmap as Heatmap } from '../api/types';

/** Colour steps of the cells (0 = none): each with a text colour that keeps AA contrast. */
const LEVELS = 5;
const level = (value: number, max: number): number =>
  value <= 0 || max <= 0 ? 0 : Math.max(1, Math.ceil((value / max) * LEVELS));

/**
 * The municipality × competency-area coverage as a table (as in the exports): completions in each cell, as a
 * number and as a colour scale (never colour alone), scrollable sideways on a phone.
 */
export const CoverageHeatmap = ({ heatmap }: { heatmap: Heatmap }) => {
  const { t } = useTranslation();
  const cells = new Map(
    heatmap.cells.map((cell) => [`${cell.municipalityId ?? ''}|${cell.areaId}`, cell]),
  );
  const max = Math.max(0, ...heatmap.cells.map((cell) => cell.completions));

  return (
    <section aria-labelledby="report-heatmap" className="panel">
      <h2 id="report-heatmap">{t('reports.heatmap.title')}</h2>
      <p>{t('reports.heatmap.intro')}</p>
      {heatmap.cells.length === 0 || heatmap.municipalities.length === 0 ? (
        <p className="muted">{t('reports.heatmap.empty')}</p>
      ) : (
        <>
          <TableWrap label={t('reports.heatmap.caption')}>
            <table className="report-heatmap">
              <caption>{t('reports.heatmap.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.heatmap.municipality')}</th>
                  {heatmap.areas.map((area) => (
                    <th key={area.id} scope="col" title={area.name}>
                      <span aria-hidden="true">{area.code}</span>
                      <span className="visually-hidden">{area.name}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {heatmap.municipalities.map((municipality) => (
                  <tr key={municipality.id ?? 'none'}>
                    <th scope="row">{municipality.name}</th>
                    {heatmap.areas.map((area) => {
                      const cell = cells.get(`${municipality.id ?? ''}|${area.id}`);
                      const completions = cell?.completions ?? 0;
                      return (
                        <td
                          key={area.id}
                          className={`report-heat report-heat--${level(completions, max)}`}
                          title={t('reports.heatmap.cellTitle', {
                            municipality: municipality.name,
                            area: area.name,
                            people: formatNumber(cell?.officialsTrained ?? 0),
                            completions: formatNumber(completions),
                          })}
                        >
                          {formatNumber(completions)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <details className="report-legend">
            <summary>{t('reports.heatmap.legend')}</summary>
            <dl>
              {heatmap.areas.map((area) => (
                <div key={area.id}>
                  <dt>{area.code}</dt>
                  <dd>{area.name}</dd>
                </div>
              ))}
            </dl>
          </details>
        </>
      )}
    </section>
  );
};
