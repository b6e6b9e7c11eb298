import webpush from 'web-push';
import type { VapidKeys } from './vapid-keys';

/** A browser's push subscription (the PushSubscription JSON): where to send and the keys to encrypt for. */
export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface PushMessage {
  payload: Record<string, unknown>;
  ttlSeconds: number;
  urgency: 'very-low' | 'low' | 'normal' | 'high';
}

/** What the push service said: delivered, or the subscription no longer exists (404/410: forget it). */
export type PushOutcome = 'sent' | 'gone';

export class PushFailed extends Error {
  constructor(readonly code: string) {
    super(`push failed: ${code}`);
  }
}

const TIMEOUT_MS = 10_000;

/**
 * Encrypts the payload for the subscription (RFC 8291, aes128gcm), signs a VAPID JWT for the
 * endpoint's origin (RFC 8292) and posts it. web-push builds the request; fetch sends it, so a
 * loopback http endpoint (the test fake) works like a push service's https one.
 */
export async function sendPush(vapid: VapidKeys, target: PushTarget, message: PushMessage): Promise<PushOutcome> {
  const request = webpush.generateRequestDetails(target, JSON.stringify(message.payload), {
    vapidDetails: vapid,
    TTL: message.ttlSeconds,
    urgency: message.urgency,
    contentEncoding: 'aes128gcm',
  });
  let res: Response;
  try {
    res = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body === null ? null : new Uint8Array(request.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new PushFailed((err as Error).name === 'TimeoutError' ? 'timeout' : 'network');
  }
  await res.body?.cancel();
  if (res.status === 404 || res.status === 410) return 'gone';
  if (res.status < 200 || res.status >= 300) throw new PushFailed(`http_${res.status}`);
  return 'sent';
}
