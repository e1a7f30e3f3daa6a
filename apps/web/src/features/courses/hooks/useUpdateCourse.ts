import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import type { UpdateCourseRequest } from '../api/types';
import { storeCourse } from './cache';

export const useUpdateCourse = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateCourseRequest }) => coursesApi.update(id, changes),
    onSuccess: (course) => storeCourse(queryClient, course),
  });
};
