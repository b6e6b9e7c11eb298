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
};
