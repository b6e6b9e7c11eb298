import type { BaseRecord, CrudFilter, DataProvider, GetListResponse } from '@refinedev/core';
import type { CursorPage } from '../types';
import { API_PREFIX, apiFetch, type ApiError } from './http';

/** Refine resource name → list endpoint of the API. */
export const RESOURCE_PATHS: Record<string, string> = {
  orders: '/v1/admin/orders',
  'fraud-cases': '/v1/admin/fraud-cases',
  disputes: '/v1/admin/disputes',
  reviews: '/v1/admin/reviews',
  users: '/v1/admin/users',
  audit: '/v1/admin/audit',
  listings: '/v1/admin/listings',
  reports: '/v1/admin/reports',
  conversations: '/v1/admin/conversations',
  'identity-documents': '/v1/admin/identity-documents',
};

export const DEFAULT_PAGE_SIZE = 20;

/**
 * A list answer of our API: cursor pagination, so there is no total and no page number.
 * `total` only satisfies Refine's type (it is the size of this page); use `next_cursor`.
 */
export type CursorListResponse<T> = GetListResponse<T> & { next_cursor: string | null };

function pathOf(resource: string): string {
  const path = RESOURCE_PATHS[resource];
  if (!path) {
    const err: ApiError = { message: `Unknown resource "${resource}"`, statusCode: 404 };
    throw err;
  }
  return path;
}

/** Only equality filters exist on our list endpoints (`?status=`); they become query parameters. */
function filtersToQuery(filters: CrudFilter[] | undefined): Record<string, string> {
  const query: Record<string, string> = {};
  for (const f of filters ?? []) {
    if ('field' in f && f.operator === 'eq' && f.value !== undefined && f.value !== null && f.value !== '') {
      query[f.field] = String(f.value);
    }
  }
  return query;
}

function unsupported(what: string): never {
  const err: ApiError = { message: `${what} is not supported by the Agora staff API`, statusCode: 405 };
  throw err;
}

export const dataProvider: DataProvider = {
  getApiUrl: () => API_PREFIX,

  /**
   * Pagination: `pagination.pageSize` → `limit`; `meta.cursor` → `cursor` (null/absent = first page).
   * The caller keeps the cursor stack (see hooks/use-cursor-list.ts). `meta.path` reads a list that
   * hangs off one record (a user's orders) instead of the resource's own endpoint.
   */
  getList: async <TData extends BaseRecord = BaseRecord>({ resource, pagination, filters, meta }: Parameters<DataProvider['getList']>[0]) => {
    const limit = (meta?.limit as number | undefined) ?? pagination?.pageSize ?? DEFAULT_PAGE_SIZE;
    const cursor = (meta?.cursor as string | null | undefined) ?? undefined;
    const path = (meta?.path as string | undefined) ?? pathOf(resource);
    const page = await apiFetch<CursorPage<TData>>(path, {
      query: { ...filtersToQuery(filters), limit, cursor },
      signal: meta?.queryContext?.signal,
    });
    const response: CursorListResponse<TData> = {
      data: page.data,
      total: page.data.length,
      next_cursor: page.next_cursor ?? null,
    };
    return response;
  },

  getOne: async () => unsupported('Fetching a single record'),
  create: async () => unsupported('Creating records'),
  update: async () => unsupported('Updating records'),
  deleteOne: async () => unsupported('Deleting records'),

  /** Endpoints that are not plain lists: metrics, fraud-case decisions. */
  custom: async ({ url, method, payload, query, headers }) => {
    const data = await apiFetch<never>(url, {
      method: method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
      query: query as Record<string, string> | undefined,
      body: payload,
      headers: headers as Record<string, string> | undefined,
    });
    return { data };
  },
};
