export { deviceOf, networkOf } from './network';
export { SECURITY_EVENT_KINDS, type SecurityEventKind } from './security-event-kinds';
export { type SecurityEventRow, listSecurityEvents } from './security-events.repository';
export { recordSecurityEvent, sendSecurityAlert } from './security-events.service';
export { exportSecurityEventsOf } from './security-events.repository';
