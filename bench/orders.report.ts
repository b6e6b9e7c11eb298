// The order benchmark's report: one object (written as JSON) and its text and markdown renderings.
import type { MachineInfo, CpuSplit } from './lib/machine';
import type { PgbenchResult } from './lib/pgbench';
import type { DatabaseActivity, StatementStat } from './lib/postgres';
import { type EndpointStats, errorTotal } from './lib/stats';
import { type Cell, type Table, fmt, pct, renderMarkdown, renderText } from './lib/table';
import { ENDPOINT_PATHS, type Endpoint, type ClosedLoopResult, type OpenLoopResult } from './orders.workload';

interface PhaseStats {
  requestsPerS: number;
  listingRefills: number;
  outboxBacklog: number;
  endpoints: EndpointStats[];
  all: EndpointStats;
  errorExamples: { endpoint: string; status: number; detail: string }[];
  cpu: CpuSplit;
  /** Sessions opened, commits and rollbacks in the app's database during the phase (relay included). */
  database: DatabaseActivity;
}

export interface OrdersReport {
  benchmark: 'orders';
  startedAt: string;
  command: string;
  options: { clients: number; durationS: number; warmupS: number; idempotencyKeys: boolean; statStatements: boolean };
  machine: MachineInfo;
  postgres: { origin: string; version: string };
  setup: { pairs: number; warmupLifecyclesPerS: number; listingsPerPairForMax: number; listingsPerPairForHalf: number };
  max: ClosedLoopResult & PhaseStats & { lifecyclesPerS: number; outboxDrainS: number; statements: { totalCalls: number; totalMs: number; top: StatementStat[] } | null };
  half: OpenLoopResult & PhaseStats;
  ceiling: PgbenchResult & { cpu: CpuSplit | null };
  ratio: number;
  database: { ordersByStatus: { status: string; n: number }[]; ordersByRiskDecision: { decision: string | null; n: number }[] };
  profileDir: string | null;
  targets: { ratio: number; halfLoadP99Ms: number };
}

const errorsCell = (errors: Record<string, number>): string => {
  const total = errorTotal(errors);
  if (total === 0) return '0';
  return `${total} (${Object.entries(errors)
    .map(([s, c]) => `${s === '0' ? 'no response' : s}×${c}`)
    .join(', ')})`;
};

const name = (e: string) => (e === 'all' ? 'all five' : `${e} \`${ENDPOINT_PATHS[e as Endpoint]}\``);

/** One row per endpoint plus the total; `verdict` adds a pass/fail column before the errors. */
function endpointTable(
  phase: { endpoints: EndpointStats[]; all: EndpointStats; windowS: number },
  code: (s: string) => string,
  verdict?: { header: string; cell: (e: EndpointStats) => Cell },
): Table {
  const rows: Cell[][] = [...phase.endpoints, phase.all].map((e) => [
    e.endpoint === 'all' ? 'all five' : code(e.endpoint),
    fmt(e.ok / phase.windowS, 0),
    fmt(e.latency.p50, 1),
    fmt(e.latency.p90, 1),
    fmt(e.latency.p99, 1),
    fmt(e.latency.max, 1),
    ...(verdict ? [verdict.cell(e)] : []),
    errorsCell(e.errors),
  ]);
  const headers = ['endpoint', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', ...(verdict ? [verdict.header] : []), 'errors'];
  const align: Table['align'] = ['left', 'right', 'right', 'right', 'right', 'right', ...(verdict ? ['left' as const] : []), 'left'];
  return { headers, rows, align };
}

const maxTable = (r: OrdersReport, code: (s: string) => string): Table => endpointTable(r.max, code);

function halfTable(r: OrdersReport, code: (s: string) => string): Table {
  const target = r.targets.halfLoadP99Ms;
  return endpointTable(r.half, code, { header: `p99 < ${target} ms`, cell: (e) => (e.latency.p99 < target ? 'yes' : 'NO') });
}

/**
 * The ratio as if both sides had had the same CPU: requests per CPU-second of app + Postgres +
 * load generator over transactions per CPU-second of Postgres + pgbench. Less sensitive than the
 * plain ratio to other tenants of a shared machine, which rarely load both phases equally.
 */
function cpuNormalisedRatio(r: OrdersReport): number | null {
  const m = r.max.cpu.cores;
  const c = r.ceiling.cpu?.cores;
  if (!c || m.app == null || m.postgres == null || c.postgres == null) return null;
  const httpCores = m.app + m.postgres + (m['load generator'] ?? 0);
  const pgbenchCores = c.postgres + (c['exited child processes'] ?? 0);
  if (!(httpCores > 0) || !(pgbenchCores > 0)) return null;
  return r.max.requestsPerS / httpCores / (r.ceiling.tps / pgbenchCores);
}

function summaryTable(r: OrdersReport): Table {
  const halfP99 = Math.max(...r.half.endpoints.map((e) => e.latency.p99));
  const normalised = cpuNormalisedRatio(r);
  return {
    headers: ['measure', 'value', 'target', 'met'],
    rows: [
      ['lifecycles/s (max load, closed loop)', fmt(r.max.lifecyclesPerS, 1), '', ''],
      ['requests/s (max load)', fmt(r.max.requestsPerS, 0), '', ''],
      [`pgbench TPC-B-like tps (-c ${r.ceiling.clients} -j ${r.ceiling.threads} -M prepared, scale ${r.ceiling.scale})`, fmt(r.ceiling.tps, 0), '', ''],
      ['requests/s ÷ pgbench tps', pct(r.ratio), `≥ ${pct(r.targets.ratio, 0)}`, r.ratio >= r.targets.ratio ? 'yes' : 'NO'],
      ['CPU-normalised ratio (informational, see notes)', pct(normalised), '', ''],
      [
        `p99, all requests, half load (${fmt(r.half.requestsPerS, 0)} req/s offered open loop)`,
        `${fmt(r.half.all.latency.p99, 1)} ms`,
        `< ${r.targets.halfLoadP99Ms} ms`,
        r.half.all.latency.p99 < r.targets.halfLoadP99Ms ? 'yes' : 'NO',
      ],
      ['worst endpoint p99, half load', `${fmt(halfP99, 1)} ms`, `< ${r.targets.halfLoadP99Ms} ms`, halfP99 < r.targets.halfLoadP99Ms ? 'yes' : 'NO'],
    ],
    align: ['left', 'right', 'left', 'left'],
  };
}

function cpuTable(r: OrdersReport): Table {
  const phases: [string, CpuSplit | null, number][] = [
    ['max load', r.max.cpu, r.max.requestsPerS],
    ['half load', r.half.cpu, r.half.requestsPerS],
    ['pgbench', r.ceiling.cpu, r.ceiling.tps],
  ];
  const keys = ['app', 'postgres', 'load generator', 'exited child processes', 'other (not this run)', 'machine'];
  const label: Record<string, string> = { 'exited child processes': 'pgbench client', machine: 'machine total' };
  const perUnit = (key: string, phaseNames: string[]) =>
    phases.map(([phase, s, rate]): Cell => {
      const cores = s?.cores[key];
      return cores == null || !(rate > 0) || !phaseNames.includes(phase) ? null : fmt((cores / rate) * 1000, 2);
    });
  return {
    headers: ["cores busy (of the machine's)", ...phases.map(([p]) => p)],
    rows: [
      ...keys.filter((k) => phases.some(([, s]) => s?.cores[k] != null)).map((k) => [label[k] ?? k, ...phases.map(([, s]) => fmt(s?.cores[k] ?? null, 2))]),
      ['app CPU ms per request', ...perUnit('app', ['max load', 'half load'])],
      ['postgres CPU ms per request (pgbench: per transaction)', ...perUnit('postgres', ['max load', 'half load', 'pgbench'])],
      ['pgbench client CPU ms per transaction', ...perUnit('exited child processes', ['pgbench'])],
    ],
    align: ['left', 'right', 'right', 'right'],
  };
}

const threadLine = (phase: string, s: CpuSplit | null): string | null => {
  const threads = s?.threads.app;
  if (!threads || Object.keys(threads).length === 0) return null;
  return `app threads, ${phase} (cores): ${Object.entries(threads)
    .slice(0, 6)
    .map(([n, c]) => `${n} ${c.toFixed(2)}`)
    .join(', ')}`;
};

function statementsTable(r: OrdersReport): Table | null {
  const s = r.max.statements;
  if (!s) return null;
  const requests = r.max.all.ok + Object.values(r.max.all.errors).reduce((a, b) => a + b, 0);
  return {
    headers: ['calls', 'per request', 'total ms', 'mean ms', 'share', 'statement'],
    rows: s.top.slice(0, 15).map((q) => [q.calls, fmt(q.calls / requests, 2), fmt(q.totalMs, 0), fmt(q.meanMs, 3), pct(q.totalMs / s.totalMs), q.query.slice(0, 110)]),
    align: ['right', 'right', 'right', 'right', 'right', 'left'],
  };
}

function statementsSummary(r: OrdersReport): string | null {
  const s = r.max.statements;
  if (!s) return null;
  const requests = r.max.all.ok + Object.values(r.max.all.errors).reduce((a, b) => a + b, 0);
  return `pg_stat_statements, max load: ${s.totalCalls} statements (${fmt(s.totalCalls / requests, 1)} per request, relay included), ${fmt(s.totalMs / 1000, 1)} s executing (${fmt(s.totalMs / requests, 2)} ms per request)`;
}

function context(r: OrdersReport): string[] {
  const m = r.machine;
  return [
    `${r.startedAt} · ${m.cpuCount} × ${m.cpuModel} · Node ${m.node} · Postgres ${r.postgres.version} (${r.postgres.origin}) · ${r.ceiling.version}`,
    `commit ${m.gitCommit?.slice(0, 12) ?? 'unknown'}${m.gitDirty ? ' (dirty)' : ''} · load average at start ${m.loadAverageAtStart.join(' ')}`,
    `${r.options.clients} clients · ${r.options.durationS} s per phase · ${r.options.warmupS} s warm-up · Idempotency-Key on create and pay: ${r.options.idempotencyKeys ? 'yes' : 'no'}`,
  ];
}

function notes(r: OrdersReport): string[] {
  const out: string[] = [];
  out.push(
    'CPU-normalised ratio: requests per CPU-second of app + Postgres + load generator ÷ pgbench transactions per CPU-second of ' +
      'Postgres + pgbench; other tenants of a shared machine move it far less than the plain ratio',
  );
  if (r.profileDir) out.push(`the app ran under --cpu-prof (slower than usual); profiles in ${r.profileDir}`);
  if (r.options.statStatements) out.push('Postgres ran with pg_stat_statements loaded (slightly slower than usual)');
  const decisions = r.database.ordersByRiskDecision.map((d) => `${d.decision ?? 'unscored'} ${d.n}`).join(', ');
  out.push(`orders by risk decision: ${decisions}`);
  const perRequest = (n: number, phase: PhaseStats, windowS: number) => fmt(n / (phase.requestsPerS * windowS), 2);
  out.push(
    `Postgres, max load: ${perRequest(r.max.database.commits, r.max, r.max.windowS)} commits per request (pgbench: 1 per transaction), ` +
      `${r.max.database.rollbacks} rollbacks, ${r.max.database.sessions} new sessions; half load: ${r.half.database.sessions} new sessions`,
  );
  out.push(
    `max load: ${r.max.lifecycles} lifecycles, ${r.max.failedLifecycles} failed; outbox backlog ${r.max.outboxBacklog} rows, relayed in ${fmt(r.max.outboxDrainS, 1)} s after the phase`,
  );
  out.push(
    `half load: ${r.half.scheduled} lifecycles scheduled at ${fmt(r.half.targetLifecyclesPerS, 1)}/s, ${r.half.failedLifecycles} failed, ` +
      `max ${r.half.maxInFlight} in flight, generator start lag ≤ ${fmt(r.half.maxStartLagMs, 1)} ms; latency from the intended start (no coordinated omission)`,
  );
  for (const line of [threadLine('max load', r.max.cpu), threadLine('half load', r.half.cpu)]) if (line) out.push(line);
  if (r.max.listingRefills + r.half.listingRefills > 0) {
    out.push(`listing pool ran dry: ${r.max.listingRefills + r.half.listingRefills} listings made inside timed phases (numbers slightly pessimistic)`);
  }
  for (const e of [...r.max.errorExamples, ...r.half.errorExamples].slice(0, 5)) out.push(`error example: ${e.endpoint} ${e.status} ${e.detail}`);
  return out;
}

export function renderTextReport(r: OrdersReport): string {
  const plain = (s: string) => s;
  return [
    'Order lifecycle benchmark',
    ...context(r),
    '',
    `Max load: closed loop, ${r.options.clients} clients, ${r.max.windowS} s`,
    renderText(maxTable(r, plain)),
    '',
    `Half load: open loop at ${fmt(r.half.targetLifecyclesPerS, 1)} lifecycles/s (50% of max requests/s)`,
    renderText(halfTable(r, plain)),
    '',
    renderText(summaryTable(r)),
    '',
    renderText(cpuTable(r)),
    '',
    ...notes(r),
    ...(statementsTable(r) ? ['', statementsSummary(r)!, renderText(statementsTable(r)!)] : []),
  ].join('\n');
}

export function renderMarkdownReport(r: OrdersReport): string {
  const code = (e: string) => name(e);
  return [
    '### Order lifecycle (`npm run bench:orders`)',
    '',
    ...context(r).map((l) => `${l}  `),
    '',
    renderMarkdown(summaryTable(r)),
    '',
    `**Max load** (closed loop, ${r.options.clients} clients, ${r.max.windowS} s):`,
    '',
    renderMarkdown(maxTable(r, code)),
    '',
    `**Half load** (open loop, ${fmt(r.half.targetLifecyclesPerS, 1)} lifecycles/s):`,
    '',
    renderMarkdown(halfTable(r, code)),
    '',
    '**Where the CPU went** (cores busy on average):',
    '',
    renderMarkdown(cpuTable(r)),
    '',
    ...notes(r).map((n) => `- ${n}`),
    '',
  ].join('\n');
}
