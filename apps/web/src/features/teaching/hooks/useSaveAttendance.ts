import { useMutation, useQueryClient } from '@tanstack/react-query';
import { teachingApi, teachingKeys } from '../api/teachingApi';
import type { SaveAttendanceRequest } from '../api/types';

/** Saves a session's attendance; the answer is the saved list. Rosters and "Mis cohortes" may have changed. */
export const useSaveAttendance = (cohortId: string, sessionId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveAttendanceRequest) => teachingApi.saveAttendance(cohortId, sessionId, body),
    onSuccess: async (sheet) => {
      queryClient.setQueryData(teachingKeys.attendance(cohortId, sessionId), sheet);
      await queryClient.invalidateQueries({ queryKey: ['teaching', 'roster', cohortId] });
    },
  });
};
