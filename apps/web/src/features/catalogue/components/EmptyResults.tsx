import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EMPTY_FILTERS, writeFilterValues } from '../filterValues';
import type { CatalogueFilterValues } from '../filterValues';

const TOPICS = ['risks', 'finance', 'transparency', 'gender', 'citizenship'] as const;

/** No results: ways out, each one a link to a search that does find something. */
export const EmptyResults = ({ values }: { values: CatalogueFilterValues }) => {
  const { t } = useTranslation();
  const hasFilters = Boolean(
    values.areaId || values.subAreaId || values.modality || values.from || values.to || values.sdg,
  );
  const link = (next: CatalogueFilterValues) => `/catalogo?${writeFilterValues(next)}`;
  return (
    <section className="panel catalogue-empty" aria-labelledby="catalogue-empty-title">
      <h2 id="catalogue-empty-title">{t('catalogue.empty.title')}</h2>
      <p>{t('catalogue.empty.intro')}</p>
      <ul>
        {values.search ? <li>{t('catalogue.empty.fewerWords')}</li> : null}
        {values.open ? (
          <li>
            <Link to={link({ ...values, open: false })}>
              {t('catalogue.empty.includeUpcoming')}
            </Link>
          </li>
        ) : null}
        {hasFilters ? (
          <li>
            <Link to={link({ ...EMPTY_FILTERS, search: values.search, open: values.open })}>
              {t('catalogue.empty.clearFilters')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={link({ ...EMPTY_FILTERS, open: false })}>{t('catalogue.empty.browseAll')}</Link>
        </li>
      </ul>
      <p>{t('catalogue.empty.tryTopics')}</p>
      <ul className="tags">
        {TOPICS.map((topic) => (
          <li key={topic}>
            <Link
              className="tag"
              to={link({ ...EMPTY_FILTERS, search: t(`catalogue.topics.${topic}`), open: false })}
            >
              {t(`catalogue.topics.${topic}`)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
};
