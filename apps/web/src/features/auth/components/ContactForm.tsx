import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../app/dto';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { TextField } from '../../../shared/Field';
import { useApiForm } from '../../../shared/useApiForm';
import { formText } from '../../../shared/validation';
import { useUpdateMe } from '../hooks/useUpdateMe';

/** Phone, organisational unit and position: the part of the own record a person may change. */
export const ContactForm = ({ user }: { user: UserDto }) => {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const { errors, failure, succeeded, pending, onSubmit } = useApiForm({
    summarizeInvalid: false,
    submit: (data) =>
      update.mutateAsync({
        phone: formText(data, 'phone'),
        orgUnit: formText(data, 'orgUnit'),
        position: formText(data, 'position'),
      }),
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormErrorAlert message={failure} />
      {succeeded ? <Alert kind="success">{t('profile.contactSaved')}</Alert> : null}
      <TextField
        label={t('profile.phone')}
        name="phone"
        type="tel"
        autoComplete="tel"
        maxLength={30}
        defaultValue={user.phone ?? ''}
        error={errors.phone}
      />
      <TextField
        label={t('profile.orgUnit')}
        name="orgUnit"
        maxLength={200}
        defaultValue={user.orgUnit ?? ''}
        error={errors.orgUnit}
      />
      <TextField
        label={t('profile.position')}
        name="position"
        autoComplete="organization-title"
        maxLength={200}
        defaultValue={user.position ?? ''}
        error={errors.position}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : t('profile.saveContact')}
        </button>
      </div>
    </form>
  );
};
