import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import type { HttpError } from '@refinedev/core';

function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = (error as Partial<HttpError> | null)?.statusCode;
  // 4xx (401/403/404/409/422) will not change by retrying; network errors (0) and 5xx may.
  if (typeof status === 'number' && status >= 400 && status < 500) return false;
  return failureCount < 2;
}

/** Our own client (handed to Refine) so sign-in/out can drop the previous user's cached data. */
export const queryClient = new QueryClient({
  defaultOptions: {
    // keepPreviousData (Refine's own default): the old page stays on screen while the next loads.
    queries: { retry: shouldRetry, staleTime: 10_000, refetchOnWindowFocus: false, placeholderData: keepPreviousData },
    mutations: { retry: false },
  },
});

/** Forget every cached API answer (Refine's data query keys start with "data"). */
export function forgetCachedData(): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] === 'data' });
}
