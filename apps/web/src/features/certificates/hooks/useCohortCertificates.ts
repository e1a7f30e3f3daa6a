import { useQuery } from '@tanstack/react-query';
import { certificateKeys, certificatesApi } from '../api/certificatesApi';

export const useCohortCertificates = (cohortId: string) =>
  useQuery({ queryKey: certificateKeys.cohort(cohortId), queryFn: () => certificatesApi.forCohort(cohortId) });
