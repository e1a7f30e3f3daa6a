import { useMutation } from '@tanstack/react-query';
import { teachingApi } from '../api/teachingApi';
import type { RosterFormat } from '../api/types';

/** Fetches the roster file on demand (CSV or Excel). */
export const useExportRoster = (cohortId: string) =>
  useMutation({ mutationFn: (format: RosterFormat) => teachingApi.exportRoster(cohortId, format) });
