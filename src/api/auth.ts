import { apiRequest } from './client';
import type { Me, SignInResult } from './types';

export const signIn = (userPrincipalName: string, password: string) =>
  apiRequest<SignInResult>('/api/auth/signin', { method: 'POST', body: { userPrincipalName, password } });

export const changePassword = (changeToken: string, newPassword: string) =>
  apiRequest<SignInResult>('/api/auth/password', { method: 'POST', body: { changeToken, newPassword } });

export const signOut = () => apiRequest<null>('/api/auth/signout', { method: 'POST' });

export const getMe = (signal?: AbortSignal) => apiRequest<Me>('/api/me', { signal });
