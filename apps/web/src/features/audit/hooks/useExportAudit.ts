import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditApi, auditKeys } from '../api/auditApi';
import type { AuditFilters } from '../api/types';

/** Fetches the filtered log as CSV; the export is itself a new entry, so the lists are refreshed. */
export const useExportAudit = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (filters: AuditFilters) => auditApi.exportCsv(filters),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditKeys.all }),
  });
};
