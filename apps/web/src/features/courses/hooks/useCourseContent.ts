import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { courseKeys, coursesApi } from '../api/coursesApi';

/** A version of the course's content (the latest when `versionId` is not given). */
export const useCourseContent = (courseId: string, versionId?: string) =>
  useQuery({
    queryKey: courseKeys.content(courseId, versionId),
    queryFn: () => coursesApi.content(courseId, versionId),
    placeholderData: keepPreviousData,
  });
