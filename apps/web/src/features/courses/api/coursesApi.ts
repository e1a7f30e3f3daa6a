import type { CourseStatus } from '@campus/domain';
import { api, call } from '../../../app/http';
import type {
  CourseActivityDto, CourseContentDto, CourseDto, CourseModuleDto, CoursePageDto, CreateActivityRequest, CreateCourseRequest,
  CreateModuleRequest, FrameworkItemDto, QuestionRequest, UpdateActivityRequest, UpdateCourseRequest, UpdateModuleRequest,
} from './types';

export interface CourseFilters {
  search?: string;
  status?: CourseStatus;
  areaId?: string;
  page: number;
  pageSize: number;
}

export const courseKeys = {
  all: ['courses'] as const,
  lists: ['courses', 'list'] as const,
  list: (filters: CourseFilters) => ['courses', 'list', filters] as const,
  detail: (id: string) => ['courses', 'detail', id] as const,
  content: (id: string, versionId?: string) => ['courses', 'content', id, versionId ?? 'latest'] as const,
  contents: (id: string) => ['courses', 'content', id] as const,
  framework: ['courses', 'framework'] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });
const byModule = (moduleId: string) => ({ params: { path: { moduleId } } });

export const coursesApi = {
  list: (query: CourseFilters) => call<CoursePageDto>(() => api.GET('/api/courses', { params: { query } })),
  get: (id: string) => call<CourseDto>(() => api.GET('/api/courses/{id}', byId(id))),
  create: (body: CreateCourseRequest) => call<CourseDto>(() => api.POST('/api/courses', { body })),
  update: (id: string, body: UpdateCourseRequest) => call<CourseDto>(() => api.PATCH('/api/courses/{id}', { ...byId(id), body })),
  publish: (id: string) => call<CourseDto>(() => api.POST('/api/courses/{id}/publish', byId(id))),
  archive: (id: string) => call<CourseDto>(() => api.POST('/api/courses/{id}/archive', byId(id))),
  /** The competency framework as a flat list in tree order (areas, sub-areas, competencies). */
  framework: () => call<FrameworkItemDto[]>(() => api.GET('/api/competencies', { params: { query: { includeRetired: false } } })),

  content: (id: string, versionId?: string) =>
    call<CourseContentDto>(() => api.GET('/api/courses/{id}/content', { params: { path: { id }, query: versionId ? { versionId } : {} } })),
  createVersion: (id: string) => call<CourseContentDto>(() => api.POST('/api/courses/{id}/versions', byId(id))),
  createModule: (courseId: string, body: CreateModuleRequest) =>
    call<CourseModuleDto>(() => api.POST('/api/courses/{id}/modules', { ...byId(courseId), body })),
  reorderModules: (courseId: string, moduleIds: string[]) =>
    call<CourseContentDto>(() => api.PUT('/api/courses/{id}/modules/order', { ...byId(courseId), body: { moduleIds } })),
  updateModule: (moduleId: string, body: UpdateModuleRequest) =>
    call<CourseModuleDto>(() => api.PATCH('/api/course-modules/{moduleId}', { ...byModule(moduleId), body })),
  deleteModule: (moduleId: string) => call<void>(() => api.DELETE('/api/course-modules/{moduleId}', byModule(moduleId))),
  createActivity: (moduleId: string, body: CreateActivityRequest) =>
    call<CourseActivityDto>(() => api.POST('/api/course-modules/{moduleId}/activities', { ...byModule(moduleId), body })),
  reorderActivities: (moduleId: string, activityIds: string[]) =>
    call<CourseModuleDto>(() => api.PUT('/api/course-modules/{moduleId}/activities/order', { ...byModule(moduleId), body: { activityIds } })),
  updateActivity: (id: string, body: UpdateActivityRequest) =>
    call<CourseActivityDto>(() => api.PATCH('/api/course-activities/{id}', { ...byId(id), body })),
  deleteActivity: (id: string) => call<void>(() => api.DELETE('/api/course-activities/{id}', byId(id))),
  replaceQuestions: (id: string, questions: QuestionRequest[]) =>
    call<CourseActivityDto>(() => api.PUT('/api/course-activities/{id}/questions', { ...byId(id), body: { questions } })),
  /** The activity's file as it was uploaded (the API sends it with the session's token, so not a plain link). */
  downloadFile: (id: string) => call<Blob>(() => api.GET('/api/course-activities/{id}/file', { ...byId(id), parseAs: 'blob' })),
  uploadFile: (id: string, file: File) =>
    call<CourseActivityDto>(() => {
      // A fresh FormData per attempt; openapi-fetch sends FormData as multipart untouched.
      const body = new FormData();
      body.append('file', file);
      return api.PUT('/api/course-activities/{id}/file', { ...byId(id), body: body as unknown as { file: string } });
    }),
};
