import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ENROLMENT_STATUSES, hasAnyRole, PENDING_STATUSES } from '@campus/domain';
import type { EnrolmentStatus } from '@campus/domain';
import { useSession } from '../features/auth/hooks/useSession';
import { EnrolmentFiltersForm } from '../features/enrolments/components/EnrolmentFiltersForm';
import type { EnrolmentFilterValues } from '../features/enrolments/components/EnrolmentFiltersForm';
import { EnrolmentQueue } from '../features/enrolments/components/EnrolmentQueue';
import { useEnrolments } from '../features/enrolments/hooks/useEnrolments';
import '../features/enrolments/enrolments.css';
import { PageTitle } from '../shared/PageTitle';
import { Pagination } from '../shared/Pagination';
import { LoadError, Loading } from '../shared/QueryStatus';

const PAGE_SIZE = 20;

const statusesFor = (value: string): EnrolmentStatus[] | undefined =>
  value === 'pending' ? [...PENDING_STATUSES] : (ENROLMENT_STATUSES as readonly string[]).includes(value) ? [value as EnrolmentStatus] : undefined;

/**
 * The enrolment queue (?estado=&municipio=&buscar=&cohorte=&pagina=): a liaison endorses the
 * requests of their municipality's people, coordinators approve or reject; the API scopes the list.
 */
export const EnrolmentsPage = () => {
  const { t } = useTranslation();
  const { user } = useSession();
  const roles = user?.roles ?? [];
  const asLiaison = roles.includes('municipal_liaison') && !hasAnyRole(roles, ['coordinator', 'admin']);
  const [params, setParams] = useSearchParams();
  const values: EnrolmentFilterValues = {
    search: params.get('buscar') ?? '',
    status: params.get('estado') ?? 'pending',
    municipalityId: asLiaison ? '' : (params.get('municipio') ?? ''),
  };
  const cohortId = params.get('cohorte') ?? undefined;
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const enrolments = useEnrolments({
    status: statusesFor(values.status),
    municipalityId: values.municipalityId || undefined,
    cohortId,
    q: values.search || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const update = (next: EnrolmentFilterValues, nextPage = 1, cohort = cohortId) => {
    const entries: [string, string][] = [
      ['buscar', next.search],
      ['estado', next.status === 'pending' ? '' : next.status || 'todos'],
      ['municipio', next.municipalityId],
      ['cohorte', cohort ?? ''],
      ['pagina', nextPage > 1 ? String(nextPage) : ''],
    ];
    setParams(new URLSearchParams(entries.filter(([, value]) => value !== '')));
  };
  // "todos" in the address stands for every status (the default is the pending ones).
  if (values.status === 'todos') values.status = '';
  const cohortLabel = cohortId ? enrolments.data?.items[0]?.cohort.label : undefined;

  return (
    <>
      <PageTitle
        title={asLiaison && user?.municipality ? t('enrolments.queue.municipalityTitle', { name: user.municipality.name }) : t('enrolments.queue.title')}
      />
      <p>{t('enrolments.queue.intro')}</p>
      <EnrolmentFiltersForm key={values.search} values={values} onChange={(next) => update(next)} byMunicipality={!asLiaison} />
      {cohortId ? (
        <p>
          {cohortLabel ? `${t('enrolments.queue.cohortFilter', { label: cohortLabel })} · ` : null}
          <Link to="/inscripciones" onClick={() => update(values, 1, undefined)}>
            {t('enrolments.queue.clearCohort')}
          </Link>
        </p>
      ) : null}
      {enrolments.data ? (
        <>
          <EnrolmentQueue items={enrolments.data.items} total={enrolments.data.total} asLiaison={asLiaison} />
          <Pagination
            page={enrolments.data.page}
            pageSize={enrolments.data.pageSize}
            total={enrolments.data.total}
            onChange={(next) => update(values, next)}
          />
        </>
      ) : enrolments.isError ? (
        <LoadError error={enrolments.error} onRetry={() => void enrolments.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
};
