/** Shapes of the audit API's JSON, from the types generated out of its OpenAPI document. */
import type { Schemas } from '@campus/api-client';

export type AuditEntryDto = Schemas['AuditEntryDto'];
export type AuditPageDto = Schemas['AuditPageDto'];

/** The filters of the viewer and of the CSV export (blank ones left out). */
export interface AuditFilters {
  from?: string;
  to?: string;
  actorId?: string;
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  requestId?: string;
}
