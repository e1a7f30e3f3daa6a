import { useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CatalogueFiltersForm } from '../features/catalogue/components/CatalogueFiltersForm';
import { CatalogueResults } from '../features/catalogue/components/CatalogueResults';
import { EmptyResults } from '../features/catalogue/components/EmptyResults';
import {
  readFilterValues,
  toCatalogueFilters,
  writeFilterValues,
} from '../features/catalogue/filterValues';
import type { CatalogueFilterValues } from '../features/catalogue/filterValues';
import { useCatalogueSearch } from '../features/catalogue/hooks/useCatalogueSearch';
import { useFrameworkAreas } from '../features/catalogue/hooks/useFrameworkAreas';
import '../features/catalogue/catalogue.css';
import { PageTitle } from '../shared/PageTitle';
import { Pagination } from '../shared/Pagination';
import { LoadError } from '../shared/QueryStatus';

/**
 * The participants' catalogue: published courses, by default those open for enrolment today.
 * The search lives in the address (?buscar=&area=&subarea=&modalidad=&desde=&hasta=&ods=&abiertas=no&pagina=).
 */
export const CataloguePage = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const { values, page } = readFilterValues(params);
  const areas = useFrameworkAreas();
  const results = useCatalogueSearch(toCatalogueFilters(values, page));

  const update = (next: CatalogueFilterValues, nextPage = 1) =>
    setParams(writeFilterValues(next, nextPage));

  return (
    <>
      <PageTitle title={t('catalogue.title')} />
      <p className="lead catalogue-intro">{t('catalogue.intro')}</p>
      <CatalogueFiltersForm
        values={values}
        areas={areas.data ?? []}
        onChange={(next) => update(next)}
      />
      {/* Always in the page, so screen readers announce each new count. */}
      <p className="catalogue-count" role="status">
        {results.data && !results.isPlaceholderData
          ? t('catalogue.resultCount', { count: results.data.total })
          : results.isError
            ? ''
            : t('catalogue.loadingResults')}
      </p>
      {results.isError ? (
        <LoadError error={results.error} onRetry={() => void results.refetch()} />
      ) : results.data ? (
        results.data.total === 0 ? (
          <EmptyResults values={values} />
        ) : (
          <div aria-busy={results.isPlaceholderData}>
            <CatalogueResults page={results.data} from={`${location.pathname}${location.search}`} />
            <Pagination
              page={results.data.page}
              pageSize={results.data.pageSize}
              total={results.data.total}
              onChange={(next) => update(values, next)}
            />
          </div>
        )
      ) : null}
    </>
  );
};
