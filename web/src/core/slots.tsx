import { Suspense, lazy, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { useAuth } from './auth/AuthProvider';
import { allows, type AccessRule } from './auth/access';

/**
 * A place in one module's page where another module contributes a component (the statement PDF button in the customer
 * page's header, for instance), without the two modules importing each other: the host page renders `<Slot>` with the
 * entries listed in `src/modules/slots.ts`, which is the only file that knows both sides.
 */
export interface SlotEntry<P> {
  /** Stable React key, e.g. `statement-pdf`. */
  key: string;
  /** Who sees it (the same Access rule as the API it calls); omitted = everyone who sees the page. */
  access?: AccessRule;
  /** `() => import('../reporting/components/StatementButton')`: loaded with the host page, in its own chunk. */
  load: () => Promise<{ default: ComponentType<P> }>;
}

// one lazy component per entry, so re-renders never remount (and re-fetch) a contribution
const cache = new WeakMap<object, unknown>();

function lazyOf<P>(entry: SlotEntry<P>): LazyExoticComponent<ComponentType<P>> {
  let c = cache.get(entry) as LazyExoticComponent<ComponentType<P>> | undefined;
  if (!c) {
    c = lazy(entry.load);
    cache.set(entry, c);
  }
  return c;
}

/**
 * Starts fetching the entries' chunks now (when the host page's module loads), so that by the time the page has its
 * data the contributions are usually there already.
 */
export function preloadSlots<P>(entries: readonly SlotEntry<P>[]): void {
  entries.forEach((e) => {
    e.load().catch(() => undefined); // a failed chunk shows up (and is reported) when the slot renders
  });
}

/**
 * Renders the entries the user may see, each with the host's props; nothing at all when there are none.
 *
 * `inHostBoundary`: the contributions suspend the host's nearest `<Suspense>` instead of appearing one by one. A row of
 * buttons uses it so that the whole row appears at once: a button that shows up late would push its neighbours aside
 * under the user's pointer (a click meant for "Record receipt" landing on the next button).
 */
export function Slot<P extends object>({ entries, props, inHostBoundary = false }: {
  entries: readonly SlotEntry<P>[];
  props: P;
  inHostBoundary?: boolean;
}) {
  const { user } = useAuth();
  const visible = useMemo(() => entries.filter((e) => allows(e.access, user?.roles ?? [])), [entries, user]);
  if (visible.length === 0) return null;
  return (
    <>
      {visible.map((e) => {
        const Component = lazyOf(e);
        return inHostBoundary ? (
          <Component key={e.key} {...props} />
        ) : (
          <Suspense key={e.key} fallback={null}>
            <Component {...props} />
          </Suspense>
        );
      })}
    </>
  );
}
