import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../shared/Alert';
import { errorMessage } from '../../../../shared/errors';
import { SelectField } from '../../../../shared/Field';
import { useUpdateActivity } from '../../hooks/useUpdateActivity';
import type { CourseActivityDto } from '../../api/types';

export interface ModuleChoice {
  id: string;
  label: string;
}

/** Moves an activity to the end of another module of the same version. */
export const MoveToModule = ({
  courseId,
  activity,
  modules,
  onMoved,
}: {
  courseId: string;
  activity: CourseActivityDto;
  /** The version's other modules. */
  modules: ModuleChoice[];
  onMoved: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const update = useUpdateActivity(courseId);
  const [target, setTarget] = useState('');
  if (modules.length === 0) return null;
  const move = () => {
    const module = modules.find((m) => m.id === target);
    if (!module) return;
    // Not mutate's onSuccess: this item unmounts as the activity reappears in the other module.
    update
      .mutateAsync({ id: activity.id, changes: { moduleId: module.id } })
      .then(() => onMoved(t('courses.content.movedToModule', { title: activity.title, module: module.label })))
      .catch(() => undefined); // shown by update.isError while still mounted
  };
  return (
    <div className="move-to-module">
      <SelectField
        label={t('courses.content.moveToModule')}
        name={`move-${activity.id}-module`}
        value={target}
        onChange={(event) => setTarget(event.currentTarget.value)}
      >
        <option value="">{t('courses.content.chooseModule')}</option>
        {modules.map((module) => (
          <option key={module.id} value={module.id}>
            {module.label}
          </option>
        ))}
      </SelectField>
      <button type="button" className="button button--secondary" disabled={!target || update.isPending} onClick={move}>
        {t('courses.content.move')}
      </button>
      {update.isError ? <Alert kind="error">{errorMessage(update.error, t)}</Alert> : null}
    </div>
  );
};
