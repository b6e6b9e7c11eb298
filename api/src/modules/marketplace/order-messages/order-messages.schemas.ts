import { z } from 'zod';

export const MessageBody = z.strictObject({
  body: z.string({ error: 'is required' }).trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
});
export const MessageResponse = z.object({ id: z.uuid(), author_id: z.uuid(), body: z.string(), created_at: z.iso.datetime() }).meta({ id: 'Message' });
