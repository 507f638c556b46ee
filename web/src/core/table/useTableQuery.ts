import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** What a server-side list asks for. `page` is zero-based like the API; the URL shows it one-based. */
export interface TableQuery {
  page: number;
  size: number;
  /** `field` or `-field` (descending), as the API's PageQuery reads it. */
  sort?: string;
  filters: Record<string, string>;
}

export const PAGE_SIZES = [20, 50, 100, 200] as const;

export interface TableQueryDefaults {
  size?: number;
  sort?: string;
  /** The filter parameters this list understands; other URL parameters are left alone. */
  filterKeys: readonly string[];
}

/**
 * Keeps a list's page, size, sort and filters in the URL (?page=2&size=50&sort=-dueDate&status=OPEN), so reload,
 * back/forward and a shared link all show the same list.
 */
export function useTableQuery(defaults: TableQueryDefaults): [TableQuery, (patch: Partial<TableQuery>) => void] {
  const [params, setParams] = useSearchParams();
  const { size: defaultSize = 50, sort: defaultSort, filterKeys } = defaults;
  const keys = filterKeys.join(',');

  const query = useMemo<TableQuery>(() => {
    const page = Math.max(0, (Number.parseInt(params.get('page') ?? '1', 10) || 1) - 1);
    const sizeParam = Number.parseInt(params.get('size') ?? '', 10);
    const size = Number.isFinite(sizeParam) && sizeParam > 0 && sizeParam <= 500 ? sizeParam : defaultSize;
    const filters: Record<string, string> = {};
    for (const k of keys.split(',')) {
      const v = params.get(k);
      if (k && v) filters[k] = v;
    }
    return { page, size, sort: params.get('sort') ?? defaultSort, filters };
  }, [params, defaultSize, defaultSort, keys]);

  const update = useCallback(
    (patch: Partial<TableQuery>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const merged = { ...query, ...patch, filters: patch.filters ?? query.filters };
          // a new filter or sort starts again on the first page
          const resetPage = patch.filters !== undefined || patch.sort !== undefined || patch.size !== undefined;
          const page = resetPage && patch.page === undefined ? 0 : merged.page;
          if (page > 0) next.set('page', String(page + 1));
          else next.delete('page');
          if (merged.size !== defaultSize) next.set('size', String(merged.size));
          else next.delete('size');
          if (merged.sort && merged.sort !== defaultSort) next.set('sort', merged.sort);
          else next.delete('sort');
          for (const k of keys.split(',')) {
            const v = merged.filters[k];
            if (k && v) next.set(k, v);
            else next.delete(k);
          }
          return next;
        },
        { replace: false },
      );
    },
    [query, setParams, defaultSize, defaultSort, keys],
  );

  return [query, update];
}
