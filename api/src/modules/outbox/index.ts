export { appendEvents, type DomainEvent, type EventWrite, eventWrites } from './outbox';
export { deadLetterRoutes } from './dead-letters.routes';
