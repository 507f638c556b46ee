import { ApiError, CLIENT_CODES, errorFromResponse } from './problem';

export const API_BASE = '/api/v1';
const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const CSRF_REJECTED = 'IDENTITY_CSRF_REJECTED';

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  /** Serialised as JSON (FormData is sent as is, for uploads). */
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** For endpoints that create money movements: the same key replays the same result. */
  idempotencyKey?: string;
  /** A 401 from this call is an answer, not an expired session (login, the first /auth/me). */
  expectUnauthenticated?: boolean;
}

let language = 'en';
let onUnauthenticated: ((error: ApiError) => void) | null = null;

/** Accept-Language of every call, so problem+json comes back in the user's language. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

/** The session guard: called when a call that expected a session got 401. */
export function setUnauthenticatedHandler(handler: ((error: ApiError) => void) | null): void {
  onUnauthenticated = handler;
}

export function buildUrl(path: string, query?: Query): string {
  const url = path.startsWith('/api/') ? path : `${API_BASE}${path.startsWith('/') ? '' : '/'}${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((item) => params.append(k, String(item)));
    else params.append(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * The double-submit CSRF token: the XSRF-TOKEN cookie's raw value (the server's csrf.spa() compares the header with
 * it). The first mutating call of a fresh browser asks /auth/csrf, which sets the cookie.
 */
async function csrfToken(refresh: boolean): Promise<string | null> {
  const existing = refresh ? null : readCookie(CSRF_COOKIE);
  if (existing) return existing;
  await fetch(`${API_BASE}/auth/csrf`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return readCookie(CSRF_COOKIE);
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

async function send(method: string, path: string, opts: RequestOptions, refreshCsrf: boolean): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': language,
    ...opts.headers,
  };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) {
    body = opts.body;
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
  if (!SAFE.has(method)) {
    const token = await csrfToken(refreshCsrf);
    if (token) headers[CSRF_HEADER] = token;
  }
  try {
    return await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body,
      signal: opts.signal,
      credentials: 'same-origin',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, CLIENT_CODES.network, null, e);
  }
}

/** Sends a request and returns the response once it is 2xx; otherwise throws ApiError. */
export async function fetchOk(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
  let res = await send(method, path, opts, false);
  if (res.status === 403 && !SAFE.has(method)) {
    const err = await errorFromResponse(res.clone());
    if (err.code === CSRF_REJECTED) res = await send(method, path, opts, true); // stale token: once more, fresh
  }
  if (res.ok) return res;
  const error = await errorFromResponse(res);
  if (error.unauthenticated && !opts.expectUnauthenticated) onUnauthenticated?.(error);
  throw error;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await fetchOk(method, path, opts);
  if (res.status === 204 || res.headers.get('Content-Length') === '0') return undefined as T;
  const type = res.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return (await res.text()) as T;
  return (await res.json()) as T;
}

/** A file from the API (statement PDF, Excel export) with the name the server suggests. */
export async function download(path: string, opts: RequestOptions = {}): Promise<{ blob: Blob; filename: string | null }> {
  const res = await fetchOk('GET', path, opts);
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const filename = star ? decodeURIComponent(star[1]!) : plain ? plain[1]! : null;
  return { blob: await res.blob(), filename };
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, { ...opts, body }),
  delete: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
  download,
};

/** A fresh Idempotency-Key for one user action (keep it across retries of that action). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
