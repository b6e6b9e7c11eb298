import { z } from 'zod';
import { MODEL_STATUSES, ModelVersionParams } from '../model-registry';

const Proportion = z
  .object({ value: z.number(), low: z.number(), high: z.number(), successes: z.number().int(), trials: z.number().int() })
  .describe('successes / trials with its 95% Wilson interval [low, high]');

const Psi = z
  .object({ value: z.number(), reading: z.enum(['stable', 'moderate', 'major']), expected_n: z.number().int(), actual_n: z.number().int() })
  .describe('Population stability index on ten fixed score bins: < 0.1 stable, 0.1–0.25 moderate, > 0.25 major; expected_n/actual_n scores on each side');

export const ModelFiguresResponse = z
  .object({
    version: z.string(),
    window_days: z.number().int(),
    review_threshold: z.number().int().describe('The score at which this version sends a payment to review'),
    scored: z.number().int().describe('Orders the version scored in the window (live or in shadow)'),
    labelled: z.number().int().describe('…labelled by a closed fraud case or a decided fraud chargeback'),
    positives: z.number().int(),
    pending: z.number().int().describe('Scored, not (yet) labelled'),
    flagged: z.number().int().describe('Labelled orders scored at or above the review threshold'),
    true_positives: z.number().int(),
    precision: Proportion.nullable(),
    recall: Proportion.nullable(),
    pr_auc: z.number().nullable().describe('Average precision over the labelled orders; null under 10 positives'),
    psi_vs_live: Psi.nullable().describe('A shadow against the live model on the same payments'),
    psi_over_time: Psi.nullable().describe('The last 7 days against the 28 before'),
  })
  .meta({ id: 'ModelFigures' });

export const ModelMonitoringResponse = z
  .object({
    version: z.string(),
    status: z.enum(MODEL_STATUSES),
    computed_at: z.iso.datetime(),
    source: z.enum(['snapshot', 'computed']).describe('snapshot: the worker’s latest, still fresh; computed: computed for this request'),
    figures: ModelFiguresResponse,
    alerts: z.array(z.object({ kind: z.enum(['drift', 'precision']), raised_at: z.iso.datetime(), details: z.record(z.string(), z.unknown()) })).describe('The last 7 days'),
  })
  .meta({ id: 'ModelMonitoring' });

export const MonitoringHistoryQuery = z.strictObject({
  version: ModelVersionParams.shape.version.optional().describe('Only this version’s snapshots'),
  days: z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(1, 'must be at least 1').max(365, 'must be at most 365').default(30).describe('How far back'),
});

export const MonitoringHistoryResponse = z.object({
  data: z.array(z.object({ computed_at: z.iso.datetime(), figures: ModelFiguresResponse })).describe('Oldest first'),
});
