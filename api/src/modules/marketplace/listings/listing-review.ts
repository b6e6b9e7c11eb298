import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Config } from '../../../config';
import type { DB, ListingStatus } from '../../../db/schema';
import { type SellerRiskAssessment, assessListingSeller } from '../../risk/seller-risk';
import { PROHIBITED_KEYWORDS } from './prohibited-items';

/** Why a listing waits for a moderator; shown in the review queue. */
export const LISTING_FLAGS = ['new_seller', 'prohibited_item', 'contact_details', 'price_far_below_median', 'reported', 'photo_reused', 'unsafe_image', 'seller_risk'] as const;
export type ListingFlag = (typeof LISTING_FLAGS)[number];
/** Flags the listing's photos raised (modules/marketplace/listing-images): an edit of the text keeps them. */
export const PHOTO_FLAGS = ['photo_reused', 'unsafe_image'] as const satisfies readonly ListingFlag[];
export type PhotoFlag = (typeof PHOTO_FLAGS)[number];

export interface ListingContent {
  title: string;
  description: string;
  price_amount: string;
  currency: string;
  category: string;
  /** Free-text attributes (brand, artist…) and the place are read for flags as the text is. */
  attributes?: Record<string, string | number>;
  place?: string | null;
}

const KEYWORDS = new RegExp(`\\b(${PROHIBITED_KEYWORDS.map((k) => k.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
// Contact details move the deal off the platform (and out of its buyer protection).
const CONTACT = [
  /[\w.+-]+@[\w-]+\.[\w.-]+/, // email
  /\b(https?:\/\/|www\.)\S+/i, // link
  /\b[\w-]+\.(com|net|org|io|de|fr|co|uk|nl|es|it|me|app|shop)\b/i, // bare domain
  // phone: + or a trunk 0, 8+ digits with separators, standing alone (not a model number or a barcode)
  /(?<![\w+])(\+|0)\d[\d\s().-]{6,}\d(?!\w)/,
];
// Below this share of the category median the price is bait (or a scam) more often than a bargain.
const PRICE_FLAG_RATIO = 0.2;
// A median over fewer listings than this says nothing.
const PRICE_MIN_SAMPLE = 10;

/** Flags read from the text alone (pure): title, description, text attributes and place. */
export function contentFlags(c: Pick<ListingContent, 'title' | 'description' | 'attributes' | 'place'>): ListingFlag[] {
  const text = [c.title, c.description, ...Object.values(c.attributes ?? {}).filter((v) => typeof v === 'string'), c.place ?? ''].join('\n');
  const flags: ListingFlag[] = [];
  if (KEYWORDS.test(text)) flags.push('prohibited_item');
  if (CONTACT.some((re) => re.test(text))) flags.push('contact_details');
  return flags;
}

/**
 * How many orders a seller has completed, as a subquery: the orders module's `completedSalesOf`, passed
 * in by the caller because orders call this module (an order reserves its listing).
 */
export type CompletedSales = (sellerId: string) => RawBuilder<number>;

/** A review's outcome, with the seller-risk score taken for it (the caller records it against the listing's id). */
export interface ListingReview {
  status: Extract<ListingStatus, 'active' | 'pending_review'>;
  flags: ListingFlag[];
  sellerRisk: SellerRiskAssessment;
}

/**
 * The status a new or edited listing starts in and the flags that put it there: flagged listings wait
 * for review (a seller-risk score at or above SELLER_RISK_LISTING_REVIEW is a flag; its reasons are
 * kept with the score, for moderators, never shown to the seller); a new seller's listings wait too
 * unless auto-approve is on.
 */
export async function reviewFor(
  trx: Transaction<DB>,
  config: Config,
  completedSales: CompletedSales,
  sellerId: string,
  c: ListingContent,
  now: Date,
  listingId?: string,
): Promise<ListingReview> {
  const { rows } = await sql<{ completed_sales: number; median: number | null; sample: number }>`
    SELECT
      ${completedSales(sellerId)} AS completed_sales,
      m.median, m.sample
    FROM (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY price_amount) AS median, count(*)::int AS sample
          FROM (SELECT price_amount FROM listings
                WHERE category = ${c.category} AND currency = ${c.currency} AND status = 'active' AND id IS DISTINCT FROM ${listingId ?? null}::uuid
                ORDER BY created_at DESC LIMIT 500) recent) m`.execute(trx);
  const facts = rows[0]!;
  const flags = contentFlags(c);
  if (facts.sample >= PRICE_MIN_SAMPLE && facts.median !== null && Number(c.price_amount) < facts.median * PRICE_FLAG_RATIO) flags.push('price_far_below_median');
  const sellerRisk = await assessListingSeller(trx, sellerId, { ...c, id: listingId }, now);
  if (sellerRisk.score >= config.SELLER_RISK_LISTING_REVIEW) flags.push('seller_risk');
  const newSeller = facts.completed_sales < config.LISTING_REVIEW_UNTIL_SALES;
  if (flags.length > 0) return { status: 'pending_review', flags: newSeller ? ['new_seller', ...flags] : flags, sellerRisk };
  if (newSeller && !config.LISTING_AUTO_APPROVE) return { status: 'pending_review', flags: ['new_seller'], sellerRisk };
  return { status: 'active', flags: [], sellerRisk };
}

/**
 * Enough open reports (`openReports`, counted by the reports module) send an active listing back to
 * review (flag `reported`); true when it moved. Only once: after a moderator approved it anyway,
 * further reports go to the report queue alone. Called in the transaction that files a report.
 */
export async function holdReportedListing(trx: Transaction<DB>, config: Config, listingId: string, openReports: number, now: Date): Promise<boolean> {
  if (openReports < config.LISTING_REVIEW_REPORT_THRESHOLD) return false;
  const held = await trx
    .updateTable('listings')
    .set({ status: 'pending_review', moderation_flags: sql<string[]>`array_append(moderation_flags, 'reported')`, updated_at: now })
    .where('id', '=', listingId)
    .where('status', '=', 'active')
    .where(sql<boolean>`NOT ('reported' = ANY(moderation_flags))`)
    .returning('id')
    .executeTakeFirst();
  return held !== undefined;
}

/** The photo flags still waiting for a moderator: approving the listing resolves them (setModeratedStatus). */
const keptPhotoFlags = (listing: { moderation_flags: readonly string[] }): PhotoFlag[] => PHOTO_FLAGS.filter((f) => listing.moderation_flags.includes(f));

/**
 * A review of the listing's text, with what its photos raised: those flags are not recomputed from
 * the text, so they stand, and a listing carrying any waits for a moderator (a draft with a stolen
 * photo does not go live by being published).
 */
export function withPhotoFlags<R extends { status: 'active' | 'pending_review'; flags: ListingFlag[] }>(review: R, listing: { moderation_flags: readonly string[] }) {
  const kept = keptPhotoFlags(listing);
  return kept.length === 0 ? review : { ...review, status: 'pending_review' as const, flags: [...review.flags.filter((f) => !kept.includes(f as PhotoFlag)), ...kept] };
}

/**
 * A photo raised `flag`: the listing waits for a moderator (an active one goes back to review; one
 * already waiting keeps waiting) with the flag added once. True when the listing left `active`.
 * Every upload is checked anew, so a listing approved before is held again by a new bad photo.
 */
export async function holdListingForPhoto(trx: Transaction<DB>, listingId: string, flag: PhotoFlag, now: Date): Promise<boolean> {
  const before = await trx.selectFrom('listings').select('status').where('id', '=', listingId).forUpdate().executeTakeFirstOrThrow();
  await trx
    .updateTable('listings')
    .set({
      status: before.status === 'active' ? 'pending_review' : before.status,
      moderation_flags: sql<string[]>`CASE WHEN ${flag} = ANY(moderation_flags) THEN moderation_flags ELSE array_append(moderation_flags, ${flag}) END`,
      updated_at: now,
    })
    .where('id', '=', listingId)
    .execute();
  return before.status === 'active';
}
