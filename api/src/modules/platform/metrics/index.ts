export { metricsOnlyApp } from './prometheus';
