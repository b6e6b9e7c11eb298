export { auditLogRoutes } from './audit-view.routes';
