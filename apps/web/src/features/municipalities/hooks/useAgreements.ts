import { useQuery } from '@tanstack/react-query';
import { municipalitiesApi, municipalityKeys } from '../api/municipalitiesApi';

export const useAgreements = (municipalityId: string) =>
  useQuery({
    queryKey: municipalityKeys.agreements(municipalityId),
    queryFn: () => municipalitiesApi.agreements(municipalityId),
  });
