export { appendEvents, type DomainEvent, type EventWrite, eventWrites } from './outbox';
