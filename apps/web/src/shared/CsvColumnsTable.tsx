import { useTranslation } from 'react-i18next';
import type { CsvColumn } from '@campus/domain';
import { DataTable } from './DataTable';

/**
 * The columns a CSV import accepts, straight from the shared definition the API validates with:
 * header, whether required, other headers accepted, and what goes in it (`describe`).
 */
export const CsvColumnsTable = <F extends string>({
  caption,
  columns,
  describe,
}: {
  caption: string;
  columns: readonly CsvColumn<F>[];
  describe: (field: F) => string;
}) => {
  const { t } = useTranslation();
  return (
    <DataTable caption={caption} columns={[t('importer.column'), t('importer.required'), t('importer.aliases'), t('importer.content')]}>
      {columns.map((column) => (
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
          <td>{describe(column.field)}</td>
        </tr>
      ))}
    </DataTable>
  );
};
