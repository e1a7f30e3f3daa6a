import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COURSE_CERTIFICATE_KINDS, MODALITIES } from '@campus/domain';
import type { CourseCertificateKind, Modality } from '@campus/domain';
import { FormErrorAlert } from '../../../shared/Alert';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../shared/Field';
import { useApiForm } from '../../../shared/useApiForm';
import { formText } from '../../../shared/validation';
import type { FieldErrors } from '../../../shared/validation';
import type { CourseDto, CreateCourseRequest, UpdateCourseRequest } from '../api/types';
import { useFramework } from '../hooks/useFramework';
import { usePrerequisiteOptions } from '../hooks/usePrerequisiteOptions';
import { CompetenciesPicker } from './CompetenciesPicker';
import type { PickedCompetency } from './CompetenciesPicker';
import { frameworkLabel } from './format';
import { PrerequisitesPicker } from './PrerequisitesPicker';
import { readSdgTargets, SDG_OTHER_FIELD, SdgTargetsField } from './SdgTargetsField';

/** Fields shown with their own message; any other field the API names is listed in the summary. */
const SHOWN = ['code', 'title', 'summary', 'description', 'areaId', 'subAreaId', 'modality', 'workloadHours', 'passingScore',
  'minAttendance', 'certificateKind', 'requiresEndorsement', 'requiresApproval', 'sdgTargets', SDG_OTHER_FIELD, 'competencies', 'prerequisiteIds'];
const isShown = (field: string) => SHOWN.includes(field) || /^(competencies|prerequisiteIds)[[.]/.test(field);

/** Fixed once a cohort holds seats (the API refuses changes to them). */
const TERMS = ['workloadHours', 'passingScore', 'minAttendance', 'certificateKind', 'competencies'] as const;

interface Props {
  /** The course being edited; absent when creating one. */
  course?: CourseDto;
  submitLabel: string;
  /** Saves; rejects with the API's error, whose field messages are shown beside the fields. */
  onSubmit: (values: CreateCourseRequest | UpdateCourseRequest) => Promise<unknown>;
}

const withoutTerms = (values: CreateCourseRequest): UpdateCourseRequest =>
  Object.fromEntries(Object.entries(values).filter(([field]) => !(TERMS as readonly string[]).includes(field)));

/** COURSE_CODE_PATTERN for the browser (which compiles `pattern` with the `v` flag), in either case. */
const CODE_INPUT_PATTERN = '[A-Za-z0-9][A-Za-z0-9\\-]{1,31}';

const RANGES: Record<string, [number, number]> = { workloadHours: [1, 2000], passingScore: [0, 100], minAttendance: [0, 100] };

export const CourseForm = ({ course, submitLabel, onSubmit }: Props) => {
  const { t } = useTranslation();
  const framework = useFramework();
  const prerequisiteOptions = usePrerequisiteOptions();
  const items = framework.data ?? [];
  const [areaId, setAreaId] = useState(course?.area.id ?? '');
  const [competencies, setCompetencies] = useState<PickedCompetency[]>(
    course?.competencies.map(({ competencyId, level }) => ({ competencyId, level })) ?? [],
  );
  const [prerequisiteIds, setPrerequisiteIds] = useState<string[]>(course?.prerequisites.map((p) => p.id) ?? []);
  const termsLocked = course?.termsLocked ?? false;

  const areas = items.filter((item) => item.kind === 'area');
  // The course's own area and sub-area stay selectable even if retired since.
  if (course && !areas.some((a) => a.id === course.area.id)) areas.unshift({ ...course.area, kind: 'area', parentId: null } as (typeof items)[number]);
  const subAreas = items.filter((item) => item.kind === 'sub_area' && item.parentId === areaId);
  if (course?.subArea && course.area.id === areaId && !subAreas.some((s) => s.id === course.subArea?.id)) {
    subAreas.unshift({ ...course.subArea, kind: 'sub_area', parentId: areaId } as (typeof items)[number]);
  }

  const form = useApiForm({
    validate: (data) => {
      const found: FieldErrors = {};
      for (const [name, [min, max]] of Object.entries(RANGES)) {
        const raw = data.get(name);
        if (raw === null || raw === '') continue;
        const value = Number(raw);
        if (!Number.isInteger(value) || value < min || value > max) found[name] = t('courses.form.range', { min, max });
      }
      const { invalid } = readSdgTargets(data);
      if (invalid.length > 0) found[SDG_OTHER_FIELD] = t('courses.form.sdgInvalid', { targets: invalid.join(', ') });
      return found;
    },
    submit: (data) => {
      const number = (name: string) => Number(data.get(name));
      const values: CreateCourseRequest = {
        code: (formText(data, 'code') ?? '').toUpperCase(),
        title: formText(data, 'title') ?? '',
        summary: formText(data, 'summary') ?? '',
        description: String(data.get('description') ?? ''),
        areaId: String(data.get('areaId') ?? ''),
        subAreaId: formText(data, 'subAreaId'),
        modality: String(data.get('modality')) as Modality,
        workloadHours: number('workloadHours'),
        passingScore: number('passingScore'),
        minAttendance: number('minAttendance'),
        certificateKind: String(data.get('certificateKind')) as CourseCertificateKind,
        requiresEndorsement: data.get('requiresEndorsement') === 'on',
        requiresApproval: data.get('requiresApproval') === 'on',
        sdgTargets: readSdgTargets(data).targets,
        competencies,
        prerequisiteIds,
      };
      // Terms fixed by enrolled people are not sent (their controls are disabled anyway).
      return onSubmit(termsLocked ? withoutTerms(values) : values);
    },
  });
  const { errors, failure, pending } = form;
  const extra = Object.entries(errors)
    .filter(([field]) => !isShown(field))
    .map(([field, message]) => t('common.fieldError', { field, message }));
  const termsHint = termsLocked ? t('courses.form.termsLocked') : undefined;

  return (
    <form className="form" noValidate onSubmit={form.onSubmit}>
      <FormErrorAlert message={failure} extra={extra} />
      <p className="muted">{t('common.requiredNote')}</p>
      <div className="grid-2">
        <TextField
          label={t('courses.form.code')}
          name="code"
          required
          maxLength={32}
          // Lower case is accepted here and upper-cased on saving (the API's rule is COURSE_CODE_PATTERN).
          pattern={CODE_INPUT_PATTERN}
          data-pattern-message={t('courses.form.codePattern')}
          autoCapitalize="characters"
          hint={t('courses.form.codeHint')}
          defaultValue={course?.code}
          error={errors.code}
        />
        <TextField label={t('courses.form.title')} name="title" required maxLength={200} defaultValue={course?.title} error={errors.title} />
      </div>
      <TextAreaField label={t('courses.form.summary')} name="summary" maxLength={1000} defaultValue={course?.summary} error={errors.summary} />
      <TextAreaField
        label={t('courses.form.description')}
        name="description"
        rows={8}
        maxLength={20000}
        hint={t('courses.form.markdownHint')}
        defaultValue={course?.description}
        error={errors.description}
      />
      <div className="grid-2">
        <SelectField
          label={t('courses.form.area')}
          name="areaId"
          required
          value={areaId}
          onChange={(event) => setAreaId(event.target.value)}
          error={errors.areaId}
          hint={framework.isError ? t('courses.form.frameworkError') : undefined}
        >
          <option value="">{t('courses.form.chooseArea')}</option>
          {areas.map((area) => (
            <option key={area.id} value={area.id}>
              {frameworkLabel(area)}
            </option>
          ))}
        </SelectField>
        <SelectField
          // A new area brings its own sub-areas: the choice starts over.
          key={areaId}
          label={t('courses.form.subArea')}
          name="subAreaId"
          defaultValue={course?.area.id === areaId ? (course?.subArea?.id ?? '') : ''}
          disabled={!areaId}
          error={errors.subAreaId}
        >
          <option value="">{areaId ? t('courses.form.noSubArea') : t('courses.form.areaFirst')}</option>
          {subAreas.map((sub) => (
            <option key={sub.id} value={sub.id}>
              {frameworkLabel(sub)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('courses.form.modality')} name="modality" required defaultValue={course?.modality ?? 'blended'} error={errors.modality}>
          {MODALITIES.map((modality) => (
            <option key={modality} value={modality}>
              {t(`courses.modality.${modality}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('courses.form.workloadHours')}
          name="workloadHours"
          type="number"
          inputMode="numeric"
          min={1}
          max={2000}
          required
          disabled={termsLocked}
          hint={termsHint}
          defaultValue={course?.workloadHours}
          error={errors.workloadHours}
        />
        <TextField
          label={t('courses.form.passingScore')}
          name="passingScore"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          required
          disabled={termsLocked}
          hint={termsHint ?? t('courses.form.passingScoreHint')}
          defaultValue={course?.passingScore ?? 70}
          error={errors.passingScore}
        />
        <TextField
          label={t('courses.form.minAttendance')}
          name="minAttendance"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          required
          disabled={termsLocked}
          hint={termsHint ?? t('courses.form.minAttendanceHint')}
          defaultValue={course?.minAttendance ?? 80}
          error={errors.minAttendance}
        />
        <SelectField
          label={t('courses.form.certificateKind')}
          name="certificateKind"
          required
          disabled={termsLocked}
          hint={termsHint}
          defaultValue={course?.certificateKind ?? 'approval'}
          error={errors.certificateKind}
        >
          {COURSE_CERTIFICATE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`courses.certificate.${kind}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxField
        label={t('courses.form.requiresEndorsement')}
        name="requiresEndorsement"
        defaultChecked={course?.requiresEndorsement ?? true}
        error={errors.requiresEndorsement}
      />
      <CheckboxField
        label={t('courses.form.requiresApproval')}
        name="requiresApproval"
        defaultChecked={course?.requiresApproval ?? true}
        error={errors.requiresApproval}
      />
      <CompetenciesPicker
        framework={items}
        value={competencies}
        onChange={setCompetencies}
        known={course?.competencies ?? []}
        errors={errors}
        disabled={termsLocked}
        hint={termsHint}
      />
      <SdgTargetsField defaults={course?.sdgTargets} errors={errors} />
      <PrerequisitesPicker
        options={prerequisiteOptions.data ?? []}
        value={prerequisiteIds}
        onChange={setPrerequisiteIds}
        known={course?.prerequisites ?? []}
        excludeId={course?.id}
        errors={errors}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
};
