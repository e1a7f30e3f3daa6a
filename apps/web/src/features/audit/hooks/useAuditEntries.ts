import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditApi, auditKeys } from '../api/auditApi';
import type { AuditFilters } from '../api/types';

/** One page of the audit log, newest first, with the filters applied. */
export const useAuditEntries = (filters: AuditFilters, page: number, pageSize: number) =>
  useQuery({
    queryKey: auditKeys.list(filters, page, pageSize),
    queryFn: () => auditApi.list(filters, page, pageSize),
    placeholderData: keepPreviousData,
  });
