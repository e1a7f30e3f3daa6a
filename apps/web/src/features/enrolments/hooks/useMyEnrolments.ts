import { useQuery } from '@tanstack/react-query';
import { enrolmentKeys, enrolmentsApi } from '../api/enrolmentsApi';

/** The participant's own enrolments (for the catalogue's buttons). */
export const useMyEnrolments = (enabled = true) => useQuery({ queryKey: enrolmentKeys.mine, queryFn: enrolmentsApi.mine, enabled });
