import { useQuery } from '@tanstack/react-query';
import { notificationKeys, notificationsApi } from '../api/notificationsApi';

/** The header's counter: refreshed every minute and when the window regains focus. */
export const useUnreadCount = () =>
  useQuery({ queryKey: notificationKeys.unread, queryFn: notificationsApi.unreadCount, refetchInterval: 60_000 });
