export { analystQueryRoutes } from './analyst-query.routes';
export { startAnalystSql } from './analyst-sandbox';
