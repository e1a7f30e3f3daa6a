import type { Schemas } from '@campus/api-client';
import { api, call } from '../../../app/http';

export type InternshipCallDto = Schemas['InternshipCallDto'];
export type HostUnitDto = Schemas['HostUnitDto'];
export type CallRequest = Schemas['CreateInternshipCallDto'];
export type HostUnitRequest = Schemas['HostUnitInputDto'];
export type TutorOption = Schemas['TutorOptionDto'];
export type InternshipApplicationDto = Schemas['InternshipApplicationDto'];
export type ApplicationQuery = { callId?: string; endorsement?: InternshipApplicationDto['endorsement'] };

export const callKeys = {
  calls: ['internship-calls'] as const,
  call: (id: string) => ['internship-calls', 'call', id] as const,
  tutors: ['internship-calls', 'tutors'] as const,
  applications: (query: ApplicationQuery) => ['internship-applications', query] as const,
  allApplications: ['internship-applications'] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export const callsApi = {
  list: () => call<InternshipCallDto[]>(() => api.GET('/api/internship-calls')),
  get: (id: string) => call<InternshipCallDto>(() => api.GET('/api/internship-calls/{id}', byId(id))),
  tutors: () => call<TutorOption[]>(() => api.GET('/api/internship-tutors')),
  create: (body: CallRequest) => call<InternshipCallDto>(() => api.POST('/api/internship-calls', { body })),
  update: (id: string, body: CallRequest) => call<InternshipCallDto>(() => api.PATCH('/api/internship-calls/{id}', { ...byId(id), body })),
  publish: (id: string) => call<InternshipCallDto>(() => api.POST('/api/internship-calls/{id}/publish', byId(id))),
  close: (id: string) => call<InternshipCallDto>(() => api.POST('/api/internship-calls/{id}/close', byId(id))),
  applications: (query: ApplicationQuery) =>
    call<InternshipApplicationDto[]>(() => api.GET('/api/internship-applications', { params: { query } })),
  apply: (callId: string, body: { motivation: string; preferences: string[] }) =>
    call<InternshipApplicationDto>(() => api.POST('/api/internship-calls/{id}/applications', { ...byId(callId), body })),
  updateApplication: (id: string, body: { motivation?: string; preferences?: string[] }) =>
    call<InternshipApplicationDto>(() => api.PATCH('/api/internship-applications/{id}', { ...byId(id), body })),
  withdraw: (id: string) => call<InternshipApplicationDto>(() => api.POST('/api/internship-applications/{id}/withdraw', byId(id))),
  uploadLetter: (id: string, file: File) =>
    call<InternshipApplicationDto>(() => {
      const body = new FormData();
      body.append('letter', file);
      return api.PUT('/api/internship-applications/{id}/letter', { ...byId(id), body: body as unknown as { letter: string } });
    }),
  downloadLetter: (id: string) => call<Blob>(() => api.GET('/api/internship-applications/{id}/letter', { ...byId(id), parseAs: 'blob' })),
  endorse: (id: string) => call<InternshipApplicationDto>(() => api.POST('/api/internship-applications/{id}/endorse', byId(id))),
  decline: (id: string, reason: string) =>
    call<InternshipApplicationDto>(() => api.POST('/api/internship-applications/{id}/decline', { ...byId(id), body: { reason } })),
};
