import { useQuery } from '@tanstack/react-query';
import { teachingApi, teachingKeys } from '../api/teachingApi';

/** "Mis cohortes": the cohorts the viewer teaches or, for coordinators, the current ones. */
export const useTeachingCohorts = (options: { onlyMine: boolean; includePast: boolean }) =>
  useQuery({ queryKey: teachingKeys.cohorts(options), queryFn: () => teachingApi.cohorts(options) });
