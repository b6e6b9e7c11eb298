export { accountsSharingFingerprints, fingerprintHash, hasFingerprint, latestFingerprintHash, recordFingerprint, sharedFingerprintKinds } from './fingerprints.repository';
