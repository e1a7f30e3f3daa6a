import type { Schemas } from '@campus/api-client';
import type { Role } from '@campus/domain';
import { api, call } from '../../../app/http';
import type { ImportResultDto, UserDto, UserPageDto } from '../../../app/dto';

export interface UserFilters {
  search?: string;
  role?: Role;
  municipalityId?: string;
  active?: boolean;
  page: number;
  pageSize: number;
}

export type CreateUserRequest = Schemas['CreateUserDto'];
export type UpdateUserRequest = Schemas['UpdateUserDto'];

export const userKeys = {
  all: ['users'] as const,
  lists: ['users', 'list'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export const usersApi = {
  list: (query: UserFilters) => call<UserPageDto>(() => api.GET('/api/users', { params: { query } })),
  get: (id: string) => call<UserDto>(() => api.GET('/api/users/{id}', byId(id))),
  create: (body: CreateUserRequest) => call<UserDto>(() => api.POST('/api/users', { body })),
  update: (id: string, body: UpdateUserRequest) => call<UserDto>(() => api.PATCH('/api/users/{id}', { ...byId(id), body })),
  setRoles: (id: string, roles: Role[]) =>
    call<UserDto>(() => api.PUT('/api/users/{id}/roles', { ...byId(id), body: { roles } })),
  activate: (id: string) => call<UserDto>(() => api.POST('/api/users/{id}/activate', byId(id))),
  deactivate: (id: string) => call<UserDto>(() => api.POST('/api/users/{id}/deactivate', byId(id))),
  importOfficials: (file: File, dryRun: boolean) =>
    call<ImportResultDto>(() => {
      // A fresh FormData per attempt; openapi-fetch sends FormData as multipart untouched.
      const body = new FormData();
      body.append('file', file);
      return api.POST('/api/users/import', {
        params: { query: { dryRun } },
        body: body as unknown as { file: string },
      });
    }),
};
