import { useMutation, useQueryClient } from '@tanstack/react-query';
import { certificateKeys, certificatesApi } from '../api/certificatesApi';

export const useReissueCertificate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) => certificatesApi.reissue(id, note),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateKeys.all }),
  });
};
