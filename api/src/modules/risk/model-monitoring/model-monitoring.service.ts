import { modelThresholds } from '@agora/fraud-models';
import type { Kysely } from 'kysely';
import { modelsLocation, readModelFile } from '../../../adapters/serving-models';
import type { AppContext } from '../../../context';
import type { DB, ModelAlertKind } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { notFound } from '../../../errors';
import { appendEvents } from '../../platform/outbox';
import { type ModelVersionRow, findModelVersion, servingModelVersions } from '../model-registry';
import { trainingLabels, versionScores } from '../scoring';
import { type ModelFigures, modelFigures, scoresSince } from './model-figures';
import { alertsSince, insertSnapshot, latestSnapshot, recordAlert } from './model-monitoring.repository';

type MonitoringConfig = AppContext['config'];
const DAY_MS = 86_400_000;

/** The score at which the version sends a payment to review: the thresholds its file carries, else the configured one. */
async function reviewThreshold(ctx: AppContext, row: ModelVersionRow): Promise<number> {
  try {
    const { bytes } = await readModelFile(modelsLocation(ctx.config).dir, row.file);
    return modelThresholds(bytes)?.review ?? ctx.config.RISK_REVIEW_THRESHOLD;
  } catch (err) {
    // A retired version's file may be gone; its scores are still worth reading.
    if ((err as { code?: string }).code === 'ENOENT') return ctx.config.RISK_REVIEW_THRESHOLD;
    throw err;
  }
}

/** Every closing label decided since `since`, by order: a label of an order scored in the window is decided after it. */
async function labelsSince(db: Kysely<DB>, since: Date): Promise<Map<string, 0 | 1>> {
  return new Map((await trainingLabels(db, since)).map((l) => [l.orderId, l.label]));
}

async function computeFigures(ctx: AppContext, row: ModelVersionRow, labels: ReadonlyMap<string, 0 | 1>, now: Date): Promise<ModelFigures> {
  const windowDays = ctx.config.MODEL_MONITORING_WINDOW_DAYS;
  const scores = await versionScores(ctx.db, row.version, scoresSince(now, windowDays));
  return modelFigures({ version: row.version, reviewThreshold: await reviewThreshold(ctx, row), windowDays, now }, scores, labels);
}

export interface Alert {
  kind: ModelAlertKind;
  event: 'model.drift_detected' | 'model.precision_dropped';
  details: Record<string, unknown>;
}

/** What in the figures crosses an alert level, counting only samples large enough to mean something. */
export function alertsOf(
  f: ModelFigures,
  config: Pick<MonitoringConfig, 'MODEL_DRIFT_PSI_ALERT' | 'MODEL_DRIFT_MIN_SCORES' | 'MODEL_PRECISION_ALERT' | 'MODEL_PRECISION_MIN_LABELS'>,
): Alert[] {
  const alerts: Alert[] = [];
  const drifts = (
    [
      ['vs_live', f.psi_vs_live],
      ['over_time', f.psi_over_time],
    ] as const
  ).flatMap(([measure, p]) => (p && p.value > config.MODEL_DRIFT_PSI_ALERT && Math.min(p.expected_n, p.actual_n) >= config.MODEL_DRIFT_MIN_SCORES ? [{ measure, ...p }] : []));
  const worst = drifts.sort((a, b) => b.value - a.value)[0];
  if (worst) {
    alerts.push({
      kind: 'drift',
      event: 'model.drift_detected',
      details: {
        version: f.version,
        measure: worst.measure,
        psi: worst.value,
        expected_scores: worst.expected_n,
        actual_scores: worst.actual_n,
        level: config.MODEL_DRIFT_PSI_ALERT,
      },
    });
  }
  const p = f.precision;
  if (p && p.trials >= config.MODEL_PRECISION_MIN_LABELS && p.value < config.MODEL_PRECISION_ALERT) {
    alerts.push({
      kind: 'precision',
      event: 'model.precision_dropped',
      details: { version: f.version, precision: p.value, precision_low: p.low, precision_high: p.high, flagged: p.trials, level: config.MODEL_PRECISION_ALERT },
    });
  }
  return alerts;
}

/**
 * The worker's job: snapshots the figures of every serving version (active and shadows) and raises
 * what crosses an alert level, at most once per version, kind and day. An alert is an outbox event,
 * which the staff watching the models queue (`staff:models`) are told of live, and analytics keeps.
 * Returns the alerts raised.
 */
export async function runModelMonitoring(ctx: AppContext): Promise<Alert[]> {
  const now = ctx.clock.now();
  const labels = await labelsSince(ctx.db, new Date(now.getTime() - ctx.config.MODEL_MONITORING_WINDOW_DAYS * DAY_MS));
  const raised: Alert[] = [];
  for (const row of await servingModelVersions(ctx.db)) {
    const figures = await computeFigures(ctx, row, labels, now);
    await inTransaction(ctx.db, async (trx) => {
      await insertSnapshot(trx, figures, now);
      for (const alert of alertsOf(figures, ctx.config)) {
        if (!(await recordAlert(trx, { version: row.version, kind: alert.kind, details: alert.details, at: now }))) continue;
        await appendEvents(trx, [{ type: alert.event, aggregateType: 'model', aggregateId: row.id, occurredAt: now, payload: alert.details }]);
        raised.push(alert);
      }
    });
  }
  if (raised.length > 0) ctx.logger.child({ module: 'model-monitoring' }).warn({ alerts: raised.map((a) => a.details) }, 'model monitoring alerts');
  return raised;
}

/** Alerts shown beside a version's figures: the last week's. */
const ALERT_DAYS = 7;

/**
 * A version's latest figures: the worker's last snapshot while it is fresh (younger than the job's
 * interval), otherwise computed now (and not stored: reading changes nothing).
 */
export async function versionMonitoring(ctx: AppContext, version: string) {
  const row = await findModelVersion(ctx.db, version);
  if (!row) throw notFound('model version');
  const now = ctx.clock.now();
  const snapshot = await latestSnapshot(ctx.db, version, ctx.config.MODEL_MONITORING_WINDOW_DAYS);
  const fresh = snapshot && snapshot.computedAt.getTime() > now.getTime() - ctx.config.MODEL_MONITORING_INTERVAL_MS;
  const current = fresh
    ? { ...snapshot, source: 'snapshot' as const }
    : {
        computedAt: now,
        figures: await computeFigures(ctx, row, await labelsSince(ctx.db, new Date(now.getTime() - ctx.config.MODEL_MONITORING_WINDOW_DAYS * DAY_MS)), now),
        source: 'computed' as const,
      };
  const alerts = await alertsSince(ctx.db, version, new Date(now.getTime() - ALERT_DAYS * DAY_MS));
  return { status: row.status, ...current, alerts };
}
