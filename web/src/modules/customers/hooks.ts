import { useCallback, useMemo } from 'react';
import { useAuth } from '../../core/auth/AuthProvider';
import { Access, allows } from '../../core/auth/access';
import { useLoad } from '../../core/hooks/useLoad';
import { customersApi, type Company, type SalesRep } from './api';

/** The companies (legal entities); usually one or a few. */
export function useCompanies() {
  const load = useCallback((signal: AbortSignal) => customersApi.companies(signal), []);
  const loaded = useLoad<Company[]>(load);
  const byId = useMemo(() => new Map((loaded.data ?? []).map((c) => [c.id, c])), [loaded.data]);
  return { ...loaded, companies: loaded.data ?? [], byId };
}

/**
 * The sales reps by id, for names in lists and for pickers. A SALES_REP may not list them (it sees only its own
 * customers), so for it the list is just itself.
 */
export function useSalesReps() {
  const { user } = useAuth();
  const mayList = allows(Access.READ_ALL, user?.roles ?? []);
  const self = useMemo<SalesRep[]>(
    () => (user ? [{ id: user.id, username: user.username, displayName: user.displayName, enabled: true }] : []),
    [user],
  );
  const load = useCallback(
    (signal: AbortSignal) => (mayList ? customersApi.salesReps(signal) : Promise.resolve(self)),
    [mayList, self],
  );
  const loaded = useLoad<SalesRep[]>(load);
  const reps = useMemo(() => loaded.data ?? [], [loaded.data]);
  const byId = useMemo(() => new Map(reps.map((r) => [r.id, r])), [reps]);
  return { ...loaded, reps, byId, mayList };
}

export const repName = (r: SalesRep | undefined) => (r ? r.displayName || r.username : undefined);
