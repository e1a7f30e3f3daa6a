import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EnrolmentStatus } from '@campus/domain';
import { teachingApi, teachingKeys } from '../api/teachingApi';

/** A cohort's roster, optionally of one enrolment status. */
export const useRoster = (cohortId: string, status?: EnrolmentStatus) =>
  useQuery({ queryKey: teachingKeys.roster(cohortId, status), queryFn: () => teachingApi.roster(cohortId, status), placeholderData: keepPreviousData });
