import { useMutation } from '@tanstack/react-query';
import { saveFile } from '../../../shared/download';
import { certificateFilesApi } from '../api/certificateFilesApi';

/** Fetches a cohort's certificates as one ZIP (one PDF each) and hands it to the browser. */
export const useDownloadCohortCertificatesZip = (cohortId: string) =>
  useMutation({
    mutationFn: (fileName: string) => certificateFilesApi.cohortZip(cohortId).then((blob) => ({ blob, fileName })),
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
  });
