import { useMutation, useQueryClient } from '@tanstack/react-query';
import { municipalitiesApi, municipalityKeys } from '../api/municipalitiesApi';

export const useCreateMunicipality = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: municipalitiesApi.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalityKeys.all }),
  });
};
