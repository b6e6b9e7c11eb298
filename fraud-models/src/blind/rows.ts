import type { RiskInput } from '../features';
import type { SellerRiskInput } from '../seller-risk-input';

/** One evaluation row: the ground truth, the observed label (after label noise) and the input. */
interface BlindRow<I> {
  set: 'blind';
  typology: string; // 'legit' or the fraud typology
  segment: string; // the legit segment, or the typology
  label: 0 | 1;
  input: I;
}

export type BlindOrderRow = BlindRow<RiskInput>;
export type BlindSellerRow = BlindRow<SellerRiskInput>;

export const FRAUD_TYPOLOGIES = [
  'card_testing',
  'account_takeover',
  'triangulation',
  'collusion_laundering',
  'review_ring',
  'promo_abuse',
  'sleeper_bust_out',
  'friendly_fraud',
] as const;
export const LEGIT_SEGMENTS = ['ordinary', 'new_users', 'households', 'power_buyers', 'resellers', 'collectors', 'new_devices', 'gift_season', 'viral_sellers'] as const;
export const SELLER_FRAUD_TYPOLOGIES = ['non_delivery', 'mule_seller'] as const;
export const SELLER_LEGIT_SEGMENTS = ['ordinary_sellers', 'new_sellers', 'viral_sellers', 'resellers', 'clearance_sellers'] as const;
