import { useMutation } from '@tanstack/react-query';
import { activationApi } from '../api/activationApi';

export const useActivateAccount = () => useMutation({ mutationFn: activationApi.activate });
