import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { catalogueApi, catalogueKeys } from '../api/catalogueApi';
import type { CatalogueFilters } from '../api/catalogueApi';

/** One page of catalogue results; the previous page stays on screen while the next one loads. */
export const useCatalogueSearch = (filters: CatalogueFilters) =>
  useQuery({
    queryKey: catalogueKeys.search(filters),
    queryFn: () => catalogueApi.search(filters),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
