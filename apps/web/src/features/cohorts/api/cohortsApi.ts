import { api, call } from '../../../app/http';
import type {
  CalendarSessionDto, CohortCourse, CohortDto, CohortSessionSeriesResultDto, CohortSummaryDto, CreateCohortRequest, CreateSessionRequest,
  CreateSessionSeriesRequest, FacilitatorOption, SavedCohortDto, SavedCohortSessionDto, UpdateCohortRequest, UpdateSessionRequest,
} from './types';

export interface CalendarRange {
  from: string;
  to: string;
  mine?: boolean;
}

export const cohortKeys = {
  all: ['cohorts'] as const,
  course: (courseId: string) => ['cohorts', 'course', courseId] as const,
  detail: (id: string) => ['cohorts', 'detail', id] as const,
  calendar: (range: CalendarRange) => ['cohorts', 'calendar', range] as const,
  facilitators: ['cohorts', 'facilitators'] as const,
  courseInfo: (courseId: string) => ['cohorts', 'course-info', courseId] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export const cohortsApi = {
  listForCourse: (courseId: string) =>
    call<CohortSummaryDto[]>(() => api.GET('/api/courses/{courseId}/cohorts', { params: { path: { courseId } } })),
  get: (id: string) => call<CohortDto>(() => api.GET('/api/cohorts/{id}', byId(id))),
  create: (courseId: string, body: CreateCohortRequest) =>
    call<SavedCohortDto>(() => api.POST('/api/courses/{courseId}/cohorts', { params: { path: { courseId } }, body })),
  update: (id: string, body: UpdateCohortRequest) => call<SavedCohortDto>(() => api.PATCH('/api/cohorts/{id}', { ...byId(id), body })),
  cancel: (id: string) => call<CohortDto>(() => api.POST('/api/cohorts/{id}/cancel', byId(id))),
  close: (id: string) => call<CohortDto>(() => api.POST('/api/cohorts/{id}/close', byId(id))),
  addSession: (cohortId: string, body: CreateSessionRequest) =>
    call<SavedCohortSessionDto>(() => api.POST('/api/cohorts/{id}/sessions', { ...byId(cohortId), body })),
  addSeries: (cohortId: string, body: CreateSessionSeriesRequest) =>
    call<CohortSessionSeriesResultDto>(() => api.POST('/api/cohorts/{id}/sessions/bulk', { ...byId(cohortId), body })),
  updateSession: (id: string, body: UpdateSessionRequest) =>
    call<SavedCohortSessionDto>(() => api.PATCH('/api/cohort-sessions/{id}', { ...byId(id), body })),
  deleteSession: (id: string) => call<void>(() => api.DELETE('/api/cohort-sessions/{id}', byId(id))),
  calendar: (range: CalendarRange) =>
    call<CalendarSessionDto[]>(() => api.GET('/api/calendar/sessions', { params: { query: range } })),
  /** Active people with the facilitator role (the form's choices), at most 100. */
  facilitators: async (): Promise<FacilitatorOption[]> => {
    const page = await call(() =>
      api.GET('/api/users', { params: { query: { role: 'facilitator', active: true, page: 1, pageSize: 100 } } }),
    );
    return page.items.map(({ id, fullName }) => ({ id, fullName }));
  },
  course: async (courseId: string): Promise<CohortCourse> => {
    const course = await call(() => api.GET('/api/courses/{id}', byId(courseId)));
    return { id: course.id, code: course.code, title: course.title, modality: course.modality, status: course.status };
  },
};

/** The address calendar apps subscribe to (no token: only for published courses). */
export const cohortFeedUrl = (cohortId: string): string =>
  `${window.location.origin}/api/public/cohorts/${cohortId}/calendar.ics`;

/** The viewer's sessions of a range as an iCalendar file (needs the session's token, hence not a plain link). */
export const downloadCalendarIcs = async (range: CalendarRange): Promise<Blob> => {
  const text = await call(() => api.GET('/api/calendar/sessions.ics', { params: { query: range }, parseAs: 'text' }));
  return new Blob([text], { type: 'text/calendar;charset=utf-8' });
};
