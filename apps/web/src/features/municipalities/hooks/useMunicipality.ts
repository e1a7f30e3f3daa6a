import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { MunicipalityDto } from '../../../app/dto';
import { municipalitiesApi, municipalityKeys } from '../api/municipalitiesApi';

/** One municipality; starts from the copy in an already loaded list, if any. */
export const useMunicipality = (id: string) => {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...municipalityKeys.all, 'detail', id],
    queryFn: () => municipalitiesApi.get(id),
    initialData: () =>
      queryClient
        .getQueriesData<MunicipalityDto[]>({ queryKey: [...municipalityKeys.all, 'list'] })
        .flatMap(([, list]) => list ?? [])
        .find((municipality) => municipality.id === id),
    initialDataUpdatedAt: 0,
  });
};
