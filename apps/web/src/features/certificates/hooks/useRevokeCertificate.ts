import { useMutation, useQueryClient } from '@tanstack/react-query';
import { certificateKeys, certificatesApi } from '../api/certificatesApi';

export const useRevokeCertificate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => certificatesApi.revoke(id, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.all }),
  });
};
