import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/http';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format';
import { TextField } from '../../../shared/Field';
import { useImportOfficials } from '../hooks/useImportOfficials';
import { ImportErrors } from '../../../shared/ImportErrors';

/**
 * File picker with "Validar" (dry run) and "Importar"; row errors come back as a table.
 * `nextStep` follows the confirmation of an import that created accounts.
 */
export const ImportOfficialsForm = ({ nextStep }: { nextStep?: ReactNode }) => {
  const { t } = useTranslation();
  const importer = useImportOfficials();
  const [fileError, setFileError] = useState<string | undefined>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const dryRun = submitter?.value !== 'import';
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) {
      setFileError(t('importer.chooseFile'));
      event.currentTarget.querySelector<HTMLInputElement>('input[type=file]')?.focus();
      return;
    }
    setFileError(undefined);
    importer.mutate({ file, dryRun });
  };

  const rowErrors =
    isApiError(importer.error) && importer.error.status === 422
      ? (importer.error.problem.errors ?? []).map((error) => ({
          ...error,
          line: error.line ?? null,
        }))
      : [];
  const result = importer.data;

  return (
    <>
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('importer.file')}
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          hint={t('importer.fileHint')}
          error={fileError}
          onChange={() => importer.reset()}
        />
        <div className="form-actions">
          <button
            type="submit"
            name="action"
            value="validate"
            className="button button--secondary"
            disabled={importer.isPending}
          >
            {t('importer.validate')}
          </button>
          <button
            type="submit"
            name="action"
            value="import"
            className="button"
            disabled={importer.isPending}
          >
            {t('importer.import')}
          </button>
          {importer.isPending ? (
            <span role="status" className="muted">
              {t('importer.working')}
            </span>
          ) : null}
        </div>
      </form>

      <div aria-live="polite">
        {result ? (
          <Alert kind="success">
            <p>
              {result.dryRun
                ? t('importer.valid', { rows: formatNumber(result.rows) })
                : t('importer.done', {
                    created: formatNumber(result.created),
                    rows: formatNumber(result.rows),
                  })}
            </p>
            {!result.dryRun && result.created > 0 && nextStep ? <p>{nextStep}</p> : null}
          </Alert>
        ) : null}
      </div>
      {importer.isError && rowErrors.length === 0 ? (
        <FormErrorAlert message={errorMessage(importer.error, t)} />
      ) : null}
      {rowErrors.length > 0 ? <ImportErrors title={t('importer.errorsTitle')} errors={rowErrors} /> : null}
    </>
  );
};
