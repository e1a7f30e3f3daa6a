import type { TFunction } from 'i18next';
import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPETENCY_CSV_COLUMNS } from '@campus/domain';
import { isApiError } from '../../../app/http';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { CsvColumnsTable } from '../../../shared/CsvColumnsTable';
import { errorMessage } from '../../../shared/errors';
import { SelectField, TextField } from '../../../shared/Field';
import { formatNumber } from '../../../shared/format';
import { FRAMEWORK_FILE_NAMES } from '../api/competenciesApi';
import type { CompetencyImportResultDto, FrameworkFormat } from '../api/types';
import { useExportFramework } from '../hooks/useExportFramework';
import { useImportFramework } from '../hooks/useImportFramework';
import { saveFile } from '../../../shared/download';
import { ImportErrors } from '../../../shared/ImportErrors';

const FORMATS: FrameworkFormat[] = ['csv', 'case'];

/** Downloads of the whole framework, for everyone who sees it. */
const ExportButtons = () => {
  const { t } = useTranslation();
  const exporter = useExportFramework();
  const [saved, setSaved] = useState<string | null>(null);
  const download = (format: FrameworkFormat) => {
    setSaved(null);
    exporter.mutate(format, {
      onSuccess: (blob) => {
        saveFile(blob, FRAMEWORK_FILE_NAMES[format]);
        setSaved(FRAMEWORK_FILE_NAMES[format]);
      },
    });
  };
  return (
    <div className="stack">
      <p>{t('competencies.transfer.exportIntro')}</p>
      <div className="form-actions">
        <button type="button" className="button button--secondary" disabled={exporter.isPending} onClick={() => download('csv')}>
          {t('competencies.transfer.downloadCsv')}
        </button>
        <button type="button" className="button button--secondary" disabled={exporter.isPending} onClick={() => download('case')}>
          {t('competencies.transfer.downloadCase')}
        </button>
        {exporter.isPending ? (
          <span role="status" className="muted">
            {t('competencies.transfer.downloading')}
          </span>
        ) : null}
      </div>
      <FormErrorAlert message={exporter.isError ? errorMessage(exporter.error, t) : null} />
      <div aria-live="polite">{saved ? <Alert kind="success">{t('competencies.transfer.downloaded', { file: saved })}</Alert> : null}</div>
    </div>
  );
};

const summary = (result: CompetencyImportResultDto, t: TFunction) =>
  t('competencies.transfer.summary', {
    created: formatNumber(result.created),
    updated: formatNumber(result.updated),
    unchanged: formatNumber(result.unchanged),
    retired: formatNumber(result.retired),
    restored: formatNumber(result.restored),
  });

/** File and format, "Validar" (dry run) then "Importar"; the file's problems come back as a table. */
const ImportForm = () => {
  const { t } = useTranslation();
  const importer = useImportFramework();
  const [fileError, setFileError] = useState<string | undefined>();
  const [format, setFormat] = useState<FrameworkFormat>('csv');

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    importer.reset();
    const name = event.currentTarget.files?.[0]?.name.toLowerCase() ?? '';
    // The format follows the file's extension; the person may still change it.
    if (name.endsWith('.json')) setFormat('case');
    else if (name.endsWith('.csv')) setFormat('csv');
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const dryRun = submitter?.value !== 'import';
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) {
      setFileError(t('competencies.transfer.chooseFile'));
      event.currentTarget.querySelector<HTMLInputElement>('input[type=file]')?.focus();
      return;
    }
    setFileError(undefined);
    importer.mutate({ file, format, dryRun });
  };

  const rowErrors = isApiError(importer.error) && importer.error.status === 422 ? (importer.error.problem.errors ?? []) : [];
  const result = importer.data;

  return (
    <>
      <p>{t('competencies.transfer.importIntro')}</p>
      <Alert kind="info">{t('competencies.transfer.untouched')}</Alert>
      <form className="form" noValidate onSubmit={onSubmit}>
        <div className="grid-2">
          <TextField
            label={t('competencies.transfer.file')}
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            required
            hint={t('competencies.transfer.fileHint')}
            error={fileError}
            onChange={onFile}
          />
          <SelectField
            label={t('competencies.transfer.format')}
            name="format"
            required
            value={format}
            onChange={(event) => {
              importer.reset();
              setFormat(event.currentTarget.value as FrameworkFormat);
            }}
          >
            {FORMATS.map((value) => (
              <option key={value} value={value}>
                {t(`competencies.transfer.formats.${value}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="form-actions">
          <button type="submit" name="action" value="validate" className="button button--secondary" disabled={importer.isPending}>
            {t('competencies.transfer.validate')}
          </button>
          <button type="submit" name="action" value="import" className="button" disabled={importer.isPending}>
            {t('competencies.transfer.import')}
          </button>
          {importer.isPending ? (
            <span role="status" className="muted">
              {t('competencies.transfer.working')}
            </span>
          ) : null}
        </div>
      </form>
      <div aria-live="polite">
        {result ? (
          <Alert kind="success">
            {result.dryRun
              ? t('competencies.transfer.valid', { summary: summary(result, t) })
              : t('competencies.transfer.done', { summary: summary(result, t) })}
          </Alert>
        ) : null}
      </div>
      {importer.isError && rowErrors.length === 0 ? <FormErrorAlert message={errorMessage(importer.error, t)} /> : null}
      {rowErrors.length > 0 ? (
        <ImportErrors
          title={t('competencies.transfer.errorsTitle')}
          errors={rowErrors}
          hint={format === 'case' ? <p className="muted">{t('competencies.transfer.lineHint')}</p> : null}
        />
      ) : null}
    </>
  );
};

/** The columns the CSV takes, straight from the shared definition the API validates with. */
const CsvColumns = () => {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t('competencies.transfer.columnsTitle')}</summary>
      <p>{t('competencies.transfer.columnsIntro')}</p>
      <CsvColumnsTable
        caption={t('competencies.transfer.columnsCaption')}
        columns={COMPETENCY_CSV_COLUMNS}
        describe={(field) => t(`competencies.transfer.fields.${field}`)}
      />
    </details>
  );
};

/** "Importar / exportar": downloads for everyone; the import for those who edit the framework. */
export const FrameworkTransferPanel = ({ canImport }: { canImport: boolean }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="cf-transfer-title" className="panel">
      <h2 id="cf-transfer-title">{t('competencies.transfer.title')}</h2>
      <h3>{t('competencies.transfer.exportTitle')}</h3>
      <ExportButtons />
      {canImport ? (
        <>
          <h3>{t('competencies.transfer.importTitle')}</h3>
          <ImportForm />
          <CsvColumns />
        </>
      ) : null}
    </section>
  );
};
