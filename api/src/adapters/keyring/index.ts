export { DecryptionError, openRecord, type RecordRef, sealRecord, type WrappedDataKey } from './envelope';
export { createKeyring, type Keyring, type MasterKeySpec, parseMasterKeys, UnknownMasterKeyError } from './keyring';
export { loadKeyring } from './keyring-source';
export { type EncryptedTable, keyCounts, rewrapAll } from './rewrap';
