import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enrolmentsApi } from '../api/enrolmentsApi';
import { refreshEnrolments } from './cache';

/** Validates (dryRun) or enrols from a CSV file. */
export const useImportEnrolments = (cohortId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => enrolmentsApi.importCsv(cohortId, file, dryRun),
    onSuccess: (result) => (result.dryRun ? undefined : refreshEnrolments(queryClient)),
  });
};
