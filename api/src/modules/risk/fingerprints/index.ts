export { fingerprintHash, hasFingerprint, latestFingerprintHash, recordFingerprint, sharedFingerprintKinds } from './fingerprints.repository';
