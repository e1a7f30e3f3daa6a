import { useMutation, useQueryClient } from '@tanstack/react-query';
import { municipalitiesApi, municipalityKeys } from '../api/municipalitiesApi';
import type { AgreementRequest } from '../api/municipalitiesApi';

export const useUpdateAgreement = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: Partial<AgreementRequest> }) =>
      municipalitiesApi.updateAgreement(id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalityKeys.all }),
  });
};
