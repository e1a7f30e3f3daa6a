import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { enrolmentKeys, enrolmentsApi } from '../api/enrolmentsApi';
import type { EnrolmentFilters } from '../api/enrolmentsApi';

/** The queue (scoped by the API to what the viewer may see). */
export const useEnrolments = (filters: EnrolmentFilters) =>
  useQuery({ queryKey: enrolmentKeys.list(filters), queryFn: () => enrolmentsApi.list(filters), placeholderData: keepPreviousData });
