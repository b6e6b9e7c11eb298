export { analystQueryRoutes } from './analyst-query.routes';
