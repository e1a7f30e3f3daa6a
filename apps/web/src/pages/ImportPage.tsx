import { useTranslation } from 'react-i18next';
import { OFFICIAL_CSV_COLUMNS } from '@campus/domain';
import { ActivationLinksDownload } from '../features/activation/components/ActivationLinksDownload';
import { ImportOfficialsForm } from '../features/users/components/ImportOfficialsForm';
import { CsvColumnsTable } from '../shared/CsvColumnsTable';
import { PageTitle } from '../shared/PageTitle';

export const ImportPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('importer.title')} />
      <p className="lead">{t('importer.intro')}</p>
      <section aria-labelledby="import-columns">
        <h2 id="import-columns">{t('importer.columnsTitle')}</h2>
        <p>{t('importer.columnsIntro')}</p>
        <CsvColumnsTable
          caption={t('importer.columnsCaption')}
          columns={OFFICIAL_CSV_COLUMNS}
          describe={(field) => t(`importer.fields.${field}`)}
        />
      </section>
      <section aria-labelledby="import-file" className="panel">
        <h2 id="import-file">{t('importer.formTitle')}</h2>
        <ImportOfficialsForm nextStep={<a href="#import-activation">{t('activation.file.afterImport')}</a>} />
      </section>
      <section aria-labelledby="import-activation" className="panel">
        <h2 id="import-activation">{t('activation.file.title')}</h2>
        <ActivationLinksDownload />
      </section>
    </>
  );
};
