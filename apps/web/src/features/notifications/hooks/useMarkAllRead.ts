import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationKeys, notificationsApi } from '../api/notificationsApi';

export const useMarkAllRead = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: notificationsApi.readAll, onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }) });
};
