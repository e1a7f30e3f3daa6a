import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, moveInOrder } from '@campus/domain';
import type { ActivityKind } from '@campus/domain';
import { Alert } from '../../../../shared/Alert';
import { errorMessage } from '../../../../shared/errors';
import type { CourseModuleDto } from '../../api/types';
import { useCreateActivity } from '../../hooks/useCreateActivity';
import { useDeleteModule } from '../../hooks/useDeleteModule';
import { useReorderActivities } from '../../hooks/useReorderActivities';
import { useUpdateModule } from '../../hooks/useUpdateModule';
import { ActivityForm } from './ActivityForm';
import { ActivityItem, KIND_ICONS } from './ActivityItem';
import { ModuleForm } from './ModuleForm';
import { MoveButtons } from './MoveButtons';
import type { ModuleChoice } from './MoveToModule';
import { ConfirmDelete } from './ConfirmDelete';

interface Props {
  courseId: string;
  module: CourseModuleDto;
  index: number;
  count: number;
  readOnly: boolean;
  defaultPassingScore: number;
  onMove: (delta: -1 | 1) => void;
  moving: boolean;
  onAnnounce: (message: string) => void;
  /** Every module of the version, to move activities between them. */
  allModules: ModuleChoice[];
}

/** Moves the focus to a control once the list has been drawn again. */
export const focusAfterRender = (...ids: string[]) =>
  requestAnimationFrame(() => {
    for (const id of ids) {
      const element = document.getElementById(id) as HTMLButtonElement | null;
      if (element && !element.disabled) {
        element.focus();
        return;
      }
    }
  });

/** A module: title, summary, its ordered activities and the controls to change them. */
export const ModuleSection = ({ courseId, module, index, count, readOnly, defaultPassingScore, onMove, moving, onAnnounce, allModules }: Props) => {
  const { t } = useTranslation();
  const update = useUpdateModule(courseId);
  const remove = useDeleteModule(courseId);
  const reorder = useReorderActivities(courseId);
  const create = useCreateActivity(courseId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [newKind, setNewKind] = useState<ActivityKind>('page');
  const [adding, setAdding] = useState<ActivityKind | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const headingId = `module-${module.id}`;
  const ids = module.activities.map((a) => a.id);

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const moveActivity = (activityId: string, title: string, delta: -1 | 1) => {
    // One move at a time; the buttons stay enabled so the focus never drops to the page.
    if (reorder.isPending) return;
    const order = moveInOrder(ids, activityId, delta);
    reorder.mutate(
      { moduleId: module.id, activityIds: order },
      {
        onSuccess: () => {
          onAnnounce(t('courses.content.activityMoved', { title, position: order.indexOf(activityId) + 1, count: order.length }));
          focusAfterRender(`move-${activityId}-${delta < 0 ? 'up' : 'down'}`, `move-${activityId}-${delta < 0 ? 'down' : 'up'}`);
        },
      },
    );
  };

  return (
    <section className="panel course-module" aria-labelledby={headingId}>
      <div className="course-module-head">
        <h3 id={headingId}>{t('courses.content.moduleN', { n: index + 1, title: module.title })}</h3>
        {!readOnly ? (
          <div className="row-actions">
            <MoveButtons
              id={module.id}
              index={index}
              count={count}
              moving={moving}
              upLabel={t('courses.content.moveModuleUp', { title: module.title })}
              downLabel={t('courses.content.moveModuleDown', { title: module.title })}
              onMove={onMove}
            />
            <button
              type="button"
              className="button button--secondary button--small"
              aria-expanded={editing}
              aria-label={t('courses.content.editModule', { title: module.title })}
              onClick={() => setEditing(!editing)}
            >
              {editing ? t('courses.content.close') : t('common.edit')}
            </button>
            <button
              type="button"
              className="button button--danger button--small"
              aria-label={t('courses.content.deleteModule', { title: module.title })}
              onClick={() => setConfirming(true)}
            >
              {t('common.delete')}
            </button>
          </div>
        ) : null}
      </div>
      {module.summary ? <p className="muted">{module.summary}</p> : null}
      {editing ? (
        <ModuleForm
          module={module}
          submitLabel={t('courses.content.saveModule')}
          onCancel={() => setEditing(false)}
          onSubmit={async (changes) => {
            await update.mutateAsync({ moduleId: module.id, changes });
            setEditing(false);
            onAnnounce(t('courses.content.moduleSaved', { title: changes.title }));
          }}
        />
      ) : null}
      {confirming ? (
        <ConfirmDelete
          id={`${headingId}-confirm`}
          message={t('courses.content.confirmDeleteModule', { title: module.title, count: module.activities.length })}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove
              .mutateAsync(module.id)
              .then(() => onAnnounce(t('courses.content.moduleDeleted', { title: module.title })))
              .catch(() => undefined) // shown in the dialog, which stays while the item does
          }
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {reorder.isError ? <Alert kind="error">{errorMessage(reorder.error, t)}</Alert> : null}
      {module.activities.length === 0 ? <p className="muted">{t('courses.content.noActivities')}</p> : null}
      {module.activities.length > 0 ? (
        <ol className="course-activities" aria-label={t('courses.content.activitiesOf', { title: module.title })}>
          {module.activities.map((activity, position) => (
            <ActivityItem
              key={activity.id}
              courseId={courseId}
              activity={activity}
              index={position}
              count={module.activities.length}
              readOnly={readOnly}
              open={open.has(activity.id)}
              onToggle={() => toggle(activity.id)}
              onMove={(delta) => moveActivity(activity.id, activity.title, delta)}
              moving={reorder.isPending}
              onAnnounce={onAnnounce}
              otherModules={allModules.filter((choice) => choice.id !== module.id)}
            />
          ))}
        </ol>
      ) : null}
      {!readOnly ? (
        adding ? (
          <div className="course-add-activity">
            <h4>{t('courses.content.newActivity', { kind: t(`courses.content.kinds.${adding}`) })}</h4>
            <ActivityForm
              kind={adding}
              defaultPassingScore={defaultPassingScore}
              submitLabel={t('courses.content.addActivity')}
              onCancel={() => setAdding(null)}
              onSubmit={async (values) => {
                const created = await create.mutateAsync({ moduleId: module.id, activity: { kind: adding, ...values } });
                setAdding(null);
                // Files and quizzes need more than this form: their editor opens at once.
                if (created.kind === 'file' || created.kind === 'quiz') setOpen((current) => new Set(current).add(created.id));
                onAnnounce(t('courses.content.activityAdded', { title: created.title }));
              }}
            />
          </div>
        ) : (
          <div className="course-pick-add">
            <div className="field">
              <label htmlFor={`${headingId}-kind`} className="field-label">
                {t('courses.content.kind')}
              </label>
              <select id={`${headingId}-kind`} value={newKind} onChange={(event) => setNewKind(event.target.value as ActivityKind)}>
                {ACTIVITY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {KIND_ICONS[kind]} {t(`courses.content.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button button--secondary" onClick={() => setAdding(newKind)}>
              {t('courses.content.addActivityTo', { title: module.title })}
            </button>
          </div>
        )
      ) : null}
    </section>
  );
};
