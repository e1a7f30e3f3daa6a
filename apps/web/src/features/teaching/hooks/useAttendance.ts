import { useQuery } from '@tanstack/react-query';
import { teachingApi, teachingKeys } from '../api/teachingApi';

/** The attendance list of one session (nothing is asked until a session is chosen). */
export const useAttendance = (cohortId: string, sessionId: string | null) =>
  useQuery({
    queryKey: teachingKeys.attendance(cohortId, sessionId ?? ''),
    queryFn: () => teachingApi.attendance(cohortId, sessionId ?? ''),
    enabled: Boolean(sessionId),
  });
