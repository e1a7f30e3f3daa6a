import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { notificationKeys, notificationsApi } from '../api/notificationsApi';
import type { OutboxStatus } from '../api/notificationsApi';

export const useOutbox = (status: OutboxStatus | undefined, page: number) =>
  useQuery({ queryKey: notificationKeys.outbox(status, page), queryFn: () => notificationsApi.outbox(status, page), placeholderData: keepPreviousData });
