import { api } from '../../core/api/client';
import type { Page } from '../../core/api/types';
import type { Role } from '../../core/auth/access';

/** A user as administrators see it (identity.app.UserAccount). */
export interface UserAccount {
  id: string;
  username: string;
  displayName: string | null;
  email: string | null;
  roles: Role[];
  language: string;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  active: boolean;
}

/** The secret is in this answer only. */
export interface CreatedToken {
  token: ApiToken;
  secret: string;
}

export interface NewUser {
  username: string;
  displayName?: string | null;
  email?: string | null;
  password: string;
  roles: Role[];
  language: string;
}

export interface UserUpdate {
  displayName: string;
  email: string | null;
  roles: Role[];
  language: string;
  enabled: boolean;
}

export interface UserSearch {
  q?: string;
  role?: string;
  enabled?: string;
  page: number;
  size: number;
  sort?: string;
}

const base = (id: string) => `/users/${encodeURIComponent(id)}`;

export const usersApi = {
  list: (q: UserSearch, signal?: AbortSignal) => api.get<Page<UserAccount>>('/users', { query: { ...q }, signal }),
  create: (body: NewUser) => api.post<UserAccount>('/users', body),
  update: (id: string, body: UserUpdate) => api.put<UserAccount>(base(id), body),
  resetPassword: (id: string, password: string) => api.post<{ reset: boolean }>(`${base(id)}/password`, { password }),
  tokens: (id: string, signal?: AbortSignal) => api.get<ApiToken[]>(`${base(id)}/tokens`, { signal }),
  createToken: (id: string, name: string, validDays: number | null) => api.post<CreatedToken>(`${base(id)}/tokens`, { name, validDays }),
  revokeToken: (id: string, tokenId: string) => api.delete<ApiToken>(`${base(id)}/tokens/${encodeURIComponent(tokenId)}`),
};

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const SYMBOLS = '!@#$%&*-_=+';

/** A strong password for handing over once: 16 characters from the browser's cryptographic random source. */
export function generatePassword(length = 16): string {
  const bytes = new Uint32Array(length);
  globalThis.crypto.getRandomValues(bytes);
  const chars = Array.from(bytes, (b, i) => (i % 6 === 5 ? SYMBOLS[b % SYMBOLS.length] : ALPHABET[b % ALPHABET.length]));
  // at least one digit, upper and lower case, whatever the draw
  chars[0] = 'ABCDEFGHJKLMNPQRSTUVWXYZ'[bytes[0]! % 24]!;
  chars[1] = 'abcdefghijkmnopqrstuvwxyz'[bytes[1]! % 25]!;
  chars[2] = '23456789'[bytes[2]! % 8]!;
  return chars.join('');
}
