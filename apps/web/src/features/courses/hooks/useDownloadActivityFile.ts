import { useMutation } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';

/** Hands a file to the browser as a download, without leaving the page. */
const saveFile = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

export const useDownloadActivityFile = () =>
  useMutation({
    mutationFn: async ({ id, name }: { id: string; name: string }) => saveFile(await coursesApi.downloadFile(id), name),
  });
