// A worker thread holding a share of the benchmark's WebSockets: it opens them, then stamps every
// frame it receives (performance.timeOrigin + now, comparable across threads) so the main thread
// can match receipts against publish times. Run through `new Worker(__filename)` from realtime.ts.
import { parentPort } from 'node:worker_threads';
import WebSocket from 'ws';

export type WorkerCommand = { cmd: 'connect'; url: string; tokens: (string | null)[]; topic?: string } | { cmd: 'receipts' } | { cmd: 'close' };
/** A receipt: what arrived ('u' a user event by its seq, 't' a topic event by its round, 'p' a plain broadcast by its round) and when. */
export type Receipt = [kind: 'u' | 't' | 'p', key: number, at: number];

const now = () => performance.timeOrigin + performance.now();
const CONCURRENT_OPENS = 25;

if (parentPort) {
  const port = parentPort;
  const sockets: WebSocket[] = [];
  let receipts: Receipt[] = [];

  const open = (url: string, token: string | null, topic: string | undefined) =>
    new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, perMessageDeflate: false });
      sockets.push(ws);
      const ready = (frame: { type?: string }) => (topic ? frame.type === 'subscribed' : frame.type === 'hello' || token === null);
      ws.on('open', () => {
        if (token === null) resolve();
      });
      ws.on('message', (data) => {
        const at = now();
        const frame = JSON.parse(data.toString()) as { type?: string; event?: { data: { seq?: number; round?: number } }; round?: number };
        if (frame.type === 'event') receipts.push(['u', frame.event!.data.seq!, at]);
        else if (frame.type === 'topic') receipts.push(['t', frame.event!.data.round!, at]);
        else if (frame.round !== undefined) receipts.push(['p', frame.round, at]);
        else if (frame.type === 'hello' && topic) ws.send(JSON.stringify({ type: 'subscribe', topic }));
        if (ready(frame)) resolve();
      });
      ws.on('error', reject);
      ws.on('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });

  port.on('message', async (m: WorkerCommand) => {
    if (m.cmd === 'connect') {
      const queue = [...m.tokens];
      await Promise.all(
        Array.from({ length: CONCURRENT_OPENS }, async () => {
          for (let t = queue.shift(); t !== undefined; t = queue.shift()) await open(m.url, t, m.topic);
        }),
      );
      port.postMessage({ connected: sockets.length });
    } else if (m.cmd === 'receipts') {
      port.postMessage({ receipts });
      receipts = [];
    } else {
      for (const ws of sockets) ws.terminate();
      sockets.length = 0;
      port.postMessage({ closed: true });
    }
  });
}
