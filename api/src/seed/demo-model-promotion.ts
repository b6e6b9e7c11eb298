import type { AppContext } from '../context';
import { DomainError } from '../errors';
import { runModelMonitoring } from '../modules/risk/model-monitoring';
import { promoteModel } from '../modules/risk/model-registry';

/** The model the demo proposes for promotion after its traffic; it scored every demo payment in shadow. */
export const DEMO_CANDIDATE_MODEL = 'fraud-gbt-v3';

/**
 * The demo's payments were scored live by the active model and in shadow by the others. The
 * monitoring snapshot compares them on that traffic (the models page shows it: PSI against live,
 * precision and recall from the demo's closed cases), then the candidate is put up for promotion
 * through the registry, whose gate admits it only if its committed evaluation holds on both the
 * generator's held-out split and the blind set. No override: the demo does what an operator should.
 */
export async function proposeDemoPromotion(ctx: AppContext, staffId: string): Promise<{ demo_model_promoted: number }> {
  await runModelMonitoring(ctx);
  const reason = `demo: ${DEMO_CANDIDATE_MODEL} compared against the live model on the demo traffic (models page)`;
  try {
    await promoteModel(ctx, staffId, DEMO_CANDIDATE_MODEL, { reason, demoteTo: 'shadow', overrideEvaluation: false });
    return { demo_model_promoted: 1 };
  } catch (err) {
    // Not registered (FRAUD_MODEL_PATH elsewhere), already active, or its evaluation does not hold: it stays where it is.
    if (!(err instanceof DomainError) || !['not_found', 'model_unloadable', 'model_already_active', 'model_not_promotable'].includes(err.code)) throw err;
    ctx.logger.info({ model: DEMO_CANDIDATE_MODEL, outcome: err.code }, 'demo model not promoted');
    return { demo_model_promoted: 0 };
  }
}
