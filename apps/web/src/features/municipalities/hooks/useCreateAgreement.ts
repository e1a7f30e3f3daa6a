import { useMutation, useQueryClient } from '@tanstack/react-query';
import { municipalitiesApi, municipalityKeys } from '../api/municipalitiesApi';
import type { AgreementRequest } from '../api/municipalitiesApi';

/** Creating an agreement may change the municipality's "agreement in force" flag: refresh both. */
export const useCreateAgreement = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ municipalityId, agreement }: { municipalityId: string; agreement: AgreementRequest }) =>
      municipalitiesApi.createAgreement(municipalityId, agreement),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: municipalityKeys.all }),
  });
};
