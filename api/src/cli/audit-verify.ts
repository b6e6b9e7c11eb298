import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../config';
import { type AuditProblem, type AuditVerification, loadSigningKey, publicKeyEntry, trustedAuditKeys, verifyAuditChain } from '../modules/platform/audit';
import { withCliDatabase } from './cli-database';
import { errorMessage, fail, out } from './cli-output';

const COMMAND = 'audit:verify';

// npm run audit:verify [-- --batch-size N | --public-key]
// Exit 0: the chain is intact; 1: tampering found; 2: usage, configuration or connection error;
// 3: intact, but entries have waited unsealed past the threshold (the worker's sealer is not running).
// Entries still waiting to be sealed are not verified, only counted.
const USAGE = `usage: npm run audit:verify [-- --batch-size N]
       npm run audit:verify -- --public-key   (prints the AUDIT_PUBLIC_KEYS item for this machine's signing key)`;

async function main(): Promise<number> {
  let args;
  let config: Config;
  try {
    args = parseArgs({ options: { 'batch-size': { type: 'string' }, 'public-key': { type: 'boolean' }, help: { type: 'boolean' } } }).values;
    config = loadConfig();
  } catch (err) {
    return fail(COMMAND, `${errorMessage(err)}\n${USAGE}`);
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }
  const batchSize = Number(args['batch-size'] ?? 5000);
  if (!Number.isInteger(batchSize) || batchSize < 1) return fail(COMMAND, `--batch-size must be a positive integer\n${USAGE}`);

  let keys;
  try {
    if (args['public-key']) {
      const signer = loadSigningKey(config, { create: false });
      if (!signer) return fail(COMMAND, 'no signing key: AUDIT_SIGNING_KEY is unset and DATA_DIR holds none');
      out(publicKeyEntry(signer.privateKey));
      return 0;
    }
    keys = trustedAuditKeys(config);
  } catch (err) {
    return fail(COMMAND, errorMessage(err));
  }

  let result: AuditVerification;
  try {
    result = await withCliDatabase(config, (db) => verifyAuditChain(db, keys, { batchSize, onProblem: (p) => out(`PROBLEM ${describe(p)}`) }));
  } catch (err) {
    return fail(COMMAND, `cannot read the audit log: ${errorMessage(err)}`);
  }

  const last = result.lastCheckpoint;
  out(`entries      ${result.entries}${result.head ? ` (head seq ${result.head.seq}, hash ${result.head.entryHash})` : ''}`);
  const backlog = result.unsealed;
  if (backlog.oldestAt) out(`unsealed     ${backlog.count} (not verified yet; oldest made ${backlog.oldestAt.toISOString()})`);
  out(`checkpoints  ${result.checkpoints}${last ? ` (last: seq ${last.seq}, signed ${last.signedAt.toISOString()} by key ${last.keyId})` : ''}`);
  out(`trusted keys ${[...keys.keys()].join(', ') || 'none (set AUDIT_PUBLIC_KEYS, or AUDIT_SIGNING_KEY / DATA_DIR)'}`);
  if (result.head && (!last || last.seq < result.head.seq)) {
    out(`unsigned     ${result.head.seq - (last?.seq ?? 0)} entries after the last checkpoint (a consistent rewrite of these would go unnoticed)`);
  }
  if (!result.intact) {
    out(`TAMPERED: ${result.problemCount} problem(s)`);
    return 1;
  }
  if (result.problemCount > 0) {
    out('INTACT, BUT THE SEALER IS BEHIND');
    return 3;
  }
  out('INTACT');
  return 0;
}

function describe(p: AuditProblem): string {
  return `${p.kind} seq=${p.seq ?? '-'}${p.id ? ` id=${p.id}` : ''}: ${p.message}`;
}

main().then((code) => process.exit(code));
