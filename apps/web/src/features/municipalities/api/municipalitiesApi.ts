import type { Schemas } from '@campus/api-client';
import type { Department, MunicipalityKind } from '@campus/domain';
import { api, call } from '../../../app/http';
import type { AgreementDto, MunicipalityDto } from '../../../app/dto';

export interface MunicipalityFilters {
  search?: string;
  department?: Department;
  kind?: MunicipalityKind;
  country?: string;
}

export type MunicipalityRequest = Schemas['CreateMunicipalityDto'];
export type AgreementRequest = Schemas['CreateAgreementDto'];

export const municipalityKeys = {
  all: ['municipalities'] as const,
  list: (filters: MunicipalityFilters) => ['municipalities', 'list', filters] as const,
  agreements: (municipalityId: string) => ['municipalities', 'agreements', municipalityId] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

// The API answers the writes below with the saved record (its OpenAPI document does not declare
// those bodies yet, hence the explicit types).
export const municipalitiesApi = {
  list: (query: MunicipalityFilters) =>
    call<MunicipalityDto[]>(() => api.GET('/api/municipalities', { params: { query } })),
  get: (id: string) => call<MunicipalityDto>(() => api.GET('/api/municipalities/{id}', byId(id))),
  create: (body: MunicipalityRequest) => call<MunicipalityDto>(() => api.POST('/api/municipalities', { body })),
  update: (id: string, body: Schemas['UpdateMunicipalityDto']) =>
    call<MunicipalityDto>(() => api.PATCH('/api/municipalities/{id}', { ...byId(id), body })),
  agreements: (municipalityId: string) =>
    call<AgreementDto[]>(() => api.GET('/api/municipalities/{id}/agreements', byId(municipalityId))),
  createAgreement: (municipalityId: string, body: AgreementRequest) =>
    call<AgreementDto>(() => api.POST('/api/municipalities/{id}/agreements', { ...byId(municipalityId), body })),
  updateAgreement: (agreementId: string, body: Schemas['UpdateAgreementDto']) =>
    call<AgreementDto>(() => api.PATCH('/api/agreements/{id}', { ...byId(agreementId), body })),
  deleteAgreement: (agreementId: string) => call<void>(() => api.DELETE('/api/agreements/{id}', byId(agreementId))),
};
