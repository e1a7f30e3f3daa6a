import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MunicipalityDto } from '../../../app/dto';
import { countryName, formatNumber } from '../../../shared/format';
import { departmentName } from './departmentName';
import { DataTable } from '../../../shared/DataTable';

export const MunicipalitiesTable = ({ municipalities }: { municipalities: MunicipalityDto[] }) => {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('municipalities.caption', { count: formatNumber(municipalities.length) })}
      columns={[
        t('municipalities.columns.code'),
        t('municipalities.columns.name'),
        t('municipalities.columns.department'),
        t('municipalities.columns.kind'),
        t('municipalities.columns.country'),
        t('municipalities.columns.partner'),
        t('municipalities.columns.agreement'),
        t('municipalities.columns.actions'),
      ]}
      isEmpty={municipalities.length === 0}
      emptyText={t('municipalities.empty')}
    >
      {municipalities.map((municipality) => (
        <tr key={municipality.id}>
          <td>
            <code>{municipality.code}</code>
          </td>
          <th scope="row">{municipality.name}</th>
          <td>{departmentName(municipality.department) ?? t('common.none')}</td>
          <td>{t(`kinds.${municipality.kind}`)}</td>
          <td>{countryName(municipality.country)}</td>
          <td>{municipality.isPartner ? t('common.yes') : t('common.no')}</td>
          <td>
            <span
              className={municipality.agreementInForce ? 'badge badge--ok' : 'badge badge--off'}
            >
              {municipality.agreementInForce ? t('common.yes') : t('common.no')}
            </span>
          </td>
          <td>
            <Link
              to={`/admin/municipios/${municipality.id}`}
              aria-label={t('municipalities.openNamed', { name: municipality.name })}
            >
              {t('municipalities.open')}
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
};
