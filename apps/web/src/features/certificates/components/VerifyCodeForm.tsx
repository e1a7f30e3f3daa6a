import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/Field';

/** Type a code from paper: goes to /verificar/<code> (the API reads any spelling people use). */
export const VerifyCodeForm = ({ initial = '' }: { initial?: string }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        const input = event.currentTarget.elements.namedItem('code') as HTMLInputElement;
        const code = input.value.trim().replace(/\s+/g, '');
        if (!code) {
          setError(t('certificates.verify.required'));
          input.focus();
          return;
        }
        setError(undefined);
        void navigate(`/verificar/${encodeURIComponent(code.toUpperCase())}`);
      }}
    >
      <TextField
        label={t('certificates.verify.code')}
        hint={t('certificates.verify.codeHint')}
        name="code"
        defaultValue={initial}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        required
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="button">
          {t('certificates.verify.submit')}
        </button>
      </div>
    </form>
  );
};
