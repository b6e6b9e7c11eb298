// The one list of the API's routes, by group. Module barrels export services and types, never routes:
// only this file (and app.ts, for the two raw handlers) reaches into a module's http-facing files.
import type { RouteDef } from './http/route';
import { accountDataRoutes } from './modules/marketplace/account-data/account-data.routes';
import { auctionsRoutes } from './modules/marketplace/auctions/auctions.routes';
import { blocksRoutes } from './modules/marketplace/blocks/blocks.routes';
import { categoriesRoutes } from './modules/marketplace/categories/categories.routes';
import { favouritesRoutes } from './modules/marketplace/favourites/favourites.routes';
import { listingsRoutes } from './modules/marketplace/listings/listings.routes';
import { listingImagesRoutes } from './modules/marketplace/listing-images/listing-images.routes';
import { notificationsRoutes } from './modules/marketplace/notifications/notifications.routes';
import { addressesRoutes } from './modules/marketplace/shipping/addresses.routes';
import { offersRoutes } from './modules/marketplace/offers/offers.routes';
import { oidcRoutes } from './modules/marketplace/oidc/oidc.routes';
import { orderThreadRoutes } from './modules/marketplace/conversations/order-thread.routes';
import { conversationsRoutes } from './modules/marketplace/conversations/conversations.routes';
import { conversationAdminRoutes } from './modules/marketplace/conversations/conversation-admin.routes';
import { ordersRoutes } from './modules/marketplace/orders/orders.routes';
import { identityReviewRoutes } from './modules/marketplace/profiles/identity-review.routes';
import { profilesRoutes } from './modules/marketplace/profiles/profiles.routes';
import { publicProfileRoutes } from './modules/marketplace/profiles/public-profile.routes';
import { reviewModerationRoutes } from './modules/marketplace/reviews/review-moderation.routes';
import { reviewsRoutes } from './modules/marketplace/reviews/reviews.routes';
import { savedSearchesRoutes } from './modules/marketplace/saved-searches/saved-searches.routes';
import { accountRecoveryRoutes } from './modules/marketplace/users/account-recovery.routes';
import { accountSettingsRoutes } from './modules/marketplace/users/account-settings.routes';
import { usersRoutes } from './modules/marketplace/users/users.routes';
import { twoFactorRoutes } from './modules/marketplace/two-factor/two-factor.routes';
import { checkoutRoutes } from './modules/money/checkout/checkout.routes';
import { ledgerRoutes } from './modules/money/ledger/ledger.routes';
import { payoutsRoutes } from './modules/money/payouts/payouts.routes';
import { refundProposalsRoutes } from './modules/money/refund-proposals/refund-proposals.routes';
import { sellerAccountsRoutes } from './modules/money/seller-accounts/seller-accounts.routes';
import { transactionsRoutes } from './modules/money/transactions/transactions.routes';
import { analystQueryRoutes } from './modules/platform/analytics/analyst-query.routes';
import { dashboardsRoutes } from './modules/platform/analytics/dashboards.routes';
import { auditLogRoutes } from './modules/platform/audit/audit-view.routes';
import { metricsRoutes } from './modules/platform/metrics/metrics.routes';
import { deadLetterRoutes } from './modules/platform/outbox/dead-letters.routes';
import { realtimeRoutes } from './modules/platform/realtime/realtime.routes';
import { staffRoutes } from './modules/platform/staff/staff.routes';
import { userAdminRoutes } from './modules/platform/staff/user-admin.routes';
import { modelRegistryRoutes } from './modules/risk/model-registry/model-registry.routes';
import { modelMonitoringRoutes } from './modules/risk/model-monitoring';
import { sellerRiskRoutes } from './modules/risk/seller-risk/seller-risk.routes';
import { disputesAdminRoutes } from './modules/trust-safety/disputes/disputes-admin.routes';
import { disputesRoutes } from './modules/trust-safety/disputes/disputes.routes';
import { fraudCasesRoutes } from './modules/trust-safety/fraud-cases/fraud-cases.routes';
import { listingModerationRoutes } from './modules/trust-safety/listing-moderation/listing-moderation.routes';
import { reportsRoutes } from './modules/trust-safety/reports/reports.routes';
import { userModerationRoutes } from './modules/trust-safety/user-moderation/user-moderation.routes';

export const ROUTES: readonly RouteDef[] = [
  ...usersRoutes,
  ...accountRecoveryRoutes,
  ...accountSettingsRoutes,
  ...accountDataRoutes,
  ...oidcRoutes,
  ...twoFactorRoutes,
  ...categoriesRoutes,
  ...listingsRoutes,
  ...listingImagesRoutes,
  ...favouritesRoutes,
  ...savedSearchesRoutes,
  ...ordersRoutes,
  ...auctionsRoutes,
  ...offersRoutes,
  ...refundProposalsRoutes,
  ...checkoutRoutes,
  ...addressesRoutes,
  ...ledgerRoutes,
  ...payoutsRoutes,
  ...fraudCasesRoutes,
  ...metricsRoutes,
  ...realtimeRoutes,
  ...profilesRoutes,
  ...publicProfileRoutes,
  ...blocksRoutes,
  ...sellerAccountsRoutes,
  ...transactionsRoutes,
  ...staffRoutes,
  ...reportsRoutes,
  ...userModerationRoutes,
  ...userAdminRoutes,
  ...sellerRiskRoutes,
  ...auditLogRoutes,
  ...disputesRoutes,
  ...disputesAdminRoutes,
  ...orderThreadRoutes,
  ...conversationsRoutes,
  ...conversationAdminRoutes,
  ...notificationsRoutes,
  ...reviewsRoutes,
  ...reviewModerationRoutes,
  ...listingModerationRoutes,
  ...identityReviewRoutes,
  ...dashboardsRoutes,
  ...analystQueryRoutes,
  ...modelRegistryRoutes,
  ...modelMonitoringRoutes,
  ...deadLetterRoutes,
];
