import { useMutation } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import { saveFile } from '../../../shared/download';

export const useDownloadActivityFile = () =>
  useMutation({
    mutationFn: async ({ id, name }: { id: string; name: string }) => saveFile(await coursesApi.downloadFile(id), name),
  });
