import { api, call } from '../../../app/http';
import type {
  ActivityContentDto, AttemptResultDto, CompetencyProfileDto, CompetencyRecordDto, CreateCompetencyRecordRequest, LearningEnrolmentDto,
  LearningOutlineDto, SavedProgressDto, SaveProgressRequest, SubmitAttemptRequest,
} from './types';

export const learningKeys = {
  all: ['learning'] as const,
  list: ['learning', 'list'] as const,
  outline: (enrolmentId: string) => ['learning', 'outline', enrolmentId] as const,
  activity: (enrolmentId: string, activityId: string) => ['learning', 'activity', enrolmentId, activityId] as const,
  myProfile: ['learning', 'profile', 'me'] as const,
  profile: (userId: string) => ['learning', 'profile', userId] as const,
};

const activityPath = (id: string, activityId: string) => ({ params: { path: { id, activityId } } });

export const learningApi = {
  list: () => call<LearningEnrolmentDto[]>(() => api.GET('/api/learning/enrolments')),
  outline: (id: string) => call<LearningOutlineDto>(() => api.GET('/api/learning/enrolments/{id}', { params: { path: { id } } })),
  activity: (id: string, activityId: string) =>
    call<ActivityContentDto>(() => api.GET('/api/learning/enrolments/{id}/activities/{activityId}', activityPath(id, activityId))),
  downloadFile: (id: string, activityId: string) =>
    call<Blob>(() => api.GET('/api/learning/enrolments/{id}/activities/{activityId}/file', { ...activityPath(id, activityId), parseAs: 'blob' })),
  saveProgress: (id: string, activityId: string, body: SaveProgressRequest) =>
    call<SavedProgressDto>(() => api.PUT('/api/learning/enrolments/{id}/activities/{activityId}/progress', { ...activityPath(id, activityId), body })),
  submitAttempt: (id: string, activityId: string, body: SubmitAttemptRequest) =>
    call<AttemptResultDto>(() => api.POST('/api/learning/enrolments/{id}/activities/{activityId}/attempts', { ...activityPath(id, activityId), body })),
  myProfile: () => call<CompetencyProfileDto>(() => api.GET('/api/competency-profile/me')),
  profile: (userId: string) => call<CompetencyProfileDto>(() => api.GET('/api/users/{userId}/competency-profile', { params: { path: { userId } } })),
  recognise: (userId: string, body: CreateCompetencyRecordRequest) =>
    call<CompetencyRecordDto>(() => api.POST('/api/users/{userId}/competency-records', { params: { path: { userId } }, body })),
};
