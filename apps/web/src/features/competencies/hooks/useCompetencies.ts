import { useQuery } from '@tanstack/react-query';
import { competenciesApi, competencyKeys } from '../api/competenciesApi';

/**
 * The whole framework in tree order (areas, their sub-areas, their competencies). With
 * `includeRetired` the retired items come too, so a screen can show or hide them without asking
 * again. It changes rarely: cached for five minutes.
 */
export const useCompetencies = ({ includeRetired = false }: { includeRetired?: boolean } = {}) =>
  useQuery({
    queryKey: competencyKeys.list(includeRetired),
    queryFn: () => competenciesApi.list(includeRetired),
    staleTime: 5 * 60_000,
  });
