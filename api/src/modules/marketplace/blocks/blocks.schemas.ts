import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';

export const BlockBody = z.strictObject({ user_id: Uuid.describe('The user to block') });

export const BlockedUserParams = z.strictObject({ user_id: Uuid.describe('The blocked user’s id') });

export const ListBlocksQuery = PageQuery.strict();

export const BlockResponse = z
  .object({
    user_id: z.uuid(),
    display_name: z.string(),
    created_at: z.iso.datetime().describe('When you blocked them'),
  })
  .meta({ id: 'Block', description: 'A user you blocked' });
