import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, setUnauthenticatedHandler } from '../api/client';
import { ApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { normalizeLanguage, rememberLanguage, type Language } from '../i18n/languages';
import type { User } from './types';

export type SessionState = 'checking' | 'signed-in' | 'signed-out';

export interface Auth {
  state: SessionState;
  user: User | null;
  /** True after a call found the session gone (timed out, signed out elsewhere): the login page says so. */
  expired: boolean;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
  /** Switches the UI language and, when signed in, remembers it for the user (PUT /auth/me/language). */
  changeLanguage: (lang: Language) => Promise<void>;
  /** Reads /auth/me again (roles, the approvals badge) without touching the language; failures are ignored. */
  refresh: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const { lang, setLanguage } = useI18n();
  const [user, setUser] = useState<User | null>(null);
  const [state, setState] = useState<SessionState>('checking');
  const [expired, setExpired] = useState(false);
  // a language picked on the login page is an explicit choice: it is saved for the user who then signs in
  const chosenBeforeLogin = useRef<Language | null>(null);

  const adoptUserLanguage = useCallback(
    async (u: User): Promise<User> => {
      const chosen = chosenBeforeLogin.current;
      chosenBeforeLogin.current = null;
      if (chosen && chosen !== normalizeLanguage(u.language)) {
        try {
          return { ...u, ...(await api.put<User>('/auth/me/language', { language: chosen })) };
        } catch {
          return u; // the language stays as chosen on screen; saving it is a nicety
        }
      }
      const preferred = normalizeLanguage(u.language);
      if (preferred && preferred !== lang) {
        rememberLanguage(preferred);
        await setLanguage(preferred);
      }
      return u;
    },
    [lang, setLanguage],
  );

  useEffect(() => {
    let cancelled = false;
    api
      .get<User>('/auth/me', { expectUnauthenticated: true })
      .then(async (u) => {
        const adopted = await adoptUserLanguage(u);
        if (!cancelled) {
          setUser(adopted);
          setState('signed-in');
        }
      })
      .catch(() => {
        if (!cancelled) setState('signed-out');
      });
    return () => {
      cancelled = true;
    };
    // the session is probed once, at start
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const signedIn = useRef(false);
  useEffect(() => {
    signedIn.current = user !== null;
  }, [user]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      if (signedIn.current) setExpired(true); // a session we had is gone: the login page says so
      setUser(null);
      setState('signed-out');
    });
    return () => setUnauthenticatedHandler(null);
  }, []);

  const login = useCallback(
    async (username: string, password: string) => {
      const signedIn = await api.post<User>('/auth/login', { username, password }, { expectUnauthenticated: true });
      const adopted = await adoptUserLanguage(signedIn);
      setUser(adopted);
      setExpired(false);
      setState('signed-in');
      return adopted;
    },
    [adoptUserLanguage],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout', undefined, { expectUnauthenticated: true });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e; // already signed out or offline: the local session ends anyway
    }
    setUser(null);
    setExpired(false);
    setState('signed-out');
  }, []);

  const changeLanguage = useCallback(
    async (next: Language) => {
      // signed in: saved first, so a failed save leaves the screen as it was and says why
      const saved = user ? await api.put<User>('/auth/me/language', { language: next }) : null;
      rememberLanguage(next);
      await setLanguage(next);
      if (saved) setUser((prev) => (prev ? { ...prev, ...saved } : saved));
      else chosenBeforeLogin.current = next;
    },
    [setLanguage, user],
  );

  const refresh = useCallback(async () => {
    if (!signedIn.current) return;
    try {
      const fresh = await api.get<User>('/auth/me');
      // PUT /auth/me/language answers without `access`/`pendingApprovals`: keep what /auth/me said before
      setUser((prev) => (prev ? { ...prev, ...fresh } : prev));
    } catch {
      // a lost session is handled by the client's 401 handler; anything else leaves the last known state
    }
  }, []);

  const value = useMemo<Auth>(
    () => ({ state, user, expired, login, logout, changeLanguage, refresh }),
    [state, user, expired, login, logout, changeLanguage, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside <AuthProvider>');
  return ctx;
}
