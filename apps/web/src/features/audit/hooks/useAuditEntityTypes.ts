import { useQuery } from '@tanstack/react-query';
import { auditApi, auditKeys } from '../api/auditApi';

/** The record types found in the log, for the "Tipo de registro" list. */
export const useAuditEntityTypes = () =>
  useQuery({ queryKey: auditKeys.entityTypes, queryFn: auditApi.entityTypes, staleTime: 60_000 });
