import { useTranslation } from 'react-i18next';

export const FullPageLoading = () => {
  const { t } = useTranslation();
  return (
    <div className="full-page-loading" role="status">
      <span className="brand-mark" aria-hidden="true">
        EGM
      </span>
      <p>{t('app.loading')}</p>
    </div>
  );
};
