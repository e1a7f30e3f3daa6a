import { api, call } from '../../../app/http';
import type {
  EvaluateRequest, FinalReportRequest, LogbookEntry, LogbookEntryInput, PlacementExecution, PlacementExecutionSummary, SaveWorkPlanRequest,
} from './types';

export const executionKeys = {
  all: ['internship-execution'] as const,
  mine: ['internship-execution', 'mine'] as const,
  interns: ['internship-execution', 'interns'] as const,
  detail: (placementId: string) => ['internship-execution', 'detail', placementId] as const,
};

const placement = (placementId: string) => ({ params: { path: { placementId } } });
const entry = (id: string) => ({ params: { path: { id } } });

export const executionApi = {
  mine: () => call<PlacementExecutionSummary[]>(() => api.GET('/api/internships/execution/mine')),
  interns: () => call<PlacementExecutionSummary[]>(() => api.GET('/api/internships/execution/interns')),
  get: (placementId: string) => call<PlacementExecution>(() => api.GET('/api/internships/execution/{placementId}', placement(placementId))),
  saveWorkPlan: (placementId: string, body: SaveWorkPlanRequest) =>
    call<PlacementExecution>(() => api.PUT('/api/internships/execution/{placementId}/work-plan', { ...placement(placementId), body })),
  addEntry: (placementId: string, body: LogbookEntryInput) =>
    call<LogbookEntry>(() => api.POST('/api/internships/execution/{placementId}/logbook', { ...placement(placementId), body })),
  updateEntry: (id: string, body: LogbookEntryInput) => call<LogbookEntry>(() => api.PATCH('/api/internships/logbook-entries/{id}', { ...entry(id), body })),
  validateEntry: (id: string) => call<LogbookEntry>(() => api.POST('/api/internships/logbook-entries/{id}/validate', entry(id))),
  returnEntry: (id: string, comment: string) =>
    call<LogbookEntry>(() => api.POST('/api/internships/logbook-entries/{id}/return', { ...entry(id), body: { comment } })),
  submitReport: (placementId: string, body: FinalReportRequest) =>
    call<PlacementExecution>(() => api.POST('/api/internships/execution/{placementId}/final-report', { ...placement(placementId), body })),
  evaluate: (placementId: string, body: EvaluateRequest) =>
    call<PlacementExecution>(() => api.POST('/api/internships/execution/{placementId}/evaluation', { ...placement(placementId), body })),
};
