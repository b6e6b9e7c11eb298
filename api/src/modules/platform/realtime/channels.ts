import type { z } from 'zod';
import type { AppContext } from '../../../context';
import type { AuthUser } from '../../../auth-user';

/**
 * A family of topics a socket may watch, `${prefix}:${id}` (an auction's room, a conversation's
 * typing, the staff queues). `authorize` decides per user and id; a refusal looks exactly like an
 * unknown id, so watching reveals nothing.
 */
export interface TopicKind {
  prefix: string;
  authorize(ctx: AppContext, user: AuthUser, id: string): Promise<boolean>;
}

/** A frame a client may send besides the protocol's own (ping, subscribe): `handle` throws DomainErrors, sent back as error frames. */
export interface FrameKind<S extends z.ZodType = z.ZodType> {
  type: string;
  schema: S;
  handle(ctx: AppContext, user: AuthUser, frame: z.infer<S>): Promise<void>;
}

export const frameKind = <S extends z.ZodType>(kind: FrameKind<S>): FrameKind<S> => kind;

/** What the modules add to the channel; `api/src/realtime-channels.ts` is the one list, as routes.ts is for routes. */
export interface RealtimeChannels {
  topics: readonly TopicKind[];
  frames: readonly FrameKind[];
}
