import { z } from 'zod';
import { defineEvent } from './event';
import { id, MODEL_STATUSES } from './fields';

export const MODEL_EVENTS = {
  'model_version.status_changed': defineEvent(
    'model',
    'A fraud model version was registered at start-up, or an admin promoted, shadowed, retired or rolled it back.',
    z.strictObject({
      version: z.string(),
      from_status: z.enum(MODEL_STATUSES).nullable().describe('null when the file was first registered'),
      to_status: z.enum(MODEL_STATUSES),
      reason: z.string(),
      actor_id: id.nullable().describe('null for the start-up registration'),
    }),
  ),
  'model.drift_detected': defineEvent(
    'model',
    'Model monitoring found a version’s score distribution shifted past the alert level (PSI against the live model on the same payments, or its last 7 days against the 28 before); at most once per version a day.',
    z.strictObject({
      version: z.string(),
      measure: z.enum(['vs_live', 'over_time']),
      psi: z.number().min(0),
      expected_scores: z.number().int().min(0).describe('scores on the reference side: the live model’s, or the earlier period’s'),
      actual_scores: z.number().int().min(0),
      level: z.number().describe('the configured alert level (MODEL_DRIFT_PSI_ALERT)'),
    }),
  ),
  'model.precision_dropped': defineEvent(
    'model',
    'Model monitoring found a version’s precision at its review threshold (share of labelled flagged orders that were fraud) below the alert level, over enough labels; at most once per version a day.',
    z.strictObject({
      version: z.string(),
      precision: z.number().min(0).max(1),
      precision_low: z.number().min(0).max(1).describe('95% Wilson interval'),
      precision_high: z.number().min(0).max(1),
      flagged: z.number().int().min(0).describe('labelled orders the version flagged'),
      level: z.number().describe('the configured alert level (MODEL_PRECISION_ALERT)'),
    }),
  ),
};
