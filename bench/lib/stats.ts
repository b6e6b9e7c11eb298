// Latency statistics for benchmarks: exact percentiles over every sample (runs are short enough
// that keeping all samples is cheaper than being clever), and a recorder keyed by endpoint.

export interface Summary {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array; NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  if (p >= 100) return sorted[sorted.length - 1]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)]!;
}

export function summarize(samples: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const x of sorted) sum += x;
  return {
    count: sorted.length,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
  };
}

export interface EndpointStats {
  endpoint: string;
  ok: number;
  /** Non-2xx responses by status; status 0 means the request failed without a response. */
  errors: Record<string, number>;
  /** Latency of successful requests, in milliseconds. */
  latency: Summary;
}

/** Collects per-endpoint latencies (successes only) and error counts by status. */
export function createRecorder(endpoints: readonly string[]) {
  const samples = new Map<string, number[]>(endpoints.map((e) => [e, []]));
  const errors = new Map<string, Map<number, number>>(endpoints.map((e) => [e, new Map()]));
  const errorExamples: { endpoint: string; status: number; detail: string }[] = [];

  return {
    ok(endpoint: string, ms: number): void {
      const list = samples.get(endpoint);
      if (!list) throw new Error(`unknown endpoint ${endpoint}`);
      list.push(ms);
    },
    error(endpoint: string, status: number, detail: string): void {
      const byStatus = errors.get(endpoint);
      if (!byStatus) throw new Error(`unknown endpoint ${endpoint}`);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      if (errorExamples.length < 10) errorExamples.push({ endpoint, status, detail: detail.slice(0, 300) });
    },
    okCount(): number {
      let n = 0;
      for (const list of samples.values()) n += list.length;
      return n;
    },
    errorCount(): number {
      let n = 0;
      for (const byStatus of errors.values()) for (const c of byStatus.values()) n += c;
      return n;
    },
    /** Per endpoint, then an `all` row over every successful request. */
    report(): { endpoints: EndpointStats[]; all: EndpointStats; errorExamples: typeof errorExamples } {
      const rows = [...samples.keys()].map((endpoint) => ({
        endpoint,
        ok: samples.get(endpoint)!.length,
        errors: Object.fromEntries([...errors.get(endpoint)!].map(([s, c]) => [String(s), c])),
        latency: summarize(samples.get(endpoint)!),
      }));
      const allErrors: Record<string, number> = {};
      for (const row of rows) for (const [s, c] of Object.entries(row.errors)) allErrors[s] = (allErrors[s] ?? 0) + c;
      const all = { endpoint: 'all', ok: rows.reduce((n, r) => n + r.ok, 0), errors: allErrors, latency: summarize([...samples.values()].flat()) };
      return { endpoints: rows, all, errorExamples: [...errorExamples] };
    },
  };
}

export type Recorder = ReturnType<typeof createRecorder>;

export const errorTotal = (errors: Record<string, number>): number => Object.values(errors).reduce((a, b) => a + b, 0);
