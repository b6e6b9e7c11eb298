export { notify } from './notifications.repository';
