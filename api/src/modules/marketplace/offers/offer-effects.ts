import type { Transaction } from 'kysely';
import type { Keyring } from '../../../adapters/keyring';
import type { DB } from '../../../db/schema';
import { toAmount } from '../../money/currencies';
import { appendEvents } from '../../platform/outbox';
import { publishToUsers } from '../../platform/realtime';
import { findListing } from '../listings';
import { type NotificationType, notify } from '../notifications';
import type { OfferActor, OfferParty } from './offer';
import { type Offer, appendOfferEvents, toOfferResponse } from './offers.repository';

// What every change of an offer writes besides the row, in the change's transaction: its history line,
// its outbox event, the notification to the party it concerns and the live update to both parties.

/** One offer's change: the action recorded, its outbox event, and who is told with which notification type. */
export interface OfferChange {
  offer: Offer;
  actor: OfferActor;
  action: 'made' | 'countered' | 'accepted' | 'declined' | 'withdrawn' | 'expired' | 'superseded';
  event: string;
  notify: { to: OfferParty[]; type: NotificationType; extra?: Record<string, unknown> };
  /** The amount proposed, for the history (made and countered). */
  amount?: string;
}

export async function recordOfferChanges(trx: Transaction<DB>, keyring: Keyring | null, changes: OfferChange[], now: Date): Promise<void> {
  if (changes.length === 0) return;
  await appendOfferEvents(
    trx,
    changes.map((c) => ({ offer_id: c.offer.id, actor: c.actor, action: c.action, amount: c.amount ?? null, created_at: now })),
  );
  await appendEvents(
    trx,
    changes.map((c) => offerEvent(c.offer, c.event, c.actor, now)),
  );
  const titles = new Map<string, string>();
  for (const c of changes) {
    const { offer } = c;
    if (!titles.has(offer.listing_id)) titles.set(offer.listing_id, (await findListing(trx, offer.listing_id))?.title ?? '');
    const data = {
      offer_id: offer.id,
      listing_id: offer.listing_id,
      listing_title: titles.get(offer.listing_id),
      amount: { amount: toAmount(offer.amount), currency: offer.currency },
      ...(offer.order_id ? { order_id: offer.order_id } : {}),
      ...c.notify.extra,
    };
    for (const party of c.notify.to) await notify(trx, party === 'buyer' ? offer.buyer_id : offer.seller_id, c.notify.type, data, now);
    // Both apps show the offer as the API returns it. A deleted account's eraser has no keyring: its
    // counterparts still get the notification, and the offer's new state on their next read.
    if (keyring) await publishToUsers(trx, keyring, [offer.buyer_id, offer.seller_id], { type: 'offer.updated', data: toOfferResponse(offer) }, now);
  }
}

/** The outbox event of an offer change: enough for analytics without joins. */
function offerEvent(offer: Offer, type: string, actor: OfferActor, now: Date) {
  return {
    type,
    aggregateType: 'offer' as const,
    aggregateId: offer.id,
    occurredAt: now,
    payload: {
      offer_id: offer.id,
      listing_id: offer.listing_id,
      buyer_id: offer.buyer_id,
      seller_id: offer.seller_id,
      amount: toAmount(offer.amount),
      currency: offer.currency,
      status: offer.status,
      round: offer.round,
      actor,
      ...(offer.order_id ? { order_id: offer.order_id } : {}),
    },
  };
}
