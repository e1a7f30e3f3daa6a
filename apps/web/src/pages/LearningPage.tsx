import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EnrolmentCard } from '../features/learning/components/EnrolmentCard';
import '../features/learning/components/learning.css';
import { useMyLearning } from '../features/learning/hooks/useMyLearning';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/** "Mi aprendizaje": my cohorts with their status and progress, and the way into each course. */
export const LearningPage = () => {
  const { t } = useTranslation();
  const query = useMyLearning();
  const enrolments = query.data ?? [];
  return (
    <>
      <PageTitle title={t('learning.list.title')} />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : enrolments.length === 0 ? (
        <p>
          {t('learning.list.empty')} <Link to="/catalogo">{t('learning.list.toCatalogue')}</Link>
        </p>
      ) : (
        <ul className="learning-cards">
          {enrolments.map((enrolment) => (
            <EnrolmentCard key={enrolment.id} enrolment={enrolment} />
          ))}
        </ul>
      )}
    </>
  );
};
