import { sql, type Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { BeforeCommit } from '../../../db/before-commit';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { DomainError, conflict, forbidden, invalid } from '../../../errors';
import { fingerprintHash, latestFingerprintHash, recordFingerprint } from '../../risk/fingerprints';
import { insertFraudCase } from '../../trust-safety/fraud-cases';
import { captureToEscrow, escrowOf } from '../ledger';
import { setListingStatus } from '../../marketplace/listings';
import { toAmount } from '../currencies';
import { checkAddress, findSavedAddress, setOrderAddress } from '../../marketplace/shipping';
import { type Order, type ShipTo, loadGuardFacts, lockOrder, lockOrderForParty, orderColumn, orderEvent, recordTransition } from '../../marketplace/orders';
import { findPublicUser } from '../../marketplace/users';
import { appendEvents } from '../../platform/outbox';
import { type PaymentAssessment, assessPayment, liveModelVersionOf } from '../../risk/scoring';
import { type ChargeResult, INVALID_PAYMENT_METHOD } from '../../../adapters/payment-providers/payment-provider';

/**
 * Pays an order in two transactions around the provider call, so no database lock is held while the
 * provider works and no money moves in the ledger before the provider has said yes:
 *   1. lock, risk-score, and either refuse (block → cancelled) or mark `pending_payment` and write a
 *      payment attempt whose idempotency key (order + attempt number) goes to the provider;
 *   2. charge;
 *   3. lock again and record the outcome: `paid` with escrow postings (and a fraud case on review),
 *      or back to `initiated` on a decline.
 * A crash between 2 and 3 leaves the attempt `started`; `recoverPayments` asks the provider again
 * with the same key — the provider answers with the original charge, never a second one.
 */
export async function payOrder(
  ctx: AppContext,
  buyerId: string,
  orderId: string,
  payment: { paymentMethod: string; shipTo: ShipTo; emailVerified: boolean },
  beforeCommit?: BeforeCommit<Order>,
): Promise<Order> {
  const { paymentMethod, shipTo, emailVerified } = payment;
  if (!ctx.payments.knowsMethod(paymentMethod)) {
    throw invalid('payment_method_invalid', 'Unknown payment method', 'payment_method');
  }
  const started = await inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const { order, actor } = await lockOrderForParty(trx, orderId, buyerId);
    if (actor !== 'buyer') throw forbidden('Only the buyer can pay for an order');
    if (order.status === 'pending_payment') throw conflict('payment_in_progress', 'A payment for this order is already in progress');
    // The order's own copy of where it ships (a retry after a decline may give another address).
    if (order.status === 'initiated') {
      const address = 'address' in shipTo ? checkAddress(shipTo.address, 'shipping_address.') : await findSavedAddress(trx, ctx.keyring, buyerId, shipTo.savedAddressId);
      if (!address) throw invalid('address_not_found', 'No such saved address', 'shipping_address_id');
      await setOrderAddress(trx, ctx.keyring, { orderId: order.id, buyerId }, address, now);
    }
    const t = { actorId: null, now, config: ctx.config, keyring: ctx.keyring };
    const facts = await loadGuardFacts(trx, ctx, order, 'start_payment', now);
    const risk = await assessPayment(ctx, trx, order, ctx.payments.riskSignal(paymentMethod), now);
    // Step-up: an uncertain score asks the buyer to prove who they are rather than blocking them. A
    // verified email first (where the platform does not already demand one), then 3-D Secure below.
    if (risk.decision === 'step_up' && !emailVerified) {
      throw new DomainError(
        'forbidden',
        'step_up_required',
        'This payment needs a verified email address: follow the link we mailed you (POST /v1/auth/verify-email), or ask for a new one with POST /v1/auth/verify-email/resend, then pay again',
      );
    }
    const riskFields = { risk_score: risk.score, risk_decision: risk.decision };
    const riskEvent = {
      type: 'risk.scored',
      aggregateType: 'order' as const,
      aggregateId: order.id,
      occurredAt: now,
      payload: {
        order_id: order.id,
        score: risk.score,
        probability: risk.probability,
        decision: risk.decision,
        model_version: risk.modelVersion,
        reasons: risk.reasons,
        shadows: risk.shadows,
      },
    };
    if (risk.decision === 'block') {
      await recordTransition(trx, order, 'payment_blocked', { ...t, actor: 'system', reason: 'payment blocked by risk' }, riskFields, (blocked, event) => [
        riskEvent,
        orderEvent(blocked, event, now, { reason: 'risk_blocked', risk_score: risk.score }),
      ]);
      await setListingStatus(trx, order.listing_id, 'active', now);
      return { blocked: true as const };
    }
    const pending = await recordTransition(trx, order, 'start_payment', { ...t, actor: 'buyer', actorId: buyerId, facts }, riskFields, (updated, event) => [
      riskEvent,
      orderEvent(updated, event, now),
    ]);
    // Numbered inside the insert (the order lock serialises attempts): no round trip to count them first.
    const attempt = trx
      .selectFrom('payment_attempts')
      .select(sql<number>`count(*)::int + 1`.as('n'))
      .where('order_id', '=', order.id);
    const { idempotency_key: idempotencyKey } = await trx
      .insertInto('payment_attempts')
      .values({
        order_id: order.id,
        attempt,
        idempotency_key: sql<string>`${`order:${order.id}:attempt:`}::text || ${attempt}`,
        payment_method: paymentMethod,
        amount: order.amount,
        currency: order.currency,
        status: 'started',
        created_at: now,
      })
      .returning('idempotency_key')
      .executeTakeFirstOrThrow();
    return { blocked: false as const, order: pending.order, risk, idempotencyKey };
  });
  if (started.blocked) throw new DomainError('payment_declined', 'payment_blocked', 'This payment was blocked by risk checks');

  const { order, risk, idempotencyKey } = started;
  let charge: ChargeResult;
  try {
    charge = await ctx.payments.charge({
      amount: { amount: toAmount(order.amount), currency: order.currency },
      paymentMethod,
      idempotencyKey,
      description: `Agora order ${order.id}`,
      transferGroup: `order_${order.id}`,
      strongAuthentication: risk.decision === 'step_up',
    });
  } catch (err) {
    // No answer: the attempt stays `started` and the recovery job asks again with the same key.
    ctx.logger.warn({ err, order: order.id }, 'payment provider did not answer');
    throw new DomainError('unavailable', 'provider_unavailable', 'The payment provider did not answer; the payment will be confirmed or released shortly');
  }
  const result = await recordChargeOutcome(
    ctx,
    idempotencyKey,
    charge,
    { score: risk.score, decision: risk.decision, modelVersion: risk.modelVersion, reasons: risk.reasons },
    beforeCommit,
  );
  if (result.status === 'declined' && result.declineCode === INVALID_PAYMENT_METHOD) {
    throw invalid('payment_method_invalid', 'Unknown payment method', 'payment_method');
  }
  if (result.status === 'declined') throw new DomainError('payment_declined', 'payment_declined', result.message);
  return result.order;
}

type RiskSummary = Pick<PaymentAssessment, 'score' | 'decision' | 'modelVersion' | 'reasons'>;

/**
 * Phase 3, shared by the request and the recovery job: applies the provider's answer to the attempt
 * and its order, once. A second caller (a request whose provider answered after the recovery job
 * recorded the attempt) gets the outcome recorded for the attempt, with the order as it now is.
 * `beforeCommit` runs in the transaction that records a successful payment.
 */
export async function recordChargeOutcome(ctx: AppContext, idempotencyKey: string, charge: ChargeResult, risk: RiskSummary, beforeCommit?: BeforeCommit<Order>) {
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    // The attempt, then its order, both locked.
    const {
      id: attemptId,
      status: attemptStatus,
      decline_code: recordedDecline,
      order_id: orderId,
    } = await trx
      .selectFrom('payment_attempts')
      .select(['id', 'status', 'decline_code', 'order_id'])
      .where('idempotency_key', '=', idempotencyKey)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const order = (await lockOrder(trx, orderId))!;
    // Finishing an attempt and moving its order out of `pending_payment` happen together, below: a
    // started attempt has its order pending (anything else fails the transition with a 409).
    if (attemptStatus === 'succeeded') return { status: 'paid' as const, order };
    if (attemptStatus === 'declined') {
      // The provider answers a repeated key with its first answer, so this charge is that decline.
      const message = charge.status === 'declined' ? charge.message : 'The payment was declined';
      return { status: 'declined' as const, declineCode: recordedDecline, message, order };
    }
    if (charge.status === 'declined') {
      await trx.updateTable('payment_attempts').set({ status: 'declined', decline_code: charge.declineCode, finished_at: now }).where('id', '=', attemptId).execute();
      const failed = await recordTransition(
        trx,
        order,
        'payment_failed',
        { actor: 'system', actorId: null, reason: charge.declineCode, now, config: ctx.config, keyring: ctx.keyring },
        {},
        (updated, event) => [orderEvent(updated, event, now, { decline_code: charge.declineCode })],
      );
      return { status: 'declined' as const, declineCode: charge.declineCode, message: charge.message, order: failed.order };
    }
    await trx.updateTable('payment_attempts').set({ status: 'succeeded', provider_ref: charge.reference, finished_at: now }).where('id', '=', attemptId).execute();
    const paid = await recordPayment(ctx, trx, order, risk, charge.reference, charge.cardFingerprint, now);
    if (charge.cardFingerprint) await recordFingerprint(trx, order.buyer_id, 'card', charge.cardFingerprint, now);
    await beforeCommit?.(trx, paid);
    return { status: 'paid' as const, order: paid };
  });
}

async function recordPayment(
  ctx: AppContext,
  trx: Transaction<DB>,
  order: Order,
  risk: RiskSummary,
  reference: string,
  cardFingerprint: string | undefined,
  now: Date,
): Promise<Order> {
  const held = risk.decision === 'review';
  const buyer = await buyerFacts(trx, order.buyer_id, cardFingerprint);
  const paid = await recordTransition(
    trx,
    order,
    'payment_succeeded',
    { actor: 'system', actorId: null, now, config: ctx.config, keyring: ctx.keyring },
    { payment_ref: reference, funds_held: held },
    (updated, event) => [orderEvent(updated, event, now, { risk_score: risk.score, risk_decision: risk.decision, model_version: risk.modelVersion, ...buyer })],
  );
  await captureToEscrow(trx, escrowOf(paid.order), now);
  if (held) {
    const fraudCase = await insertFraudCase(trx, {
      order_id: order.id,
      subject_user_id: order.seller_id,
      reason: risk.reasons.join('; '),
      risk_score: risk.score,
      model_version: risk.modelVersion,
      created_at: now,
    });
    await appendEvents(trx, [
      {
        type: 'fraud_case.opened',
        aggregateType: 'fraud_case',
        aggregateId: fraudCase.id,
        occurredAt: now,
        payload: { case_id: fraudCase.id, order_id: order.id, subject_user_id: order.seller_id, risk_score: risk.score, model_version: risk.modelVersion, source: 'payment' },
      },
    ]);
  }
  return paid.order;
}

/**
 * What the stream scorer needs about the buyer at payment time, on `order.paid`: the account's age (new
 * accounts buying from one seller) and hashes linking accounts (same device or card paying at once).
 * Hashes only, as user_fingerprints stores them; an absent fingerprint leaves its field out.
 */
async function buyerFacts(trx: Transaction<DB>, buyerId: string, cardFingerprint: string | undefined) {
  const { created_at } = (await findPublicUser(trx, buyerId))!;
  const deviceHash = await latestFingerprintHash(trx, buyerId, 'device');
  return {
    buyer_created_at: created_at.toISOString(),
    ...(deviceHash ? { device_hash: deviceHash } : {}),
    ...(cardFingerprint ? { card_hash: fingerprintHash('card', cardFingerprint) } : {}),
  };
}

/**
 * Attempts left `started` (the process died around the provider call) are re-issued to the provider
 * with their original idempotency key and inputs, and whatever the provider answers is recorded.
 */
export async function recoverPayments(ctx: AppContext, olderThanSeconds = ctx.config.PAYMENT_RECOVERY_AFTER_SECONDS): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - olderThanSeconds * 1000);
  const stuck = await ctx.db
    .selectFrom('payment_attempts')
    .select(['payment_attempts.idempotency_key', 'payment_attempts.payment_method', 'payment_attempts.amount', 'payment_attempts.currency', 'payment_attempts.order_id'])
    .select([orderColumn('risk_score', 'payment_attempts.order_id').as('risk_score'), orderColumn('risk_decision', 'payment_attempts.order_id').as('risk_decision')])
    // The model that scored the attempt, which may no longer be the live one.
    .select(liveModelVersionOf('payment_attempts.order_id').as('model_version'))
    .where('payment_attempts.status', '=', 'started')
    .where('payment_attempts.created_at', '<', cutoff)
    .orderBy('payment_attempts.created_at')
    .limit(100)
    .execute();
  for (const a of stuck) {
    const charge = await ctx.payments.charge({
      amount: { amount: toAmount(a.amount), currency: a.currency },
      paymentMethod: a.payment_method,
      idempotencyKey: a.idempotency_key,
      description: `Agora order ${a.order_id}`,
      transferGroup: `order_${a.order_id}`,
      // The same request as the first time: Stripe refuses an idempotency key reused with other parameters.
      strongAuthentication: a.risk_decision === 'step_up',
    });
    const decision = (a.risk_decision ?? 'allow') as RiskSummary['decision'];
    await recordChargeOutcome(ctx, a.idempotency_key, charge, {
      score: a.risk_score ?? 0,
      decision,
      modelVersion: a.model_version ?? ctx.scorer.version,
      reasons: ['recovered after interruption'],
    });
    ctx.logger.info({ order: a.order_id, outcome: charge.status }, 'payment attempt recovered');
  }
  return stuck.length;
}
