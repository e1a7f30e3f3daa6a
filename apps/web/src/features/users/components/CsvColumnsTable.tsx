import { useTranslation } from 'react-i18next';
import { OFFICIAL_CSV_COLUMNS } from '@campus/domain';
import { TableWrap } from '../../../shared/TableWrap';

/** The columns the import accepts, straight from the shared definition the API validates with. */
export const CsvColumnsTable = () => {
  const { t } = useTranslation();
  return (
    <TableWrap label={t('importer.columnsCaption')}>
      <table>
        <caption>{t('importer.columnsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importer.column')}</th>
            <th scope="col">{t('importer.required')}</th>
            <th scope="col">{t('importer.aliases')}</th>
            <th scope="col">{t('importer.content')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </TableWrap>
  );
};
