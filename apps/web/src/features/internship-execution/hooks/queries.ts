import { useQuery } from '@tanstack/react-query';
import { executionApi, executionKeys } from '../api/executionApi';

/** The intern's own placements. */
export const useMyPlacements = () => useQuery({ queryKey: executionKeys.mine, queryFn: executionApi.mine });
/** A tutor's interns (coordination: all). */
export const useTutorInterns = () => useQuery({ queryKey: executionKeys.interns, queryFn: executionApi.interns });
/** One placement's execution: work plan, logbook, report, evaluation. */
export const usePlacementExecution = (placementId: string | undefined) =>
  useQuery({ queryKey: executionKeys.detail(placementId ?? ''), queryFn: () => executionApi.get(placementId ?? ''), enabled: Boolean(placementId) });
