import { api, call } from '../../../app/http';
import type {
  ConfirmPlacementsRequest, ConfirmResult, CreateFollowUpRequest, FollowUpBoardFilters, FollowUpDetail, FollowUpPlacement, InternshipReport, ProposalDto,
  ReportFormat, SelectionApplication, SelectionDto,
} from './types';

export const placementKeys = {
  calls: ['internship-placement', 'calls'] as const,
  selection: (callId: string) => ['internship-placement', 'selection', callId] as const,
  board: (callId: string, filters: FollowUpBoardFilters) => ['internship-placement', 'board', callId, filters] as const,
  mine: ['internship-placement', 'follow-ups', 'mine'] as const,
  followUp: (placementId: string) => ['internship-placement', 'follow-up', placementId] as const,
  report: (callId: string) => ['internship-placement', 'report', callId] as const,
};

const byCall = (callId: string) => ({ params: { path: { callId } } });

export const placementsApi = {
  calls: () => call<{ id: string; title: string; gestion: number }[]>(() => api.GET('/api/internship-calls')),
  selection: (callId: string) => call<SelectionDto>(() => api.GET('/api/internship-calls/{callId}/selection', byCall(callId))),
  setPriority: (id: string, priority: number) =>
    call<SelectionApplication>(() => api.PUT('/api/internship-applications/{id}/priority', { params: { path: { id } }, body: { priority } })),
  propose: (callId: string) => call<ProposalDto>(() => api.POST('/api/internship-calls/{callId}/proposal', byCall(callId))),
  confirm: (callId: string, body: ConfirmPlacementsRequest) =>
    call<ConfirmResult>(() => api.POST('/api/internship-calls/{callId}/placements', { ...byCall(callId), body })),
  board: (callId: string, filters: FollowUpBoardFilters) =>
    call<FollowUpPlacement[]>(() => api.GET('/api/internship-calls/{callId}/follow-ups', { params: { path: { callId }, query: filters } })),
  mine: () => call<FollowUpPlacement[]>(() => api.GET('/api/internship-follow-ups')),
  followUp: (id: string) => call<FollowUpDetail>(() => api.GET('/api/placements/{id}/follow-ups', { params: { path: { id } } })),
  recordFollowUp: (id: string, body: CreateFollowUpRequest) =>
    call<FollowUpDetail>(() => api.POST('/api/placements/{id}/follow-ups', { params: { path: { id } }, body })),
  report: (id: string) => call<InternshipReport>(() => api.GET('/api/internship-calls/{id}/report', { params: { path: { id } } })),
  exportReport: (id: string, format: ReportFormat) =>
    call<Blob>(() =>
      format === 'csv'
        ? api.GET('/api/internship-calls/{id}/report.csv', { params: { path: { id } }, parseAs: 'blob' })
        : api.GET('/api/internship-calls/{id}/report.xlsx', { params: { path: { id } }, parseAs: 'blob' }),
    ),
};
