import { useMutation } from '@tanstack/react-query';
import { saveFile } from '../../../shared/download';
import { certificateFilesApi, certificatePdfFileName } from '../api/certificateFilesApi';

/** Fetches one certificate's PDF on demand and hands it to the browser as `EGM-2026-000123.pdf`. */
export const useDownloadCertificatePdf = () =>
  useMutation({
    mutationFn: (certificate: { id: string; serial: string }) => certificateFilesApi.pdf(certificate.id),
    onSuccess: (blob, certificate) => saveFile(blob, certificatePdfFileName(certificate.serial)),
  });
