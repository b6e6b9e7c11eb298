import type { AppContext } from '../../../context';
import type { Locale } from '../../../db/schema';
import type { MailContent, MailTemplate } from './mail-template';
import { renderMail } from './render';

/**
 * Renders `template` in the recipient's language and sends it. Called after the transaction that
 * decided to send commits. A failed send is logged (the kind, never the body: it may hold a token)
 * and not thrown: every message we send can be asked for again (re-send, reset), and an alert must
 * not undo the change it reports.
 */
export async function sendMail<P>(ctx: AppContext, to: { email: string; locale: Locale }, kind: string, template: MailTemplate<P>, params: P): Promise<void> {
  try {
    await deliverMail(ctx, to.email, template[to.locale](params));
  } catch (err) {
    ctx.logger.error({ kind, err: (err as Error).message }, 'mail not sent');
  }
}

/** Renders and sends one message; a failure is thrown, for callers that retry (notification delivery). */
export async function deliverMail(ctx: Pick<AppContext, 'mailer'>, to: string, content: MailContent): Promise<void> {
  await ctx.mailer.send({ to, ...renderMail(content) });
}
