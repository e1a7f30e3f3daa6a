import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { municipalitiesApi, municipalityKeys } from '../api/municipalitiesApi';
import type { MunicipalityFilters } from '../api/municipalitiesApi';

/** `enabled: false` for a screen that may not need the list after all. */
export const useMunicipalities = (
  filters: MunicipalityFilters = {},
  { enabled = true }: { enabled?: boolean } = {},
) =>
  useQuery({
    enabled,
    queryKey: municipalityKeys.list(filters),
    queryFn: () => municipalitiesApi.list(filters),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
