import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MunicipalityDto } from '../../../app/dto';
import { countryName, formatNumber } from '../../../shared/format';
import { departmentName } from './departmentName';
import { TableWrap } from '../../../shared/TableWrap';

export const MunicipalitiesTable = ({ municipalities }: { municipalities: MunicipalityDto[] }) => {
  const { t } = useTranslation();
  return (
    <TableWrap label={t('municipalities.caption', { count: formatNumber(municipalities.length) })}>
      <table>
        <caption>{t('municipalities.caption', { count: formatNumber(municipalities.length) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('municipalities.columns.code')}</th>
            <th scope="col">{t('municipalities.columns.name')}</th>
            <th scope="col">{t('municipalities.columns.department')}</th>
            <th scope="col">{t('municipalities.columns.kind')}</th>
            <th scope="col">{t('municipalities.columns.country')}</th>
            <th scope="col">{t('municipalities.columns.partner')}</th>
            <th scope="col">{t('municipalities.columns.agreement')}</th>
            <th scope="col">{t('municipalities.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {municipalities.length === 0 ? (
            <tr>
              <td colSpan={8}>{t('municipalities.empty')}</td>
            </tr>
          ) : (
            municipalities.map((municipality) => (
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
                  <span className={municipality.agreementInForce ? 'badge badge--ok' : 'badge badge--off'}>
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
            ))
          )}
        </tbody>
      </table>
    </TableWrap>
  );
};
