import { modelsLocation, readEvaluation } from '../../../adapters/serving-models';
import type { AppContext } from '../../../context';
import type { ModelStatus } from '../../../db/schema';
import { inTransaction, isUniqueViolation } from '../../../db/transaction';
import { conflict, notFound } from '../../../errors';
import { lockActiveVersion, lockModelVersion, previousActiveVersion, setModelStatus } from './model-registry.repository';

export type DemotedStatus = Exclude<ModelStatus, 'active'>;

export interface PromotionResult {
  version: string;
  previous: { version: string; status: DemotedStatus } | null;
}

/**
 * Makes `version` the live model; the previous active one becomes `demoteTo`. The file is loaded (and
 * its sha256 checked) before anything changes, so a model that cannot serve is never made active.
 * Two promotions racing: the second finds the active row it waited for no longer active, and the
 * one-active index refuses it (409) instead of leaving two active versions.
 */
export async function promoteModel(
  ctx: AppContext,
  actorId: string,
  version: string,
  given: { reason: string; demoteTo: DemotedStatus; overrideEvaluation: boolean },
): Promise<PromotionResult> {
  await loadable(ctx, version);
  return activate(ctx, actorId, version, await promotionReason(ctx, version, given.reason, given.overrideEvaluation), given.demoteTo);
}

async function activate(ctx: AppContext, actorId: string, version: string, reason: string, demoteTo: DemotedStatus): Promise<PromotionResult> {
  const now = ctx.clock.now();
  const result = await inTransaction(ctx.db, async (trx) => {
    const target = await lockModelVersion(trx, version);
    if (!target) throw notFound('Model version');
    if (target.status === 'active') throw conflict('model_already_active', `${version} is already the active model`);
    const active = await lockActiveVersion(trx);
    if (active) await setModelStatus(trx, { model: active, from: 'active', to: demoteTo, actorId, reason, now });
    await setModelStatus(trx, { model: target, from: target.status, to: 'active', actorId, reason, now });
    return { version, previous: active ? { version: active.version, status: demoteTo } : null };
  }).catch((err: unknown) => {
    if (isUniqueViolation(err, 'model_versions_one_active')) throw conflict('model_registry_changed', 'Another model change happened at the same time; reload and try again');
    throw err;
  });
  // This process serves the new model before answering; the others follow on the NOTIFY.
  await ctx.scorer.refresh();
  return result;
}

/**
 * The promotion gate: a version is promoted only if its committed evaluation (models/<version>.eval.json,
 * `npm run evaluate`) holds on both the training generator's held-out split and the blind set. An admin
 * may override; the override is written into the change's reason, so the history says so.
 */
async function promotionReason(ctx: AppContext, version: string, reason: string, override: boolean): Promise<string> {
  const evaluation = await readEvaluation(modelsLocation(ctx.config).dir, version);
  if (evaluation?.holds_on_both === true) return reason;
  if (override) return `${reason} [promoted without an evaluation that holds on both sets]`;
  throw conflict(
    'model_not_promotable',
    `${version} has no committed evaluation that holds on both the generator's held-out split and the blind set (see ${version}.eval.md); ` +
      'promote with override_evaluation: true to accept it anyway',
  );
}

/** Promotes the version most recently demoted from active. */
export async function rollbackModel(ctx: AppContext, actorId: string, reason: string, demoteTo: DemotedStatus): Promise<PromotionResult> {
  const previous = await previousActiveVersion(ctx.db);
  if (!previous) throw conflict('no_previous_model', 'No earlier active model to roll back to');
  // Going back to what served before is the way out of an incident: no evaluation gate.
  await loadable(ctx, previous);
  return activate(ctx, actorId, previous, reason, demoteTo);
}

/** Moves a non-active version to shadow or retired; the active one only leaves by another's promotion. */
export async function setModelMode(ctx: AppContext, actorId: string, version: string, to: DemotedStatus, reason: string): Promise<void> {
  if (to === 'shadow') await loadable(ctx, version);
  await inTransaction(ctx.db, async (trx) => {
    const target = await lockModelVersion(trx, version);
    if (!target) throw notFound('Model version');
    if (target.status === 'active') throw conflict('model_active', `${version} is the active model: promote another version first`);
    if (target.status === to) throw conflict(`model_already_${to}`, `${version} is already ${to}`);
    await setModelStatus(trx, { model: target, from: target.status, to, actorId, reason, now: ctx.clock.now() });
  });
  await ctx.scorer.refresh();
}

async function loadable(ctx: AppContext, version: string): Promise<void> {
  const row = await ctx.db.selectFrom('model_versions').select(['version', 'file', 'sha256']).where('version', '=', version).executeTakeFirst();
  if (!row) throw notFound('Model version');
  try {
    await ctx.scorer.ensureLoaded(row);
  } catch (err) {
    ctx.logger.error({ err, version }, 'model not loadable');
    throw conflict('model_unloadable', `${version} cannot be loaded here: its file is missing, changed since registration, or not a fraud model`);
  }
}
