import { useTranslation } from 'react-i18next';
import type { MunicipalityDto } from '../../../app/dto';
import { DetailsList } from '../../../shared/DetailsList';
import { countryName } from '../../../shared/format';
import { departmentName } from './departmentName';

export const MunicipalityDetails = ({ municipality }: { municipality: MunicipalityDto }) => {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('municipalities.form.code'), municipality.code],
    [t('municipalities.form.name'), municipality.name],
    [t('municipalities.department'), departmentName(municipality.department) ?? t('common.none')],
    [t('municipalities.kind'), t(`kinds.${municipality.kind}`)],
    [t('municipalities.form.country'), countryName(municipality.country)],
    [t('municipalities.partner'), municipality.isPartner ? t('common.yes') : t('common.no')],
    [
      t('municipalities.agreementInForce'),
      municipality.agreementInForce ? t('common.yes') : t('common.no'),
    ],
  ];
  return <DetailsList rows={rows} />;
};
