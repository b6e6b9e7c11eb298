// tsx bench/audit-append.ts [--clients 40] [--duration 10] [--rounds 2] [--hold-ms 0,5]
//
// Audit appends per second: `clients` concurrent transactions, each one append (then, with
// --hold-ms, that long of other work before commit, as a money transaction has), chained at write
// time as before (the lock held to commit) against inserting unsealed with the sealer running as
// the worker runs it. The phases alternate for `rounds` on the same fresh database, so a noisy
// machine weighs on both alike; the combined chain is verified at the end.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Kysely, type Transaction, sql } from 'kysely';
import { createDatabase } from '../api/src/db/database';
import { migrateToLatest } from '../api/src/db/migrate';
import type { DB } from '../api/src/db/schema';
import { type AuditEntry, appendAudit, sealAuditBacklog, verifyAuditChain } from '../api/src/modules/platform/audit';
import { GENESIS_HASH, entryHash, seqNumber } from '../api/src/modules/platform/audit/audit-hash';
import { chainHead } from '../api/src/modules/platform/audit/audit-seal';
import { canonicalJson } from '../api/src/modules/platform/audit/canonical-json';
import { REPO_ROOT } from './lib/app';
import { adminQuery, startBenchServer } from './lib/postgres';
import { createCleanup } from './lib/processes';
import { fmt, renderMarkdown, renderText } from './lib/table';

const log = (line: string) => process.stderr.write(`[bench:audit-append] ${line}\n`);

/** The baseline: appendAudit as it was before sealing moved after commit (commit 6afe616). */
async function appendChainedAtWriteTime(trx: Transaction<DB>, entry: AuditEntry): Promise<void> {
  const fields = {
    actor_id: entry.actorId,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    details: entry.details,
    created_at: entry.at,
  };
  await sql`SELECT pg_advisory_xact_lock(${0x6175_6469_745f_6c67n})`.execute(trx);
  const head = await chainHead(trx);
  const seq = head ? seqNumber(head.seq) + 1 : 1;
  const prevHash = head?.entry_hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_log')
    .values({ ...fields, seq, details: canonicalJson(entry.details), prev_hash: prevHash, entry_hash: entryHash(prevHash, { ...fields, seq }) })
    .execute();
}

type Variant = 'write-time chain' | 'seal after commit';

interface Phase {
  variant: Variant;
  holdMs: number;
  round: number;
  commits: number;
  errors: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Unsealed entries when the phase ended, and how long the sealer then took to chain them. */
  backlog: number;
  drainMs: number;
}

async function runPhase(db: Kysely<DB>, variant: Variant, opts: { clients: number; durationS: number; holdMs: number; sealIntervalMs: number; round: number }): Promise<Phase> {
  const append = variant === 'write-time chain' ? appendChainedAtWriteTime : appendAudit;
  let sealing = variant === 'seal after commit';
  // The worker's job: seal the backlog, pause, again (see api/src/worker.ts).
  const sealer = (async () => {
    while (sealing) {
      await sealAuditBacklog(db);
      await new Promise((resolve) => setTimeout(resolve, opts.sealIntervalMs));
    }
  })();
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const endAt = started + opts.durationS * 1000;
  await Promise.all(
    Array.from({ length: opts.clients }, async () => {
      while (performance.now() < endAt) {
        const t0 = performance.now();
        try {
          await db.transaction().execute(async (trx) => {
            await append(trx, { actorId: null, action: 'ledger.transfer', entityType: 'ledger_transaction', entityId: randomUUID(), details: { amount: 1999 }, at: new Date() });
            if (opts.holdMs > 0) await sql`SELECT pg_sleep(${opts.holdMs / 1000})`.execute(trx);
          });
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1000;
  sealing = false;
  await sealer;
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE seq IS NULL`.execute(db);
  const backlog = rows[0]!.n;
  const drainStart = performance.now();
  await sealAuditBacklog(db, { wait: true });
  const drainMs = performance.now() - drainStart;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
  return {
    variant,
    holdMs: opts.holdMs,
    round: opts.round,
    commits: latencies.length,
    errors,
    perSecond: latencies.length / elapsedS,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    backlog,
    drainMs,
  };
}

function positiveInts(raw: string, name: string, min = 1): number[] {
  const values = raw.split(',').map(Number);
  if (values.some((n) => !Number.isInteger(n) || n < min)) throw new Error(`--${name} must be integers ≥ ${min}, got ${raw}`);
  return values;
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      clients: { type: 'string', default: '40' },
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '2' },
      'hold-ms': { type: 'string', default: '0,5' },
      'seal-interval-ms': { type: 'string', default: '200' },
    },
  });
  const [clients] = positiveInts(args.clients, 'clients') as [number];
  const [durationS] = positiveInts(args.duration, 'duration') as [number];
  const [rounds] = positiveInts(args.rounds, 'rounds') as [number];
  const [sealIntervalMs] = positiveInts(args['seal-interval-ms'], 'seal-interval-ms') as [number];
  const holds = positiveInts(args['hold-ms'], 'hold-ms', 0);

  const cleanup = createCleanup(log);
  cleanup.installSignalHandlers();
  const tmp = mkdtempSync(path.join(tmpdir(), 'agora-bench-audit-'));
  cleanup.add('remove temp dir', () => rmSync(tmp, { recursive: true, force: true }));
  try {
    const server = await startBenchServer(tmp, cleanup, process.env.BENCH_DATABASE_URL);
    const db = createDatabase(server.appUrl, clients + 2);
    cleanup.add('close pool', async () => {
      await db.destroy();
      // pool.end() resolves before the server has closed the sessions; stopping it while they
      // linger makes them emit unhandled errors. Wait for them first (as test/postgres.ts does).
      const sessions = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'agora'`;
      for (let i = 0; i < 100 && (await adminQuery<{ n: number }>(server.appUrl, sessions))[0]!.n > 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await migrateToLatest(db);

    const phases: Phase[] = [];
    for (const holdMs of holds) {
      for (let round = 1; round <= rounds; round += 1) {
        for (const variant of ['write-time chain', 'seal after commit'] as const) {
          log(`${variant}, hold ${holdMs} ms, round ${round}…`);
          phases.push(await runPhase(db, variant, { clients, durationS, holdMs, sealIntervalMs, round }));
        }
      }
    }
    const verified = await verifyAuditChain(db, new Map());
    if (!verified.intact || verified.unsealed.count > 0) throw new Error(`the combined chain does not verify: ${JSON.stringify(verified.problems.slice(0, 3))}`);

    const table = {
      headers: ['variant', 'hold ms', 'round', 'commits', 'errors', 'appends/s', 'p50 ms', 'p99 ms', 'backlog at end', 'drain ms'],
      rows: phases.map((p) => [p.variant, p.holdMs, p.round, p.commits, p.errors, fmt(p.perSecond, 0), fmt(p.p50Ms), fmt(p.p99Ms), p.backlog, fmt(p.drainMs, 0)]),
    };
    const ratios = holds.map((holdMs) => {
      const mean = (variant: Variant) => {
        const mine = phases.filter((p) => p.variant === variant && p.holdMs === holdMs);
        return mine.reduce((sum, p) => sum + p.perSecond, 0) / mine.length;
      };
      return `hold ${holdMs} ms: ${fmt(mean('write-time chain'), 0)} → ${fmt(mean('seal after commit'), 0)} appends/s (×${fmt(mean('seal after commit') / mean('write-time chain'), 2)})`;
    });
    const summary = `${clients} clients, ${durationS} s per phase, chain of ${verified.entries} entries verified intact`;
    process.stdout.write(`${renderText(table)}\n\n${ratios.join('\n')}\n${summary}\n`);
    writeFileSync(
      path.join(REPO_ROOT, 'bench/results/audit-append-latest.md'),
      `# Audit appends: write-time chain vs seal after commit\n\n${summary}; Postgres: ${server.origin}.\n\n${renderMarkdown(table)}\n\n${ratios.map((r) => `- ${r}`).join('\n')}\n`,
    );
  } finally {
    await cleanup.run();
  }
}

main().catch((err: unknown) => {
  log(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
