import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../app/dto';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { TextField } from '../../../shared/Field';
import { formatDateTime } from '../../../shared/format';
import { useIssueActivationLink } from '../hooks/useIssueActivationLink';

/**
 * For the admin: a one-time link with which the person chooses a password, for an account still
 * pending activation or to reset a forgotten password. Each new link cancels the earlier ones.
 */
export const ActivationLinkPanel = ({ user }: { user: UserDto }) => {
  const { t } = useTranslation();
  const issue = useIssueActivationLink();
  const linkBox = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null);
  const link = issue.data && issue.variables === user.id ? issue.data : undefined;

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('copied');
    } catch {
      // No clipboard access (permissions, older browser): select the text for Ctrl+C.
      const field = linkBox.current?.querySelector('input');
      field?.focus();
      field?.select();
      setCopied('selected');
    }
  };

  return (
    <div className="stack">
      <p>{user.pendingActivation ? t('activation.link.pending') : t('activation.link.hasPassword')}</p>
      <p className="muted">{t('activation.link.explain')}</p>
      {user.active ? (
        <div>
          <button
            type="button"
            className="button button--secondary"
            disabled={issue.isPending}
            onClick={() => {
              setCopied(null);
              issue.mutate(user.id);
            }}
          >
            {t('activation.link.generate')}
          </button>
        </div>
      ) : (
        <p>{t('activation.link.inactive')}</p>
      )}
      <FormErrorAlert message={issue.isError ? errorMessage(issue.error, t) : null} />
      <div ref={linkBox} aria-live="polite" className="stack">
        {link ? (
          <>
            <Alert kind="success">
              <p>{t('activation.link.generated', { date: formatDateTime(link.expiresAt) })}</p>
            </Alert>
            <TextField
              label={t('activation.link.url')}
              name="activationUrl"
              value={link.url}
              readOnly
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
            />
            <div className="form-actions">
              <button type="button" className="button button--small" onClick={() => void copy()}>
                {t('activation.link.copy')}
              </button>
              {copied ? (
                <span role="status" className="muted">
                  {copied === 'copied' ? t('activation.link.copied') : t('activation.link.selected')}
                </span>
              ) : null}
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
};
