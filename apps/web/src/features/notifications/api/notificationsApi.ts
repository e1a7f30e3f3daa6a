import type { Schemas } from '@campus/api-client';
import { api, call } from '../../../app/http';

export type NotificationDto = Schemas['NotificationDto'];
export type NotificationPageDto = Schemas['NotificationPageDto'];
export type OutboxPageDto = Schemas['OutboxPageDto'];
export type OutboxStatus = Schemas['OutboxEmailDto']['status'];

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  page: (page: number) => ['notifications', 'page', page] as const,
  outbox: (status: OutboxStatus | undefined, page: number) => ['notifications', 'outbox', status ?? 'all', page] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export const notificationsApi = {
  unreadCount: async () => (await call(() => api.GET('/api/notifications/unread-count'))).count,
  list: (page: number, pageSize = 20) => call<NotificationPageDto>(() => api.GET('/api/notifications', { params: { query: { page, pageSize } } })),
  read: (id: string) => call<NotificationDto>(() => api.POST('/api/notifications/{id}/read', byId(id))),
  readAll: () => call(() => api.POST('/api/notifications/read-all')),
  outbox: (status: OutboxStatus | undefined, page: number) =>
    call<OutboxPageDto>(() => api.GET('/api/admin/outbox', { params: { query: { ...(status ? { status } : {}), page, pageSize: 20 } } })),
};
