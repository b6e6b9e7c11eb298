// The one list of scheduled-job handlers, as routes.ts is the one list of routes. The scheduler runs
// jobs without knowing what they do; the modules that schedule them (orders' timers, settlement,
// disputes' seller deadline) never import the scheduler's runner, so no module depends back on them.
import type { AppContext } from './context';
import { type Command, TRANSITIONS, applyCommand, isOrderReminder, lockOrder, remindOrderDeadline, runAfterCommit, settleIfDue } from './modules/marketplace/orders';
import { SETTLE_JOB } from './modules/money/settlement';
import { type JobHandlers, runJobs } from './modules/platform/scheduler';
import { SELLER_RISK_CASE_JOB } from './modules/risk/seller-risk';
import { SELLER_DEADLINE_JOB, isDisputeReminder, remindDisputeDeadline, resolveForSilentSeller } from './modules/trust-safety/disputes';
import { openSellerRiskCase } from './modules/trust-safety/fraud-cases';

// A job whose order has moved on (shipped before the auto-cancel fired, say) is skipped, because the
// transition table refuses it — the same check a person's request gets.
export const JOB_HANDLERS: JobHandlers = {
  async run(trx, ctx, job, now) {
    const order = (await lockOrder(trx, job.order_id))!;
    if (job.kind === SETTLE_JOB) return { ran: await settleIfDue(trx, order, now), operations: [] };
    if (job.kind === SELLER_RISK_CASE_JOB) return { ran: await openSellerRiskCase(trx, ctx.config, order, now), operations: [] };
    if (job.kind === SELLER_DEADLINE_JOB) {
      const result = await resolveForSilentSeller(trx, ctx, order, now);
      return { ran: result.resolved, operations: result.operations };
    }
    // Reminders ahead of deadlines: skipped when the order or dispute moved on.
    if (isOrderReminder(job.kind)) return { ran: await remindOrderDeadline(trx, order, job.kind, job.due_at, ctx.config.NOTIFICATION_REMINDER_HOURS, now), operations: [] };
    if (isDisputeReminder(job.kind)) return { ran: await remindDisputeDeadline(trx, order, job.kind, now), operations: [] };
    const command = job.kind as Command;
    if (!Object.hasOwn(TRANSITIONS, command) || !(TRANSITIONS[command].from as readonly string[]).includes(order.status)) return { ran: false, operations: [] };
    const applied = await applyCommand(trx, ctx, order, command, { actor: 'system', actorId: null, now });
    return { ran: true, operations: applied.operations };
  },
  afterCommit: runAfterCommit,
};

/** Runs due scheduled jobs until none is left (or `limit`); returns how many ran. */
export const runDueJobs = (ctx: AppContext, limit?: number) => runJobs(ctx, JOB_HANDLERS, limit);
