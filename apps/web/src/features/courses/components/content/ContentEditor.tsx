import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveInOrder } from '@campus/domain';
import { Alert } from '../../../../shared/Alert';
import { errorMessage } from '../../../../shared/errors';
import type { CourseContentDto } from '../../api/types';
import { useCreateModule } from '../../hooks/useCreateModule';
import { useReorderModules } from '../../hooks/useReorderModules';
import { ModuleForm } from './ModuleForm';
import { focusAfterRender, ModuleSection } from './ModuleSection';
import { VersionBanner } from './VersionBanner';

interface Props {
  courseId: string;
  content: CourseContentDto;
  canEdit: boolean;
  defaultPassingScore: number;
  onSelectVersion: (versionId: string | undefined) => void;
}

/**
 * The content editor: the version on screen, its modules in order and each module's activities.
 * Read-only for facilitators, for older versions and for a version a cohort uses.
 */
export const ContentEditor = ({ courseId, content, canEdit, defaultPassingScore, onSelectVersion }: Props) => {
  const { t } = useTranslation();
  const reorder = useReorderModules(courseId);
  const create = useCreateModule(courseId);
  const [announcement, setAnnouncement] = useState('');
  const readOnly = !canEdit || content.version.locked || !content.version.latest;
  const ids = content.modules.map((m) => m.id);

  const moveModule = (moduleId: string, title: string, delta: -1 | 1) => {
    // One move at a time; the buttons stay enabled so the focus never drops to the page.
    if (reorder.isPending) return;
    const order = moveInOrder(ids, moduleId, delta);
    reorder.mutate(order, {
      onSuccess: () => {
        setAnnouncement(t('courses.content.moduleMoved', { title, position: order.indexOf(moduleId) + 1, count: order.length }));
        focusAfterRender(`move-${moduleId}-${delta < 0 ? 'up' : 'down'}`, `move-${moduleId}-${delta < 0 ? 'down' : 'up'}`);
      },
    });
  };

  return (
    <>
      <VersionBanner courseId={courseId} content={content} canEdit={canEdit} onSelect={onSelectVersion} />
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
      {reorder.isError ? <Alert kind="error">{errorMessage(reorder.error, t)}</Alert> : null}
      <h2>{t('courses.content.modulesTitle', { count: content.modules.length })}</h2>
      {content.modules.length === 0 ? <p className="muted">{t('courses.content.noModules')}</p> : null}
      {content.modules.map((module, index) => (
        <ModuleSection
          key={module.id}
          courseId={courseId}
          module={module}
          index={index}
          count={content.modules.length}
          readOnly={readOnly}
          defaultPassingScore={defaultPassingScore}
          onMove={(delta) => moveModule(module.id, module.title, delta)}
          moving={reorder.isPending}
          onAnnounce={setAnnouncement}
          allModules={content.modules.map((m, i) => ({ id: m.id, label: t('courses.content.moduleN', { n: i + 1, title: m.title }) }))}
        />
      ))}
      {!readOnly ? (
        <section aria-labelledby="content-add-module" className="panel">
          <h2 id="content-add-module">{t('courses.content.addModule')}</h2>
          <ModuleForm
            submitLabel={t('courses.content.addModule')}
            onSubmit={async (values) => {
              await create.mutateAsync(values);
              setAnnouncement(t('courses.content.moduleAdded'));
            }}
          />
        </section>
      ) : null}
    </>
  );
};
