import { useMutation } from '@tanstack/react-query';
import { saveFile } from '../../../shared/download';
import { credentialsApi } from '../api/credentialsApi';

/** Downloads a certificate's Open Badges credential as `<serial>.json`. */
export const useDownloadCredential = () =>
  useMutation({
    mutationFn: async ({ id, serial }: { id: string; serial: string }) => saveFile(await credentialsApi.download(id), `${serial}.json`),
  });
