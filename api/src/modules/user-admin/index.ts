export { userAdminRoutes } from './user-admin.routes';
