import { useQuery } from '@tanstack/react-query';
import { auditApi, auditKeys } from '../api/auditApi';

/** The actions found in the log, for the "Acción" list. */
export const useAuditActions = () =>
  useQuery({ queryKey: auditKeys.actions, queryFn: auditApi.actions, staleTime: 60_000 });
