export { appendEvents, type DomainEvent, insertEvents } from './outbox';
