import type { LiveEvent, LiveProvider } from '@refinedev/core';

/**
 * Refine's live provider over the API's WebSocket (`/v1/realtime`, the console's session cookie, same
 * origin). The staff queues are topics `staff:<queue>`; a `queue.changed` event names the item, and
 * Refine (liveMode "auto") reloads the lists and case pages of that resource. While the socket is down
 * (reconnecting with backoff), subscribed pages fall back to polling; when it is back, they reload once
 * to catch up on what the topics did not keep.
 */

/** Refine resource → the topic announcing its changes. Resources without one get no live updates. */
export const RESOURCE_TOPICS: Record<string, string> = {
  'fraud-cases': 'staff:fraud_cases',
  disputes: 'staff:disputes',
  listings: 'staff:listings',
  reports: 'staff:reports',
  reviews: 'staff:reviews',
  'identity-documents': 'staff:identity_documents',
  audit: 'staff:audit',
  models: 'staff:models',
};

/** How often a subscribed page polls while the socket is down. */
export const FALLBACK_POLL_MS = 3_000;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
/** Close codes after which reconnecting cannot help: the session ended (4001), another tab took our place (4002). */
const FINAL_CLOSES = new Set([4001, 4002]);

interface Subscription {
  channel: string;
  topic: string;
  /** Set for a single record's page: only events about these ids concern it. */
  ids?: string[];
  callback: (event: LiveEvent) => void;
}

interface TopicFrame {
  type: 'topic';
  topic: string;
  event: { type: string; data: { id?: string } };
}

function socketUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/v1/realtime`;
}

export function createLiveProvider(url: () => string = socketUrl): LiveProvider {
  const subs = new Set<Subscription>();
  let socket: WebSocket | undefined;
  let open = false;
  let retryMs = FIRST_RETRY_MS;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  let gaveUp = false;

  const notify = (sub: Subscription, type: string, ids?: string[]) => sub.callback({ channel: sub.channel, type, payload: ids ? { ids } : {}, date: new Date() });

  const topics = () => new Set([...subs].map((s) => s.topic));

  const startPolling = () => {
    poll ??= setInterval(() => subs.forEach((s) => notify(s, '*')), FALLBACK_POLL_MS);
  };
  const stopPolling = () => {
    clearInterval(poll);
    poll = undefined;
  };

  function connect(): void {
    if (socket || gaveUp || subs.size === 0) return;
    const ws = new WebSocket(url());
    socket = ws;
    ws.onopen = () => {
      open = true;
      retryMs = FIRST_RETRY_MS;
      for (const topic of topics()) ws.send(JSON.stringify({ type: 'subscribe', topic }));
    };
    ws.onmessage = (message) => {
      const frame = JSON.parse(String(message.data)) as { type: string; topic?: string; event?: TopicFrame['event'] };
      if (frame.type === 'hello') {
        // Live again: stop polling, and reload once for whatever changed while we were away.
        stopPolling();
        subs.forEach((s) => notify(s, '*'));
      }
      if (frame.type !== 'topic' || !frame.topic) return;
      const id = frame.event?.data.id;
      for (const s of subs) if (s.topic === frame.topic && (!s.ids || (id !== undefined && s.ids.includes(id)))) notify(s, 'updated', id ? [id] : undefined);
    };
    ws.onclose = (event) => {
      socket = undefined;
      open = false;
      if (subs.size === 0) return;
      startPolling();
      if (FINAL_CLOSES.has(event.code)) {
        gaveUp = true;
        return;
      }
      // Exponential backoff with jitter, so a restarted server is not met by every console at once.
      retry = setTimeout(connect, retryMs * (0.5 + Math.random() / 2));
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
  }

  function disconnectIfIdle(): void {
    if (subs.size > 0) return;
    // No live page left (signed out, say): the next one tries the socket again.
    gaveUp = false;
    clearTimeout(retry);
    stopPolling();
    socket?.close(1000, 'no live pages');
    socket = undefined;
    open = false;
  }

  return {
    subscribe({ channel, params, callback }) {
      const resource = params?.resource ?? channel.replace(/^resources\//, '');
      const topic = RESOURCE_TOPICS[resource];
      if (!topic) return undefined;
      const ids = params?.ids ?? (params?.id !== undefined ? [params.id] : undefined);
      const sub: Subscription = { channel, topic, ids: ids?.map(String), callback };
      const known = topics().has(topic);
      subs.add(sub);
      if (open && !known) socket?.send(JSON.stringify({ type: 'subscribe', topic }));
      else if (!socket) {
        if (gaveUp) startPolling();
        connect();
      }
      return sub;
    },
    unsubscribe(sub: Subscription | undefined) {
      if (!sub) return;
      subs.delete(sub);
      if (open && !topics().has(sub.topic)) socket?.send(JSON.stringify({ type: 'unsubscribe', topic: sub.topic }));
      disconnectIfIdle();
    },
  };
}

export const liveProvider = createLiveProvider();
