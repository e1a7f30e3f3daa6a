import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/http';
import { Alert } from '../../../shared/Alert';
import { ImportErrors } from '../../../shared/ImportErrors';
import { errorMessage } from '../../../shared/errors';
import { usersApi } from '../../users/api/usersApi';
import type { BulkEnrolResultDto } from '../api/types';
import { useBulkEnrol } from '../hooks/useBulkEnrol';
import { useImportEnrolments } from '../hooks/useImportEnrolments';

interface Person {
  id: string;
  fullName: string;
  email: string;
}

/** Line errors of a refused bulk enrolment (422), for the ImportErrors table. */
const lineErrors = (error: unknown) => (isApiError(error) && error.status === 422 ? (error.problem.errors ?? []) : null);

/**
 * Coordinators enrol people into a cohort: chosen from a search of participants, or named in a
 * CSV file (validated first). All or nothing; the places first, then the waitlist.
 */
export const BulkEnrolPanel = ({ cohortId }: { cohortId: string }) => {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const [chosen, setChosen] = useState<Person[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<BulkEnrolResultDto | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const bulk = useBulkEnrol(cohortId);
  const importer = useImportEnrolments(cohortId);
  const search = useQuery({
    queryKey: ['users', 'list', { search: term, role: 'participant', active: true, page: 1, pageSize: 10 }],
    queryFn: () => usersApi.list({ search: term, role: 'participant', active: true, page: 1, pageSize: 10 }),
    enabled: term.length > 0,
  });
  const failure = bulk.error ?? importer.error;
  const errors = lineErrors(failure);

  return (
    <div className="stack">
      <p>{t('enrolments.bulk.intro')}</p>
      <div aria-live="polite">
        {result ? (
          <Alert kind="success">
            {result.dryRun
              ? t('enrolments.bulk.validated', { rows: result.rows, enrolled: result.enrolled, waitlisted: result.waitlisted })
              : t('enrolments.bulk.result', { enrolled: result.enrolled, waitlisted: result.waitlisted })}
          </Alert>
        ) : null}
        {errors ? (
          <ImportErrors title={t('enrolments.bulk.errorsTitle')} errors={errors} />
        ) : failure ? (
          <Alert kind="error">{errorMessage(failure, t)}</Alert>
        ) : null}
      </div>

      <h3>{t('enrolments.bulk.pickTitle')}</h3>
      <form
        role="search"
        aria-label={t('enrolments.bulk.search')}
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setTerm(String(new FormData(event.currentTarget).get('q') ?? '').trim());
        }}
      >
        <div className="field">
          <label htmlFor={`bulk-search-${cohortId}`}>{t('enrolments.bulk.search')}</label>
          <p id={`bulk-search-hint-${cohortId}`} className="field-hint">
            {t('enrolments.bulk.searchHint')}
          </p>
          <input id={`bulk-search-${cohortId}`} name="q" type="search" aria-describedby={`bulk-search-hint-${cohortId}`} />
        </div>
        <button type="submit" className="button button--secondary">
          {t('enrolments.bulk.searchButton')}
        </button>
      </form>
      {term && search.data ? (
        search.data.items.length === 0 ? (
          <p className="muted">{t('enrolments.bulk.noResults')}</p>
        ) : (
          <ul className="bulk-list" aria-label={t('enrolments.bulk.results')}>
            {search.data.items.map((person) => (
              <li key={person.id}>
                <span>
                  {person.fullName} <span className="muted">{person.email}</span>
                </span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={chosen.some((c) => c.id === person.id)}
                  onClick={() => setChosen([...chosen, { id: person.id, fullName: person.fullName, email: person.email }])}
                >
                  {t('enrolments.bulk.add')}
                  <span className="visually-hidden"> {t('enrolments.bulk.addPerson', { name: person.fullName })}</span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
      <h4>{t('enrolments.bulk.selected', { count: chosen.length })}</h4>
      {chosen.length === 0 ? (
        <p className="muted">{t('enrolments.bulk.noneSelected')}</p>
      ) : (
        <ol className="bulk-list">
          {chosen.map((person) => (
            <li key={person.id}>
              <span>{person.fullName}</span>
              <button type="button" className="button button--secondary button--small" onClick={() => setChosen(chosen.filter((c) => c.id !== person.id))}>
                {t('enrolments.bulk.remove')}
                <span className="visually-hidden"> {person.fullName}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <p>
        <button
          type="button"
          className="button"
          disabled={chosen.length === 0 || bulk.isPending}
          onClick={() => {
            setResult(null);
            importer.reset();
            bulk.mutate(
              chosen.map((c) => c.id),
              {
                onSuccess: (done) => {
                  setResult(done);
                  setChosen([]);
                },
              },
            );
          }}
        >
          {t('enrolments.bulk.enrolSelected')}
        </button>
      </p>

      <h3>{t('enrolments.bulk.csvTitle')}</h3>
      <div className="field">
        <label htmlFor={`bulk-file-${cohortId}`}>{t('enrolments.bulk.file')}</label>
        <p id={`bulk-file-hint-${cohortId}`} className="field-hint">
          {t('enrolments.bulk.csvHint')}
        </p>
        <input
          id={`bulk-file-${cohortId}`}
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`bulk-file-hint-${cohortId}`}
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setResult(null);
            importer.reset();
          }}
        />
      </div>
      <p className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={!file || importer.isPending}
          onClick={() => {
            if (!file) return;
            bulk.reset();
            setResult(null);
            importer.mutate({ file, dryRun: true }, { onSuccess: setResult });
          }}
        >
          {t('enrolments.bulk.validate')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!file || !result?.dryRun || importer.isPending}
          onClick={() => {
            if (!file) return;
            importer.mutate(
              { file, dryRun: false },
              {
                onSuccess: (done) => {
                  setResult(done);
                  setFile(null);
                  if (fileInput.current) fileInput.current.value = '';
                },
              },
            );
          }}
        >
          {t('enrolments.bulk.enrolFile')}
        </button>
      </p>
      <p>
        <Link to={`/inscripciones?cohorte=${cohortId}&estado=todos`}>{t('enrolments.bulk.viewQueue')}</Link>
      </p>
    </div>
  );
};
