import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { municipalitiesApi, municipalityKeys } from '../api/municipalitiesApi';
import type { MunicipalityFilters } from '../api/municipalitiesApi';

export const useMunicipalities = (filters: MunicipalityFilters = {}) =>
  useQuery({
    queryKey: municipalityKeys.list(filters),
    queryFn: () => municipalitiesApi.list(filters),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
