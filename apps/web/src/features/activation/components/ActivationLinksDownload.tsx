import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format';
import { ACTIVATION_LINKS_FILE_NAME } from '../api/activationApi';
import { useIssueActivationLinks } from '../hooks/useIssueActivationLinks';
import { saveFile } from '../../../shared/download';

/** Data rows of the CSV (the first line is the header; no field holds a line break). */
const countRows = async (blob: Blob): Promise<number> =>
  Math.max(0, (await blob.text()).split(/\r?\n/).filter((line) => line.trim() !== '').length - 1);

/**
 * The CSV with a fresh activation link for every account still pending activation, for the
 * municipal liaisons to hand out. Issuing it cancels the links given before.
 */
export const ActivationLinksDownload = () => {
  const { t } = useTranslation();
  const issue = useIssueActivationLinks();
  const [rows, setRows] = useState<number | null>(null);

  const download = () => {
    setRows(null);
    issue.mutate(
      {},
      {
        onSuccess: async (file) => {
          saveFile(file, ACTIVATION_LINKS_FILE_NAME);
          setRows(await countRows(file));
        },
      },
    );
  };

  return (
    <div className="stack">
      <p>{t('activation.file.explain')}</p>
      <p className="muted">{t('activation.file.warning')}</p>
      <div className="form-actions">
        <button type="button" className="button" disabled={issue.isPending} onClick={download}>
          {t('activation.file.download')}
        </button>
        {issue.isPending ? (
          <span role="status" className="muted">
            {t('activation.file.working')}
          </span>
        ) : null}
      </div>
      <FormErrorAlert message={issue.isError ? errorMessage(issue.error, t) : null} />
      <div aria-live="polite">
        {rows !== null ? (
          <Alert kind="success">
            {rows === 0 ? t('activation.file.none') : t('activation.file.done', { rows: formatNumber(rows) })}
          </Alert>
        ) : null}
      </div>
    </div>
  );
};
