import { api, call } from '../../../app/http';
import type { AuditFilters, AuditPageDto } from './types';

export const auditKeys = {
  all: ['audit'] as const,
  lists: ['audit', 'list'] as const,
  list: (filters: AuditFilters, page: number, pageSize: number) =>
    ['audit', 'list', filters, page, pageSize] as const,
  actions: ['audit', 'actions'] as const,
  entityTypes: ['audit', 'entity-types'] as const,
};

export const auditApi = {
  list: (filters: AuditFilters, page: number, pageSize: number) =>
    call<AuditPageDto>(() =>
      api.GET('/api/audit', { params: { query: { ...filters, page, pageSize } } }),
    ),
  actions: () => call<string[]>(() => api.GET('/api/audit/actions')),
  entityTypes: () => call<string[]>(() => api.GET('/api/audit/entity-types')),
  /** The filtered log as CSV (the download needs the session's token, hence not a plain link). */
  exportCsv: (filters: AuditFilters) =>
    call<Blob>(() => api.GET('/api/audit.csv', { params: { query: filters }, parseAs: 'blob' })),
};
