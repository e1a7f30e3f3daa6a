import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationKeys, notificationsApi } from '../api/notificationsApi';

export const useMarkRead = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: notificationsApi.read, onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }) });
};
