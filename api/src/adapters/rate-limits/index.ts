export { type Budget, type RateLimits, createRateLimits, limitKey } from './rate-limits';
