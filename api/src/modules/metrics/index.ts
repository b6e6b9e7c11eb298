export { metricsRoutes } from './metrics.routes';
export { metricsOnlyApp, prometheusHandler } from './prometheus';
