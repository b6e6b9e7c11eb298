export { fingerprintHash, latestFingerprintHash, recordFingerprint, sharedFingerprintKinds } from './fingerprints.repository';
