import type { QueryClient } from '@tanstack/react-query';
import { courseKeys } from '../api/coursesApi';
import type { CourseDto } from '../api/types';

/** After a write: the course's detail is the answer, every list may have changed. */
export const storeCourse = (queryClient: QueryClient, course: CourseDto): Promise<void> => {
  queryClient.setQueryData(courseKeys.detail(course.id), course);
  return queryClient.invalidateQueries({ queryKey: courseKeys.lists });
};

/** After a content write: every loaded version of the course's content, and its details (version lock, status). */
export const refreshContent = (queryClient: QueryClient, courseId: string): Promise<unknown> =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: courseKeys.contents(courseId) }),
    queryClient.invalidateQueries({ queryKey: courseKeys.detail(courseId) }),
  ]);
