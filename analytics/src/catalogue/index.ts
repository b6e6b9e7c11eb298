export { checkEvent, EVENT_CATALOGUE, type EventCheck, eventDefinition, parseEvent } from './catalogue';
export { AGGREGATE_TYPES, type AggregateType, type EventDefinition, type EventVersion } from './event';
