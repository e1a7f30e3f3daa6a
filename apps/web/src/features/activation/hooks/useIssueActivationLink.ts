import { useMutation } from '@tanstack/react-query';
import { activationApi } from '../api/activationApi';

/** A new link for one person; the API invalidates the earlier unused ones. */
export const useIssueActivationLink = () => useMutation({ mutationFn: activationApi.issueLink });
