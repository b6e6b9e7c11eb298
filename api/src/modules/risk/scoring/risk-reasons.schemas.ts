import { z } from 'zod';

/** A score's reasons as staff see them (risk_scores.reasons): the features that raised it most, in words. */
export const RiskReasonsResponse = z
  .array(
    z
      .object({ feature: z.string(), text: z.string(), contribution: z.number().describe('How much the probability falls when this feature takes an ordinary value instead') })
      .meta({ id: 'RiskReason' }),
  )
  .describe('Why the live model scored the order what it did, largest first; empty when unscored or scored before reasons were recorded');
