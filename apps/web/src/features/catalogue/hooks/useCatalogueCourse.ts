import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../app/http';
import { catalogueApi, catalogueKeys } from '../api/catalogueApi';

/** A course of the catalogue with everything needed to decide; a 404 is final (not retried). */
export const useCatalogueCourse = (id: string) =>
  useQuery({
    queryKey: catalogueKeys.course(id),
    queryFn: () => catalogueApi.get(id),
    staleTime: 60_000,
    retry: (failures, error) => !(isApiError(error) && error.status < 500) && failures < 2,
  });
