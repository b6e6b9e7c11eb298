import { invalid } from '../../../errors';
import { route } from '../../../http/route';
import { transactionsCsv } from './transactions.csv';
import { type HistoryFilter, toTransactionsPage, transactionBatches, transactionPage } from './transactions.repository';
import { TransactionsPage, TransactionsQuery } from './transactions.schemas';

function filterOf(q: TransactionsQuery): HistoryFilter {
  if (q.from && q.to && q.from > q.to) throw invalid('invalid_range', 'to must not be before from', 'query.to');
  return { currency: q.currency, kind: q.kind, balance: q.balance, from: q.from, to: q.to, orderId: q.order_id };
}

export const transactionsRoutes = [
  route({
    method: 'get',
    path: '/v1/me/transactions',
    operationId: 'listMyTransactions',
    tag: 'balance',
    access: 'user',
    summary: 'My transaction history, newest first: escrow (pending), available balance and card payments; format=csv or Accept: text/csv downloads all of it',
    query: TransactionsQuery,
    responses: {
      200: { description: 'A page of rows (JSON), or the whole filtered history as text/csv', schema: TransactionsPage, contentTypes: ['application/json', 'text/csv'] },
      422: { description: 'from is after to' },
    },
    handler: async ({ ctx, user, query, accepts }) => {
      const filter = filterOf(query);
      const csv = query.format === 'csv' || (query.format === undefined && accepts(['application/json', 'text/csv']) === 'text/csv');
      if (csv) {
        return {
          status: 200,
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="transactions.csv"' },
          stream: transactionsCsv(transactionBatches(ctx.db, user.id, filter)),
        };
      }
      return { status: 200, body: toTransactionsPage(await transactionPage(ctx.db, user.id, filter, query.limit, query.cursor), query.limit) };
    },
  }),
];
