import { z } from 'zod';
import type { TopicKind } from '../../platform/realtime';
import { findShownAuction } from './auctions.service';

/** An auction's room: `auction:<id>`, where each accepted bid's price, leader label and end are broadcast. */
export const auctionTopic = (auctionId: string) => `auction:${auctionId}`;

/** Anyone signed in may watch an auction they may see (its seller, or anyone while its listing is visible to them). */
export const AUCTION_TOPIC: TopicKind = {
  prefix: 'auction',
  async authorize(ctx, user, id) {
    if (!z.uuid().safeParse(id).success) return false;
    return findShownAuction(ctx, id, user.id).then(
      () => true,
      () => false,
    );
  },
};
