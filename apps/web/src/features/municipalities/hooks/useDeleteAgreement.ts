import { useMutation, useQueryClient } from '@tanstack/react-query';
import { municipalitiesApi, municipalityKeys } from '../api/municipalitiesApi';

export const useDeleteAgreement = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agreementId: string) => municipalitiesApi.deleteAgreement(agreementId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalityKeys.all }),
  });
};
