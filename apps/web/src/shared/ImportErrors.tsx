import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { DataTable } from './DataTable';

export interface ImportRowError {
  line?: number | null;
  field: string;
  message: string;
}

/** Why a file was refused whole: a title, then every problem by line, field and message. */
export const ImportErrors = ({ title, errors, hint }: { title: string; errors: readonly ImportRowError[]; hint?: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <>
      <Alert kind="error">
        <p>{title}</p>
      </Alert>
      {hint}
      <DataTable
        caption={t('importer.errorsCaption', { count: errors.length })}
        columns={[t('importer.line'), t('importer.field'), t('importer.message')]}
      >
        {errors.map((error, index) => (
          <tr key={`${error.line}-${error.field}-${index}`}>
            <td>{error.line ?? t('common.none')}</td>
            <td>
              <code>{error.field}</code>
            </td>
            <td>{error.message}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
};
