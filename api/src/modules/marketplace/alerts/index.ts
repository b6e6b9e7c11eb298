export { runListingAlerts } from './listing-alerts';
