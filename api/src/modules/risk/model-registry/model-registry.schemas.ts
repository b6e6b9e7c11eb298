import { z } from 'zod';

export const MODEL_STATUSES = ['active', 'shadow', 'retired'] as const;

export const ModelVersionParams = z.strictObject({
  version: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be a model version name')
    .describe('The model version’s name, e.g. fraud-gbt-v2'),
});

const Reason = z.string({ error: 'is required' }).trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');
const DemoteTo = z.enum(['shadow', 'retired'], { error: 'must be shadow or retired' });

/** Promote: the previous active model keeps being scored in shadow unless told to retire. */
export const PromoteBody = z.strictObject({
  reason: Reason,
  demote_to: DemoteTo.default('shadow'),
  /** Promote although the committed evaluation does not hold on both sets (recorded in the change's reason). */
  override_evaluation: z.boolean().default(false),
});
/** Rollback: the model rolled back from is retired unless told to stay in shadow. */
export const RollbackBody = z.strictObject({ reason: Reason, demote_to: DemoteTo.default('retired') });
export const ReasonBody = z.strictObject({ reason: Reason });

export const ModelVersionResponse = z
  .object({
    version: z.string(),
    status: z.enum(MODEL_STATUSES),
    file: z.string(),
    sha256: z.string(),
    feature_names: z.array(z.string()),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
    /** From the committed `<version>.eval.json`: whether it holds on both evaluation sets, and the model and rules-baseline metrics on each. */
    evaluation: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'ModelVersion' });

export const ModelStatusResponse = z.object({ version: z.string(), status: z.enum(MODEL_STATUSES) });

export const PromotionResponse = z.object({
  version: z.string(),
  previous: z.object({ version: z.string(), status: z.enum(['shadow', 'retired']) }).nullable(),
});
