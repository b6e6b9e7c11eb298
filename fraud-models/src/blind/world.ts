// The simulated marketplace's event log: accounts, device and card sightings, payout-detail changes,
// listings, orders (with their payment, completion or refund), reviews and disputes. Scenarios only
// append facts with their timestamps; derive.ts reads them back point in time.

import { HOUR } from './market';
import { type Rand, int } from './prng';

export interface RowTruth {
  typology: string; // 'legit' or the fraud typology
  segment: string; // the legit segment, or the typology for fraud
}

export interface Sighting {
  hash: number;
  at: number;
}

export interface Account {
  id: number;
  createdAt: number;
  /** Orders placed and sales completed before the simulated log begins (older than every window). */
  baseOrders: number;
  baseSales: number;
  devices: Sighting[];
  cards: Sighting[];
  payoutChanges: number[];
}

export interface Listing {
  id: number;
  seller: number;
  createdAt: number;
  category: number;
  currency: number;
  priceMinor: number;
}

export interface Order {
  id: number;
  buyer: number;
  seller: number;
  listing: Listing;
  createdAt: number;
  paidAt: number; // the payment moment: when the RiskInput is taken
  closedAt: number; // completed, refunded or cancelled; Infinity while open
  completed: boolean;
  truth: RowTruth | null; // null: history only, no row
}

export interface Review {
  author: number;
  subject: number;
  at: number;
}

export interface Dispute {
  order: Order;
  at: number;
}

export interface SellerMoment {
  seller: number;
  moment: 'listing' | 'payout';
  at: number;
  listing: Listing | null;
  truth: RowTruth;
}

export class World {
  readonly accounts: Account[] = [];
  readonly listings: Listing[] = [];
  readonly orders: Order[] = [];
  readonly reviews: Review[] = [];
  readonly disputes: Dispute[] = [];
  readonly sellerMoments: SellerMoment[] = [];
  private nextHash = 1;

  constructor(readonly rand: Rand) {}

  /** A new account; it signs up on a fresh device of its own unless `device` says otherwise (null: a
   * client that sends no device id). */
  account(createdAt: number, opts: { device?: number | null; baseOrders?: number; baseSales?: number } = {}): Account {
    const account: Account = { id: this.accounts.length, createdAt, baseOrders: opts.baseOrders ?? 0, baseSales: opts.baseSales ?? 0, devices: [], cards: [], payoutChanges: [] };
    this.accounts.push(account);
    const device = opts.device === undefined ? this.newHash() : opts.device;
    if (device !== null) this.seeDevice(account, device, createdAt);
    return account;
  }

  newHash(): number {
    return this.nextHash++;
  }

  /** A device fingerprint seen on the account; only its first sighting matters. */
  seeDevice(account: Account, hash: number, at: number): void {
    see(account.devices, hash, at);
  }

  changePayout(account: Account, at: number): void {
    account.payoutChanges.push(at);
  }

  listing(seller: Account, createdAt: number, category: number, currency: number, priceMinor: number): Listing {
    const listing = { id: this.listings.length, seller: seller.id, createdAt, category, currency, priceMinor };
    this.listings.push(listing);
    return listing;
  }

  /** An order paid seconds to minutes after it is created. The card is recorded at the successful
   * payment (after scoring), so a card's first payment does not count as "seen before" for itself. */
  order(buyer: Account, listing: Listing, createdAt: number, opts: { card?: number; closeAfter?: number; completed?: boolean; truth?: RowTruth | null }): Order {
    const paidAt = createdAt + int(this.rand, 15_000, 0.1 * HOUR);
    const order: Order = {
      id: this.orders.length,
      buyer: buyer.id,
      seller: listing.seller,
      listing,
      createdAt,
      paidAt,
      closedAt: opts.closeAfter === undefined ? Infinity : paidAt + opts.closeAfter,
      completed: opts.completed ?? true,
      truth: opts.truth ?? null,
    };
    this.orders.push(order);
    if (opts.card !== undefined) see(buyer.cards, opts.card, paidAt);
    return order;
  }

  review(author: Account | number, subject: Account | number, at: number): void {
    this.reviews.push({ author: idOf(author), subject: idOf(subject), at });
  }

  dispute(order: Order, at: number): void {
    this.disputes.push({ order, at });
  }

  sellerMoment(seller: Account, moment: 'listing' | 'payout', at: number, listing: Listing | null, truth: RowTruth): void {
    this.sellerMoments.push({ seller: seller.id, moment, at, listing, truth });
  }
}

const idOf = (a: Account | number): number => (typeof a === 'number' ? a : a.id);

function see(sightings: Sighting[], hash: number, at: number): void {
  const known = sightings.find((s) => s.hash === hash);
  if (!known) sightings.push({ hash, at });
  else if (at < known.at) known.at = at;
}
