import { useCallback, useState } from 'react';
import { useList, type BaseRecord, type CrudFilter, type HttpError } from '@refinedev/core';
import { DEFAULT_PAGE_SIZE, type CursorListResponse } from '../providers/data-provider';

export type CursorPager = {
  /** 1-based index of the page on screen. */
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** True while a page (or a refresh) is loading. */
  loading: boolean;
  /** True while the rows on screen still belong to the previous page/filter (placeholder). */
  stale: boolean;
  next: () => void;
  previous: () => void;
  first: () => void;
};

type Options = {
  resource: string;
  filters?: CrudFilter[];
  pageSize?: number;
  /** A queue: the page on screen reloads when the live provider announces a change to the resource (polling only while the socket is down). */
  live?: boolean;
  /** The list endpoint, when it is not the resource's own (e.g. `/v1/admin/users/{id}/orders`). */
  path?: string;
};

/**
 * A Refine `useList` over a cursor-paginated endpoint.
 *
 * The API returns `{ data, next_cursor }` and no total, so pages are reached by walking:
 * we keep a stack of the cursors that opened each visited page (`[null]` = the first page).
 * "Next" pushes the current page's `next_cursor`, "Previous" pops, and any change of filters
 * starts again from `[null]`. The cursor travels to the data provider in `meta.cursor`
 * (which is part of the query key, so each page is cached separately).
 */
export function useCursorList<T extends BaseRecord>({ resource, filters = [], pageSize = DEFAULT_PAGE_SIZE, live = false, path }: Options) {
  const filterKey = JSON.stringify(filters);
  const [state, setState] = useState<{ filterKey: string; stack: (string | null)[] }>({ filterKey, stack: [null] });

  // Filters changed: back to the first page (derived-state reset during render).
  let stack = state.stack;
  if (state.filterKey !== filterKey) {
    stack = [null];
    setState({ filterKey, stack });
  }
  const cursor = stack[stack.length - 1] ?? null;

  const { query, result } = useList<T, HttpError>({
    resource,
    filters,
    pagination: { mode: 'off', pageSize },
    meta: { cursor, limit: pageSize, path },
    liveMode: live ? 'auto' : 'off',
    queryOptions: {
      // Keep the previous page on screen while paging, but never show another filter's rows
      // (e.g. closed cases under the "Open" tab) while the new filter loads.
      placeholderData: (previous, previousQuery) => {
        const params = previousQuery?.queryKey[previousQuery.queryKey.length - 1] as { filters?: unknown } | undefined;
        return JSON.stringify(params?.filters ?? []) === filterKey ? previous : undefined;
      },
    },
  });

  const response = query.data as CursorListResponse<T> | undefined;
  const nextCursor = query.isPlaceholderData ? null : (response?.next_cursor ?? null);

  const next = useCallback(() => {
    if (!nextCursor) return;
    setState((s) => ({ ...s, stack: [...s.stack, nextCursor] }));
  }, [nextCursor]);
  const previous = useCallback(() => setState((s) => (s.stack.length > 1 ? { ...s, stack: s.stack.slice(0, -1) } : s)), []);
  const first = useCallback(() => setState((s) => ({ ...s, stack: [null] })), []);

  const pager: CursorPager = {
    page: stack.length,
    hasPrevious: stack.length > 1,
    hasNext: nextCursor !== null,
    loading: query.isFetching,
    stale: query.isPlaceholderData || (query.isLoading && !query.data),
    next,
    previous,
    first,
  };

  return {
    rows: result.data,
    query,
    pager,
    isLoading: query.isLoading,
    error: query.error,
    refetch: query.refetch,
  };
}
