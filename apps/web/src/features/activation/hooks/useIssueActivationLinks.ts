import { useMutation } from '@tanstack/react-query';
import { activationApi } from '../api/activationApi';
import type { ActivationLinksRequest } from '../api/activationApi';

/** Fresh links for every account pending activation, as the CSV file the API returns. */
export const useIssueActivationLinks = () =>
  useMutation({ mutationFn: (body: ActivationLinksRequest = {}) => activationApi.issueLinksFile(body) });
