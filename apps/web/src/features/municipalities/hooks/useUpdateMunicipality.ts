import { useMutation, useQueryClient } from '@tanstack/react-query';
import { municipalitiesApi, municipalityKeys } from '../api/municipalitiesApi';
import type { MunicipalityRequest } from '../api/municipalitiesApi';

export const useUpdateMunicipality = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: Partial<MunicipalityRequest> }) =>
      municipalitiesApi.update(id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalityKeys.all }),
  });
};
