import { useQuery } from '@tanstack/react-query';
import { certificateKeys, certificatesApi } from '../api/certificatesApi';

export const useMyCertificates = () => useQuery({ queryKey: certificateKeys.mine, queryFn: certificatesApi.mine });
