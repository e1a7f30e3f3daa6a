import { useQuery } from '@tanstack/react-query';
import { courseKeys, coursesApi } from '../api/coursesApi';

/** Courses that may be required before another: published or archived ones (the first 100 of each, by title). */
export const usePrerequisiteOptions = () =>
  useQuery({
    queryKey: [...courseKeys.lists, 'prerequisite-options'],
    queryFn: async () => {
      const [published, archived] = await Promise.all([
        coursesApi.list({ status: 'published', page: 1, pageSize: 100 }),
        coursesApi.list({ status: 'archived', page: 1, pageSize: 100 }),
      ]);
      return [...published.items, ...archived.items].sort((a, b) => a.title.localeCompare(b.title, 'es'));
    },
    staleTime: 60_000,
  });
