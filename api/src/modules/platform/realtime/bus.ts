import pg from 'pg';
import type { Logger } from '../../../logger';
import { BUS_CHANNEL, BusMessage } from './bus-message';

export interface Bus {
  close(): Promise<void>;
}

/**
 * Listens on the channel with a connection of its own (LISTEN needs one session for as long as it
 * listens). A lost connection is reopened with backoff; `onReconnect` then lets the hub re-read what
 * it may have missed meanwhile from the durable store.
 */
export function listenToBus(databaseUrl: string, logger: Logger, onMessage: (m: BusMessage) => void, onReconnect: () => void): Promise<Bus> {
  let client: pg.Client | undefined;
  let closed = false;
  let delay = 100;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (first: boolean) => {
    const c = new pg.Client({ connectionString: databaseUrl, application_name: 'agora-realtime' });
    c.on('notification', (n) => {
      const parsed = BusMessage.safeParse(JSON.parse(n.payload ?? 'null'));
      if (parsed.success) onMessage(parsed.data);
      else logger.warn({ channel: n.channel }, 'realtime bus message not understood');
    });
    c.on('error', (err) => {
      logger.warn({ err: err.message }, 'realtime bus connection lost');
      void c.end().catch(() => undefined);
      if (client === c) reopen();
    });
    await c.connect();
    await c.query(`LISTEN ${BUS_CHANNEL}`);
    client = c;
    delay = 100;
    if (!first) onReconnect();
  };
  const reopen = () => {
    client = undefined;
    if (closed) return;
    retry = setTimeout(() => {
      connect(false).catch((err: Error) => {
        logger.warn({ err: err.message }, 'realtime bus reconnect failed');
        delay = Math.min(delay * 2, 10_000);
        reopen();
      });
    }, delay);
  };

  return connect(true).then(() => ({
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  }));
}
