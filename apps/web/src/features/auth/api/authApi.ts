import type { Schemas } from '@campus/api-client';
import { api, call } from '../../../app/http';
import type { SessionDto, UserDto } from '../../../app/dto';

export type LoginRequest = Schemas['LoginDto'];
export type UpdateMeRequest = Schemas['UpdateProfileDto'];
export type ChangePasswordRequest = Schemas['ChangePasswordDto'];

export const authKeys = {
  me: ['auth', 'me'] as const,
};

export const authApi = {
  login: (body: LoginRequest) => call<SessionDto>(() => api.POST('/api/auth/login', { body }), { refresh: false }),
  logout: () => call<void>(() => api.POST('/api/auth/logout'), { refresh: false }),
  me: () => call<UserDto>(() => api.GET('/api/auth/me')),
  updateMe: (body: UpdateMeRequest) => call<UserDto>(() => api.PATCH('/api/auth/me', { body })),
  changePassword: (body: ChangePasswordRequest) => call<void>(() => api.POST('/api/auth/me/password', { body })),
};
