export { appendEvents, type DomainEvent } from './outbox';
