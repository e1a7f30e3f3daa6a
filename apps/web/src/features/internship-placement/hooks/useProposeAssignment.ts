import { useMutation } from '@tanstack/react-query';
import { placementsApi } from '../api/placementsApi';

/** Runs the one-click proposal (nothing is saved until it is confirmed). */
export const useProposeAssignment = (callId: string) => useMutation({ mutationFn: () => placementsApi.propose(callId) });
