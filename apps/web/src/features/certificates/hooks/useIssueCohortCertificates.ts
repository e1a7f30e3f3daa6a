import { useMutation } from '@tanstack/react-query';
import { certificatesApi } from '../api/certificatesApi';

/** Starts the background job that issues a cohort's earned certificates; follow it with useJob (shared/useJob). */
export const useIssueCohortCertificates = (cohortId: string) =>
  useMutation({ mutationFn: () => certificatesApi.issueCohort(cohortId) });
