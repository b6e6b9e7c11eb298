import { z } from 'zod';
import { defineEvent } from './event';
import { id, MODEL_STATUSES } from './fields';

export const MODEL_EVENTS = {
  'model_version.status_changed': defineEvent('model', 'An admin promoted, shadowed, retired or rolled back a fraud model version.', z.strictObject({
    version: z.string(), from_status: z.enum(MODEL_STATUSES), to_status: z.enum(MODEL_STATUSES), reason: z.string(), actor_id: id,
  })),
};
