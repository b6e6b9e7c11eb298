export { recordFingerprint, sharedFingerprintKinds } from './fingerprints.repository';
