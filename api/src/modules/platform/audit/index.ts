export { appendAudit, type AuditEntry } from './audit';
export { type AuditCheckpoint, type CheckpointTimer, checkpointAudit, startAuditCheckpoints } from './audit-checkpoint';
export { type SealOptions, sealAudit, sealAuditBacklog } from './audit-seal';
export { type AuditSigner, type TrustedKeys, loadSigningKey, publicKeyEntry, trustedAuditKeys } from './audit-keys';
export { type AuditProblem, type AuditProblemKind, type AuditVerification, type VerifyOptions, verifyAuditChain } from './audit-verify';
