import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../app/http';
import { certificateKeys, certificatesApi } from '../api/certificatesApi';

/** The public view of a certificate by its code (no login). A 404 is an answer, not a failure to retry. */
export const usePublicCertificate = (code: string) =>
  useQuery({
    queryKey: certificateKeys.public(code),
    queryFn: () => certificatesApi.verify(code),
    enabled: code !== '',
    retry: (count, error) => !(isApiError(error) && (error.status === 404 || error.status === 429)) && count < 2,
  });
