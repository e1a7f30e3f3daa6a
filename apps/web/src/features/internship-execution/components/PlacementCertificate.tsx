import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_MANAGER_ROLES, formatVerificationCode, hasAnyRole } from '@campus/domain';
import { Alert } from '../../../shared/Alert';
import { useSession } from '../../auth/hooks/useSession';
import { CertificateActionButtons, CertificateActionForm } from '../../certificates/components/CertificateActionForm';
import type { CertificateAction } from '../../certificates/components/CertificateActionForm';
import { CertificateStatusBadge } from '../../certificates/components/CertificateStatusBadge';
import { executionKeys } from '../api/executionApi';
import type { PlacementExecution } from '../api/types';

/**
 * The internship certificate of an approved placement, under its evaluation: the intern is sent to
 * "Mis certificados"; the coordination sees its state and public page and reissues it after a
 * correction (the holder's name or national ID) or revokes it, with the same form as a cohort's
 * certificates. The placement then shows the current one (the replacement after a reissue).
 */
export const PlacementCertificate = ({ placement }: { placement: PlacementExecution }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [action, setAction] = useState<CertificateAction | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const certificate = placement.certificate;
  if (!certificate) return null;
  const isIntern = user?.id === placement.intern.id;
  const manages = Boolean(user && hasAnyRole(user.roles, CERTIFICATE_MANAGER_ROLES));
  const { serial, verificationCode } = certificate;
  return (
    <div className="stack">
      {isIntern ? (
        <p>
          <Link to="/mis-certificados">{t('internships.logbook.evaluation.certificate', { serial })}</Link>
        </p>
      ) : (
        <p>
          {t('internships.logbook.certificate.serial', { serial })} <CertificateStatusBadge status={certificate.status} />
          {verificationCode ? (
            <>
              {' '}
              <Link to={`/verificar/${verificationCode}`} className="certificate-code">
                {t('internships.logbook.certificate.verify', { code: formatVerificationCode(verificationCode) })}
              </Link>
            </>
          ) : null}
        </p>
      )}
      {manages && !isIntern && certificate.status === 'valid' ? (
        <div className="form-actions">
          <CertificateActionButtons
            certificate={certificate}
            onChoose={(chosen) => {
              setMessage(null);
              setAction(chosen);
            }}
          />
        </div>
      ) : null}
      <div aria-live="polite">{message ? <Alert kind="success">{message}</Alert> : null}</div>
      {action ? (
        <CertificateActionForm
          key={`${action.kind}-${action.certificate.id}`}
          action={action}
          onCancel={() => setAction(null)}
          onDone={(text) => {
            setAction(null);
            setMessage(text);
            void queryClient.invalidateQueries({ queryKey: executionKeys.all });
          }}
        />
      ) : null}
    </div>
  );
};
