import { useTranslation } from 'react-i18next';
import type { CataloguePageDto } from '../api/types';
import { CourseCard } from './CourseCard';

/** The result cards, in the API's order (best match first, then the soonest cohort). */
export const CatalogueResults = ({ page, from }: { page: CataloguePageDto; from: string }) => {
  const { t } = useTranslation();
  return (
    <ul className="catalogue-results" aria-label={t('catalogue.resultsLabel')}>
      {page.items.map((course) => (
        <li key={course.id}>
          <CourseCard course={course} from={from} />
        </li>
      ))}
    </ul>
  );
};
