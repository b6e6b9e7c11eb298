import { classifyImage } from '../../../adapters/image-safety';
import type { AuthUser } from '../../../auth-user';
import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { invalid } from '../../../errors';
import { hasPermission } from '../../../permissions';
import { assertNotBlocked } from '../blocks';
import { toPhoto } from '../listing-images';
import type { ImageSafety } from '../../../adapters/image-safety';
import { participantOf } from './conversations.service';
import { type MessageImage, conversationOfKey, insertMessageImage } from './message-images.repository';

/** Only a validated key (64 hex digits) becomes an object name. */
const objectOf = (key: string) => `messages/${key}.webp`;

/**
 * A party uploads pictures into their conversation, to attach to their next message (by id). Each is
 * re-encoded to WebP variants without metadata, as listing photos are, and classified: an unsafe one
 * is refused (the other party would see it before any moderator could).
 */
export async function uploadMessageImages(ctx: AppContext, userId: string, conversationId: string, files: readonly { filename: string; bytes: Buffer }[]): Promise<MessageImage[]> {
  const { conversation } = await participantOf(ctx.db, conversationId, userId);
  await assertNotBlocked(ctx.db, conversation.buyer_id, conversation.seller_id);
  const uploads: { photo: Awaited<ReturnType<typeof toPhoto>>; verdict: ImageSafety }[] = [];
  for (const [i, file] of files.entries()) {
    const label = `files[${i}]${file.filename ? ` (${file.filename})` : ''}`;
    const photo = await toPhoto(file.bytes, label);
    const verdict = await classifyImage(photo.variants.find((v) => v.size === 'medium')!.bytes);
    if (verdict.unsafe) throw invalid('unsafe_image', `${label} looks explicit and cannot be sent`, 'files');
    uploads.push({ photo, verdict });
  }
  for (const { photo } of uploads) for (const v of photo.variants) await ctx.media.put(objectOf(v.key), v.bytes, 'image/webp');
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const images: MessageImage[] = [];
    for (const { photo, verdict } of uploads) {
      images.push(
        await insertMessageImage(trx, {
          conversation_id: conversation.id,
          uploader_id: userId,
          width: photo.width,
          height: photo.height,
          variants: photo.variants.map(({ bytes, ...v }) => ({ ...v, bytes: bytes.length })),
          safety_label: verdict.label,
          safety_score: verdict.score,
          safety_unsafe: verdict.unsafe,
          created_at: now,
        }),
      );
    }
    return images;
  });
}

/** A conversation picture's bytes, for its two parties and moderators only (never cached); undefined otherwise. */
export async function readMessageMedia(ctx: AppContext, key: string, viewer: AuthUser | null): Promise<Buffer | undefined> {
  const owner = await conversationOfKey(ctx.db, key);
  if (!owner || !viewer) return undefined;
  const party = await participantOf(ctx.db, owner.conversation_id, viewer.id).then(
    () => true,
    () => false,
  );
  if (!party && !hasPermission(viewer.roles, 'reports.read') && !hasPermission(viewer.roles, 'disputes.read')) return undefined;
  return ctx.media.get(objectOf(key));
}
