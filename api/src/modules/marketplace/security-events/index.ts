export { SECURITY_EVENT_KINDS, type SecurityEventKind } from './security-event-kinds';
export { type SecurityEventRow, exportSecurityEventsOf, listSecurityEvents } from './security-events.repository';
export { type SecurityEventInput, recordSecurityEvent, sendSecurityAlert } from './security-events.service';
