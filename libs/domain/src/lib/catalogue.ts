/**
 * The competency framework, courses, their content and cohorts: codes and pure rules shared by
 * the API (which enforces them) and the SPA (which shows them). Labels live in the SPA's i18n.
 */

/** Proficiency scale: 1 básico, 2 intermedio, 3 avanzado. */
export const PROFICIENCY_LEVELS = [1, 2, 3] as const;
export type ProficiencyLevel = (typeof PROFICIENCY_LEVELS)[number];

/** The framework's three tiers: área de gestión → sub-área → competencia. */
export const COMPETENCY_ITEM_KINDS = ['area', 'sub_area', 'competency'] as const;
export type CompetencyItemKind = (typeof COMPETENCY_ITEM_KINDS)[number];

/** Which kind an item's parent must be (areas have none). */
export const PARENT_KIND: Record<CompetencyItemKind, CompetencyItemKind | null> = {
  area: null,
  sub_area: 'area',
  competency: 'sub_area',
};

/** Codes of framework items: `A08`, `A08.2`, `A08.2.3` by convention; letters, digits, `.`, `-`, `_`. */
export const COMPETENCY_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

export const MODALITIES = ['in_person', 'online', 'blended'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Modalities whose completion also requires minimum attendance at dated sessions. */
export const MODALITIES_WITH_ATTENDANCE: readonly Modality[] = ['in_person', 'blended'];

export const CERTIFICATE_KINDS = ['approval', 'participation', 'internship'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
/** What a course may award (internship certificates come from internships). */
export const COURSE_CERTIFICATE_KINDS = ['approval', 'participation'] as const satisfies readonly CertificateKind[];
export type CourseCertificateKind = (typeof COURSE_CERTIFICATE_KINDS)[number];

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** draft → published → archived; an archived course may be published again. */
export const COURSE_STATUS_TRANSITIONS: Record<CourseStatus, readonly CourseStatus[]> = {
  draft: ['published'],
  published: ['archived'],
  archived: ['published'],
};
export const canChangeCourseStatus = (from: CourseStatus, to: CourseStatus): boolean =>
  COURSE_STATUS_TRANSITIONS[from].includes(to);

/** Course codes: `GDL-101`, `FIN-01`; upper-case letters, digits and `-`. */
export const COURSE_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

export const ACTIVITY_KINDS = ['page', 'video', 'file', 'quiz'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const QUESTION_KINDS = ['single_choice', 'multiple_choice', 'true_false', 'short_answer'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuestionOption {
  id: string;
  text: string;
  correct: boolean;
}

export interface QuestionDraft {
  kind: QuestionKind;
  prompt: string;
  options: readonly QuestionOption[];
  acceptedAnswers: readonly string[];
}

export interface QuestionProblem {
  field: 'prompt' | 'options' | 'acceptedAnswers';
  code: 'required' | 'tooFewOptions' | 'noCorrectOption' | 'oneCorrectOption' | 'duplicateOption' | 'noAcceptedAnswer';
}

/**
 * What is wrong with a quiz question, if anything: every question needs a prompt and a way to be
 * answered right (a correct option, exactly one for single choice and true/false, or an accepted
 * short answer).
 */
export const questionProblems = (question: QuestionDraft): QuestionProblem[] => {
  const problems: QuestionProblem[] = [];
  if (!question.prompt.trim()) problems.push({ field: 'prompt', code: 'required' });
  if (question.kind === 'short_answer') {
    if (!question.acceptedAnswers.some((answer) => answer.trim())) {
      problems.push({ field: 'acceptedAnswers', code: 'noAcceptedAnswer' });
    }
    return problems;
  }
  const options = question.options;
  if (options.length < 2) problems.push({ field: 'options', code: 'tooFewOptions' });
  const texts = options.map((option) => normaliseAnswer(option.text));
  if (texts.some((text) => !text)) problems.push({ field: 'options', code: 'required' });
  else if (new Set(texts).size !== texts.length) problems.push({ field: 'options', code: 'duplicateOption' });
  const correct = options.filter((option) => option.correct).length;
  if (correct === 0) problems.push({ field: 'options', code: 'noCorrectOption' });
  else if (correct > 1 && question.kind !== 'multiple_choice') problems.push({ field: 'options', code: 'oneCorrectOption' });
  return problems;
};

/** Short answers compare without case, accents or extra spaces. */
export const normaliseAnswer = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Files a course may offer as an activity: type → extensions. Checked by content, not name. */
export const ALLOWED_FILE_TYPES: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};
/** 20 MB: enough for a handout or slides, small enough for a rural connection. */
export const MAX_ACTIVITY_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Sustainable Development Goal targets (`5.5`, `11.3`, `16.a`): goal 1–17, then a number or a
 * letter.
 */
export const SDG_TARGET_PATTERN = /^(?:[1-9]|1[0-7])\.(?:[1-9][0-9]?|[a-z])$/;
export const isSdgTarget = (value: string): boolean => SDG_TARGET_PATTERN.test(value);
export const sdgGoalOf = (target: string): number => Number(target.split('.')[0]);

/** Targets closest to municipal capacity building, offered first in the SPA (any valid target is accepted). */
export const SUGGESTED_SDG_TARGETS = [
  '1.4', '4.4', '4.7', '5.1', '5.5', '6.1', '6.2', '8.3', '8.9', '10.2', '11.1', '11.2', '11.3', '11.4',
  '11.5', '11.6', '11.7', '11.b', '12.5', '13.1', '13.3', '16.5', '16.6', '16.7', '16.10', '17.17',
] as const;

export const COHORT_STATUSES = ['scheduled', 'cancelled', 'closed'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

/** Enrolment states (the workflow arrives with enrolments; the seats rule is needed already). */
export const ENROLMENT_STATUSES = [
  'requested',
  'endorsed',
  'enrolled',
  'waitlisted',
  'rejected',
  'in_progress',
  'passed',
  'failed',
  'withdrawn',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
/** States that hold one of a cohort's places. */
export const SEAT_HOLDING_STATUSES = ['enrolled', 'in_progress', 'passed', 'failed'] as const satisfies readonly EnrolmentStatus[];

/** Cohort label: gestión, versión and paralelo, e.g. `2026 · V2 · A`. */
export const cohortLabel = (cohort: { gestion: number; edition: number; parallel: string }): string =>
  `${cohort.gestion} · V${cohort.edition} · ${cohort.parallel}`;

/** Enrolment is open on `today` (yyyy-mm-dd) when the cohort is scheduled and today is inside its window. */
export const isEnrolmentOpen = (
  cohort: { status: CohortStatus; enrolmentOpensOn: string; enrolmentClosesOn: string },
  today: string,
): boolean => cohort.status === 'scheduled' && cohort.enrolmentOpensOn <= today && today <= cohort.enrolmentClosesOn;

/** Half-open intervals [start, end) overlap. Works on ISO strings or epoch numbers alike. */
export const intervalsOverlap = <T extends string | number>(a: { start: T; end: T }, b: { start: T; end: T }): boolean =>
  a.start < b.end && b.start < a.end;
