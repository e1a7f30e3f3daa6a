import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import { storeCourse } from './cache';

/** Publishes a course; a 422 lists what its content still misses. */
export const usePublishCourse = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => coursesApi.publish(id),
    onSuccess: (course) => storeCourse(queryClient, course),
  });
};
