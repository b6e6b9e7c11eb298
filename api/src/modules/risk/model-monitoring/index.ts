export { modelMonitoringRoutes } from './model-monitoring.routes';
export { runModelMonitoring } from './model-monitoring.service';
