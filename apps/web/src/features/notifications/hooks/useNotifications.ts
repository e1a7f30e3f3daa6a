import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { notificationKeys, notificationsApi } from '../api/notificationsApi';

export const useNotifications = (page: number) =>
  useQuery({ queryKey: notificationKeys.page(page), queryFn: () => notificationsApi.list(page), placeholderData: keepPreviousData });
