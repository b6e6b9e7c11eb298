import { createECDH, createDecipheriv, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake accepted: the decrypted payload and the headers it checked. */
export interface PushedMessage {
  subscription: string;
  payload: Record<string, unknown>;
  ttl: number;
  urgency: string | undefined;
  jwt: { aud: string; exp: number; sub: string };
}

export interface FakeSubscription {
  id: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/**
 * A local push service (RFC 8030) that checks what a real one checks and more: the VAPID header
 * (`vapid t=<ES256 JWT>, k=<public key>`, RFC 8292: signature, `aud` = the endpoint's origin, `exp`
 * within 24 h), `Content-Encoding: aes128gcm` and `TTL`; and, holding the browser's private key, it
 * DECRYPTS the body (RFC 8291 / RFC 8188), so a test sees the payload a browser would.
 */
export interface PushService {
  url: string;
  messages: PushedMessage[];
  /** Requests refused as malformed (the test expects none). */
  rejected: string[];
  /** A browser's subscription: a fresh ECDH P-256 key pair and 16 random auth bytes. */
  subscribe(): FakeSubscription;
  /** The next `n` pushes to any subscription answer `status` (503: try later; 410: gone). */
  failNext(n: number, status: number): void;
  /** Every push to this subscription answers `status` from now on. */
  answer(subscriptionId: string, status: number): void;
  close(): Promise<void>;
}

const b64u = (b: Buffer) => b.toString('base64url');

function decrypt(body: Buffer, uaPrivate: ReturnType<typeof createECDH>, uaPublic: Buffer, authSecret: Buffer): Buffer {
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idLength = body[20]!;
  const asPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  if (idLength !== 65 || ciphertext.length > rs) throw new Error('bad aes128gcm header (keyid must be the 65-byte sender key, one record)');
  const ecdhSecret = uaPrivate.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02 followed by zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('missing last-record delimiter');
  return padded.subarray(0, end);
}

function checkVapid(header: string | undefined, origin: string, now: number): PushedMessage['jwt'] {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header ?? '');
  if (!match) throw new Error(`bad Authorization: ${header}`);
  const [, token, k] = match as unknown as [string, string, string];
  const raw = Buffer.from(k, 'base64url');
  if (raw.length !== 65 || raw[0] !== 4) throw new Error('k is not an uncompressed P-256 point');
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64u(raw.subarray(1, 33)), y: b64u(raw.subarray(33)) }, format: 'jwk' });
  const [h, p, s] = token.split('.') as [string, string, string];
  const head = JSON.parse(Buffer.from(h, 'base64url').toString()) as { alg?: string; typ?: string };
  if (head.alg !== 'ES256') throw new Error(`alg ${head.alg}`);
  if (!verify('sha256', Buffer.from(`${h}.${p}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url'))) throw new Error('bad JWT signature');
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as PushedMessage['jwt'];
  if (claims.aud !== origin) throw new Error(`aud ${claims.aud} is not ${origin}`);
  if (!(claims.exp > now / 1000 && claims.exp <= now / 1000 + 24 * 3600)) throw new Error(`exp ${claims.exp} not within 24 h`);
  if (!/^(mailto:|https:)/.test(claims.sub)) throw new Error(`sub ${claims.sub}`);
  return claims;
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export async function startPushService(): Promise<PushService> {
  const subscriptions = new Map<string, { ecdh: ReturnType<typeof createECDH>; publicKey: Buffer; auth: Buffer; status?: number }>();
  const messages: PushedMessage[] = [];
  const rejected: string[] = [];
  let failures: { left: number; status: number } = { left: 0, status: 0 };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const id = /^\/push\/([\w-]+)$/.exec(req.url ?? '')?.[1];
      const sub = id ? subscriptions.get(id) : undefined;
      if (req.method !== 'POST' || !id || !sub) return res.writeHead(404).end();
      try {
        const jwt = checkVapid(req.headers.authorization, `http://${req.headers.host}`, Date.now());
        if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error(`Content-Encoding ${req.headers['content-encoding']}`);
        const ttl = Number(req.headers.ttl);
        if (!Number.isInteger(ttl) || ttl < 0) throw new Error(`TTL ${req.headers.ttl}`);
        const payload = JSON.parse(decrypt(body, sub.ecdh, sub.publicKey, sub.auth).toString('utf8')) as Record<string, unknown>;
        if (sub.status) return res.writeHead(sub.status).end();
        if (failures.left > 0) {
          failures.left -= 1;
          return res.writeHead(failures.status).end();
        }
        messages.push({ subscription: id, payload, ttl, urgency: req.headers.urgency as string | undefined, jwt });
        res.writeHead(201, { Location: `/messages/${messages.length}` }).end();
      } catch (err) {
        rejected.push((err as Error).message);
        res.writeHead(400).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    messages,
    rejected,
    subscribe() {
      const ecdh = createECDH('prime256v1');
      const publicKey = ecdh.generateKeys();
      const auth = randomBytes(16);
      const id = b64u(randomBytes(9));
      subscriptions.set(id, { ecdh, publicKey, auth });
      return { id, endpoint: `${url}/push/${id}`, keys: { p256dh: b64u(publicKey), auth: b64u(auth) } };
    },
    failNext(n, status) {
      failures = { left: n, status };
    },
    answer(subscriptionId, status) {
      subscriptions.get(subscriptionId)!.status = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
