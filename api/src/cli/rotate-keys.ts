import { loadConfig } from '../config';
import { keyCounts, loadKeyring, rewrapAll } from '../adapters/keyring';
import { EVIDENCE_TABLE } from '../modules/trust-safety/disputes';
import { ENCRYPTED_TABLES as OIDC_TABLES } from '../modules/marketplace/oidc';
import { ENCRYPTED_TABLES as PROFILE_TABLES } from '../modules/marketplace/profiles';
import { DATA_EXPORTS_TABLE } from '../modules/marketplace/account-data';
import { ENCRYPTED_TABLES as TWO_FACTOR_TABLES } from '../modules/marketplace/two-factor';
import { REALTIME_EVENTS_TABLE } from '../modules/platform/realtime';
import { MESSAGES_TABLE } from '../modules/marketplace/conversations';
import { PUSH_SUBSCRIPTIONS_TABLE } from '../modules/marketplace/notifications';
import { ORDER_ADDRESSES_TABLE, SAVED_ADDRESSES_TABLE } from '../modules/marketplace/shipping';
import { withCliDatabase } from './cli-database';

const ENCRYPTED_TABLES = [
  ...PROFILE_TABLES,
  ...OIDC_TABLES,
  ...TWO_FACTOR_TABLES,
  EVIDENCE_TABLE,
  DATA_EXPORTS_TABLE,
  REALTIME_EVENTS_TABLE,
  MESSAGES_TABLE,
  PUSH_SUBSCRIPTIONS_TABLE,
  SAVED_ADDRESSES_TABLE,
  ORDER_ADDRESSES_TABLE,
];

// `npm run keys:rotate [-- --batch-size=N]` re-wraps every record's data key under the active master
// key, online, while the app keeps serving. Rotation:
//   1. MASTER_KEYS=old:…,new:…  MASTER_KEY_ID=new — deploy: new writes use `new`, old records still open.
//   2. npm run keys:rotate (same settings) — safe to interrupt and rerun; exits 0 once nothing is left.
//   3. Remove `old` from MASTER_KEYS and deploy.
const DEFAULT_BATCH_SIZE = 100;

function batchSizeFrom(args: readonly string[]): number {
  const arg = args.find((a) => a.startsWith('--batch-size='));
  const size = arg === undefined ? DEFAULT_BATCH_SIZE : Number(arg.slice('--batch-size='.length));
  if (!Number.isInteger(size) || size < 1 || size > 10_000) throw new Error('Invalid argument:\n  --batch-size: must be an integer from 1 to 10000');
  return size;
}

async function main(): Promise<number> {
  const config = loadConfig();
  const batchSize = batchSizeFrom(process.argv.slice(2));
  const keyring = loadKeyring(config);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  return withCliDatabase(config, async (db) => {
    out(`Re-wrapping data keys under master key ${keyring.activeKeyId}, ${batchSize} records per transaction`);
    const rewrapped = await rewrapAll(db, keyring, ENCRYPTED_TABLES, {
      batchSize,
      onBatch: ({ table, rewrapped: n }) => out(`  ${table}: ${n} re-wrapped`),
    });
    out(`Re-wrapped ${rewrapped} data keys.`);

    const perKey = new Map<string, number>();
    for (const { keyId, records } of await keyCounts(db, ENCRYPTED_TABLES)) perKey.set(keyId, (perKey.get(keyId) ?? 0) + records);
    out('Records per master key id:');
    for (const [keyId, records] of perKey) {
      const note = keyId === keyring.activeKeyId ? 'active' : keyring.keyIds.includes(keyId) ? 'remaining' : 'remaining, NOT in MASTER_KEYS: cannot be decrypted';
      out(`  ${keyId.padEnd(24)} ${String(records).padStart(10)}  (${note})`);
    }
    const remaining = [...perKey].filter(([keyId]) => keyId !== keyring.activeKeyId).reduce((sum, [, n]) => sum + n, 0);
    if (remaining === 0) {
      out(`Every record is under ${keyring.activeKeyId}; other keys may now be removed from MASTER_KEYS.`);
      return 0;
    }
    out(`${remaining} records are still under other keys (rows busy during the run are skipped): run again before removing a key.`);
    return 1;
  });
}

main().then(
  (code) => process.exit(code),
  (err) => {
    const undefinedTable = (err as { code?: string }).code === '42P01';
    const message = undefinedTable ? 'the database has no encrypted tables yet; start the app once to migrate it' : err instanceof Error ? err.message : String(err);
    process.stderr.write(`keys:rotate failed: ${message}\n`);
    process.exit(2);
  },
);
