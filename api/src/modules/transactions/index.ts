export { transactionsRoutes } from './transactions.routes';
