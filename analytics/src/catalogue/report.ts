import { z } from 'zod';
import { defineEvent } from './event';
import { id, REPORT_ACTIONS, REPORT_REASONS, REPORT_TARGET_TYPES } from './fields';

export const REPORT_EVENTS = {
  'report.created': defineEvent(
    'report',
    'A user reported a listing, user, message or review (never the note).',
    z.strictObject({
      report_id: id,
      reporter_id: id,
      target_type: z.enum(REPORT_TARGET_TYPES),
      target_id: id,
      reason: z.enum(REPORT_REASONS),
    }),
  ),
  'report.decided': defineEvent(
    'report',
    'A moderator actioned or dismissed the report.',
    z.strictObject({
      report_id: id,
      decision: z.enum(['action', 'dismiss']),
      status: z.enum(['actioned', 'dismissed']),
      action: z.enum(REPORT_ACTIONS).nullable(),
      target_type: z.enum(REPORT_TARGET_TYPES),
      target_id: id,
      decided_by: id,
      decided_with: id.nullable().describe('the report whose verdict decided this one too (another open report on the same target); null for that report itself'),
    }),
  ),
};
