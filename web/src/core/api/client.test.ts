import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, buildUrl, setApiLanguage, setUnauthenticatedHandler } from './client';
import { ApiError, CLIENT_CODES } from './problem';

type Call = { url: string; init: RequestInit };
let calls: Call[];
let responses: Response[];

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const header = (c: Call, name: string) => new Headers(c.init.headers).get(name);

beforeEach(() => {
  calls = [];
  responses = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next;
  }));
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  setApiLanguage('en');
});

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(null);
});

describe('requests', () => {
  it('send JSON with Accept-Language and the CSRF cookie’s token on writes', async () => {
    document.cookie = 'XSRF-TOKEN=abc-123; path=/';
    setApiLanguage('zh-CN');
    responses.push(json(200, { ok: true }));
    await api.put('/auth/me/language', { language: 'zh-CN' });
    expect(calls[0]!.url).toBe('/api/v1/auth/me/language');
    expect(header(calls[0]!, 'X-XSRF-TOKEN')).toBe('abc-123');
    expect(header(calls[0]!, 'Accept-Language')).toBe('zh-CN');
    expect(header(calls[0]!, 'Content-Type')).toBe('application/json');
    expect(calls[0]!.init.body).toBe('{"language":"zh-CN"}');
    expect(calls[0]!.init.credentials).toBe('same-origin');
  });

  it('fetch the CSRF token first when the browser has none, and never for reads', async () => {
    responses.push(new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    responses.push(json(200, { username: 'admin' }));
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/auth/csrf')) document.cookie = 'XSRF-TOKEN=fresh-1; path=/';
      return realFetch(url, init);
    }));
    await api.post('/auth/login', { username: 'admin', password: 'x' });
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/auth/csrf', '/api/v1/auth/login']);
    expect(header(calls[1]!, 'X-XSRF-TOKEN')).toBe('fresh-1');

    responses.push(json(200, { items: [] }));
    await api.get('/audit');
    expect(header(calls[2]!, 'X-XSRF-TOKEN')).toBeNull();
  });

  it('retry once with a fresh token when the server rejects a stale one', async () => {
    document.cookie = 'XSRF-TOKEN=stale; path=/';
    responses.push(json(403, { status: 403, code: 'IDENTITY_CSRF_REJECTED', title: 'Rejected' }, 'application/problem+json'));
    responses.push(json(200, {})); // /auth/csrf
    responses.push(json(200, { done: true }));
    const result = await api.post<{ done: boolean }>('/things', {});
    expect(result.done).toBe(true);
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/things', '/api/v1/auth/csrf', '/api/v1/things']);
  });

  it('build query strings without empty parameters', () => {
    expect(buildUrl('/audit', { actor: 'admin', entityType: '', page: 0, from: undefined, tag: ['a', 'b'] })).toBe(
      '/api/v1/audit?actor=admin&page=0&tag=a&tag=b',
    );
  });

  it('send the Idempotency-Key when given', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    responses.push(json(201, {}));
    await api.post('/payments', {}, { idempotencyKey: 'key-1' });
    expect(header(calls[0]!, 'Idempotency-Key')).toBe('key-1');
  });
});

describe('errors', () => {
  it('turn problem+json into an ApiError with its field errors', async () => {
    responses.push(
      json(400, {
        type: 'https://openar.org/problems/invalid-value', title: 'Invalid request', status: 400, detail: 'Two fields are wrong',
        code: 'INVALID_VALUE', errors: [{ field: 'lines[2].amount', code: 'AMOUNT_NOT_POSITIVE', message: 'Must be positive' }],
      }, 'application/problem+json'),
    );
    const e = await api.get('/x').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ApiError);
    const err = e as ApiError;
    expect([err.status, err.code, err.title, err.detail]).toEqual([400, 'INVALID_VALUE', 'Invalid request', 'Two fields are wrong']);
    expect(err.fieldErrors).toEqual([{ field: 'lines[2].amount', code: 'AMOUNT_NOT_POSITIVE', message: 'Must be positive' }]);
  });

  it('describe failures without problem+json by their HTTP status or as network errors', async () => {
    responses.push(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const bad = (await api.get('/x').catch((e: unknown) => e)) as ApiError;
    expect([bad.status, bad.code, bad.problem]).toEqual([502, CLIENT_CODES.badResponse, null]);
    const offline = (await api.get('/x').catch((e: unknown) => e)) as ApiError;
    expect([offline.status, offline.code, offline.network]).toEqual([0, CLIENT_CODES.network, true]);
  });

  it('report a lost session once, but not when 401 is the expected answer', async () => {
    const lost = vi.fn();
    setUnauthenticatedHandler(lost);
    responses.push(json(401, { status: 401, code: 'UNAUTHENTICATED' }, 'application/problem+json'));
    await api.get('/audit').catch(() => undefined);
    expect(lost).toHaveBeenCalledTimes(1);
    responses.push(json(401, { status: 401, code: 'UNAUTHENTICATED' }, 'application/problem+json'));
    await api.get('/auth/me', { expectUnauthenticated: true }).catch(() => undefined);
    expect(lost).toHaveBeenCalledTimes(1);
  });
});
