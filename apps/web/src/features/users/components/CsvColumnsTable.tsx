import { useTranslation } from 'react-i18next';
import { OFFICIAL_CSV_COLUMNS } from '@campus/domain';
import { DataTable } from '../../../shared/DataTable';

/** The columns the import accepts, straight from the shared definition the API validates with. */
export const CsvColumnsTable = () => {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('importer.columnsCaption')}
      columns={[
        t('importer.column'),
        t('importer.required'),
        t('importer.aliases'),
        t('importer.content'),
      ]}
    >
      {OFFICIAL_CSV_COLUMNS.map((column) => (
        <tr key={column.field}>
          <th scope="row">
            <code>{column.header}</code>
          </th>
          <td>{column.required ? t('common.yes') : t('common.no')}</td>
          <td>
            {column.aliases.map((alias, index) => (
              <span key={alias}>
                {index > 0 ? ', ' : null}
                <code>{alias}</code>
              </span>
            ))}
          </td>
          <td>{t(`importer.fields.${column.field}`)}</td>
        </tr>
      ))}
    </DataTable>
  );
};
