import { useMutation, useQueryClient } from '@tanstack/react-query';
import { teachingApi } from '../api/teachingApi';

/** Sets or removes the facilitator's grade of one enrolment; the roster is fetched again (status may change). */
export const useSaveGrade = (cohortId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ enrolmentId, grade }: { enrolmentId: string; grade: number | null }) => teachingApi.saveGrade(enrolmentId, grade),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['teaching', 'roster', cohortId] }),
  });
};
