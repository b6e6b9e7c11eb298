import { randomBytes } from 'node:crypto';
import { DecryptionError, openRecord, rewrapDataKey, sealRecord, type WrappedDataKey } from './envelope';
import { createKeyring, UnknownMasterKeyError } from './keyring';

const keyA = { id: 'key-a', key: randomBytes(32) };
const keyB = { id: 'key-b', key: randomBytes(32) };
const ringA = createKeyring([keyA], 'key-a');
const ringAB = createKeyring([keyA, keyB], 'key-b');
const ref = { table: 'user_private_profiles', id: '00000000-0000-4000-8000-000000000001' };
const fields = { legal_name: Buffer.from('Ada Lovelace'), phone: Buffer.from('+441234567890'), empty: Buffer.alloc(0) };

/** A copy with one byte flipped. */
const flip = (buf: Buffer, at: number) => {
  const copy = Buffer.from(buf);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
};
const IV_AT = 1;
const TAG_AT = 13;
const CIPHERTEXT_AT = 29;

describe('envelope encryption', () => {
  test('round trip: every field opens to its plaintext', () => {
    const sealed = sealRecord(ringA, ref, fields);
    expect(sealed.dataKey.keyId).toBe('key-a');
    expect(openRecord(ringA, ref, sealed.dataKey, sealed.ciphertexts)).toEqual(fields);
  });

  test('stored format: version byte, 12-byte IV, 16-byte tag, ciphertext of the plaintext length', () => {
    const { dataKey, ciphertexts } = sealRecord(ringA, ref, fields);
    expect(dataKey.wrapped).toHaveLength(1 + 12 + 16 + 32);
    expect(dataKey.wrapped[0]).toBe(1);
    expect(ciphertexts.legal_name).toHaveLength(1 + 12 + 16 + fields.legal_name.length);
    expect(ciphertexts.legal_name.includes(fields.legal_name)).toBe(false);
  });

  test('every write gets a fresh data key and fresh IVs', () => {
    const one = sealRecord(ringA, ref, fields);
    const two = sealRecord(ringA, ref, fields);
    expect(one.dataKey.wrapped.equals(two.dataKey.wrapped)).toBe(false);
    expect(one.ciphertexts.legal_name.equals(two.ciphertexts.legal_name)).toBe(false);
  });

  describe('tampering fails with DecryptionError', () => {
    const { dataKey, ciphertexts } = sealRecord(ringA, ref, fields);
    const open = (key: WrappedDataKey, values: Record<string, Buffer>) => () => openRecord(ringA, ref, key, values);

    test.each([
      ['ciphertext', CIPHERTEXT_AT],
      ['tag', TAG_AT],
      ['IV', IV_AT],
    ])('a flipped bit in the %s', (_part, at) => {
      expect(open(dataKey, { legal_name: flip(ciphertexts.legal_name, at) })).toThrow(/authentication failed/);
    });

    test.each([
      ['ciphertext', CIPHERTEXT_AT],
      ['tag', TAG_AT],
      ['IV', IV_AT],
    ])("a flipped bit in the wrapped key's %s", (_part, at) => {
      expect(open({ ...dataKey, wrapped: flip(dataKey.wrapped, at) }, { legal_name: ciphertexts.legal_name })).toThrow(DecryptionError);
    });

    test('an unknown format version', () => {
      const future = Buffer.from(ciphertexts.legal_name);
      future[0] = 2;
      expect(open(dataKey, { legal_name: future })).toThrow(/unsupported format version 2/);
    });

    test('a truncated value', () => {
      expect(open(dataKey, { legal_name: ciphertexts.legal_name.subarray(0, 20) })).toThrow(/truncated/);
      expect(open({ ...dataKey, wrapped: dataKey.wrapped.subarray(0, 40) }, { legal_name: ciphertexts.legal_name })).toThrow(DecryptionError);
    });
  });

  describe('a value moved to another place (wrong AAD) fails', () => {
    const { dataKey, ciphertexts } = sealRecord(ringA, ref, fields);

    test('another column of the same record', () => {
      expect(() => openRecord(ringA, ref, dataKey, { phone: ciphertexts.legal_name })).toThrow(/legal_name|phone/);
      expect(() => openRecord(ringA, ref, dataKey, { phone: ciphertexts.legal_name })).toThrow(DecryptionError);
    });

    test('another record, with its wrapped key copied along', () => {
      const other = { ...ref, id: '00000000-0000-4000-8000-000000000002' };
      expect(() => openRecord(ringA, other, dataKey, { legal_name: ciphertexts.legal_name })).toThrow(DecryptionError);
    });

    test('another table', () => {
      expect(() => openRecord(ringA, { ...ref, table: 'payout_details' }, dataKey, { legal_name: ciphertexts.legal_name })).toThrow(DecryptionError);
    });

    test('another master key id on the wrapped key', () => {
      const relabelled = { keyId: 'key-b', wrapped: sealRecord(ringA, ref, fields).dataKey.wrapped };
      expect(() => openRecord(ringAB, ref, relabelled, {})).toThrow(DecryptionError);
    });
  });

  test('an unknown master key id is a clear error naming it and the known ones', () => {
    const { dataKey, ciphertexts } = sealRecord(ringAB, ref, fields);
    expect(() => openRecord(ringA, ref, dataKey, ciphertexts)).toThrow(UnknownMasterKeyError);
    expect(() => openRecord(ringA, ref, dataKey, ciphertexts)).toThrow('master key "key-b" is not in the keyring (known: key-a)');
  });

  test('re-wrapping changes only the wrapped key: old ciphertexts open with the new key alone', () => {
    const { dataKey, ciphertexts } = sealRecord(ringA, ref, fields);
    const rewrapped = rewrapDataKey(ringAB, ref, dataKey);
    expect(rewrapped.keyId).toBe('key-b');
    expect(rewrapped.wrapped.equals(dataKey.wrapped)).toBe(false);
    const ringB = createKeyring([keyB], 'key-b');
    expect(openRecord(ringB, ref, rewrapped, ciphertexts)).toEqual(fields);
    expect(() => openRecord(ringB, ref, dataKey, ciphertexts)).toThrow(UnknownMasterKeyError);
  });
});
