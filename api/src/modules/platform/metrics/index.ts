export { metricsOnlyApp } from './prometheus.handler';
