import { useMutation, useQuery } from '@tanstack/react-query';
import { placementKeys, placementsApi } from '../api/placementsApi';
import type { ReportFormat } from '../api/types';

export const useInternshipReport = (callId: string) => useQuery({ queryKey: placementKeys.report(callId), queryFn: () => placementsApi.report(callId) });

/** Fetches the report file on demand (CSV or Excel). */
export const useExportInternshipReport = (callId: string) => useMutation({ mutationFn: (format: ReportFormat) => placementsApi.exportReport(callId, format) });
