import { EVENT_CATALOGUE } from '@agora/analytics';
import * as catalogue from '../../../../../analytics/src/catalogue/fields';
import { BUYER_DISPUTE_STATUSES, RESOLUTIONS } from '../../trust-safety/disputes/disputes.schemas';
import { LISTING_FLAGS } from '../../marketplace/listings/listing-review';
import { MODEL_STATUSES } from '../../risk/model-registry/model-registry.schemas';
import { LEAF_CATEGORIES } from '../../marketplace/categories';
import { LISTING_STATUSES } from '../../marketplace/listings/listings.schemas';
import { ORDER_STATUSES, TRANSITIONS } from '../../marketplace/orders/order';
import { DISPUTE_REASONS } from '../../marketplace/orders/orders.schemas';
import { DOCUMENT_KINDS } from '../../marketplace/profiles/profiles.schemas';
import { ACTIONS, REASONS, TARGET_TYPES } from '../../trust-safety/reports/reports.schemas';
import { REVIEW_STATUSES } from '../../marketplace/reviews/reviews.schemas';
import { MODERATION_ACTIONS } from '../../trust-safety/user-moderation/user-moderation.schemas';
import { SECURITY_EVENT_KINDS } from '../../marketplace/security-events/security-event-kinds';

// Analytics may not import api code, so the catalogue restates the api's enums; a value added on
// one side only would dead-letter events (or document values that never occur).
describe('the event catalogue and the api agree on', () => {
  it.each([
    ['ORDER_STATUSES', ORDER_STATUSES, catalogue.ORDER_STATUSES],
    ['CATEGORIES', LEAF_CATEGORIES, catalogue.CATEGORIES],
    ['LISTING_STATUSES', LISTING_STATUSES, catalogue.LISTING_STATUSES],
    ['LISTING_FLAGS', LISTING_FLAGS, catalogue.LISTING_FLAGS],
    ['DISPUTE_REASONS', DISPUTE_REASONS, catalogue.DISPUTE_REASONS],
    ['BUYER_DISPUTE_STATUSES', BUYER_DISPUTE_STATUSES, catalogue.BUYER_DISPUTE_STATUSES],
    ['RESOLUTIONS', RESOLUTIONS, catalogue.RESOLUTIONS],
    ['REVIEW_STATUSES', REVIEW_STATUSES, catalogue.REVIEW_STATUSES],
    ['report TARGET_TYPES', TARGET_TYPES, catalogue.REPORT_TARGET_TYPES],
    ['report REASONS', REASONS, catalogue.REPORT_REASONS],
    ['report ACTIONS', ACTIONS, catalogue.REPORT_ACTIONS],
    ['MODERATION_ACTIONS', MODERATION_ACTIONS, catalogue.MODERATION_ACTIONS],
    ['DOCUMENT_KINDS', DOCUMENT_KINDS, catalogue.DOCUMENT_KINDS],
    ['MODEL_STATUSES', MODEL_STATUSES, catalogue.MODEL_STATUSES],
    ['SECURITY_EVENT_KINDS', SECURITY_EVENT_KINDS, catalogue.SECURITY_EVENT_KINDS],
  ])('%s', (_name, api, restated) => {
    expect([...restated].sort()).toEqual([...api].sort());
  });

  it('every event the order state machine emits, catalogued on the order aggregate', () => {
    const events = [...new Set(Object.values(TRANSITIONS).map((rule) => rule.event))];
    expect(events.filter((type) => EVENT_CATALOGUE[type]?.aggregate !== 'order')).toEqual([]);
  });
});
