export { appendAudit, type AuditEntry } from './audit';
