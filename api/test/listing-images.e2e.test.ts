import { readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, makeStaff, registerUser, startTestApp, SHIP_TO } from '../../test/harness';
import { type S3Sink, startS3 } from '../../test/s3';
import { coversOf } from '../src/modules/marketplace/listing-images';

let app: TestApp;
let request: Request;
let admin: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  admin = await makeStaff(app, ['admin']);
});
afterAll(() => app.close());

interface Part {
  name: string;
  bytes: Buffer;
}

/** A multipart/form-data upload, as a browser's FormData sends it. */
async function upload(user: TestUser, listingId: string, parts: Part[], field = 'files') {
  const form = new FormData();
  for (const p of parts) form.append(field, new Blob([p.bytes]), p.name);
  const res = await fetch(`${app.url}/v1/listings/${listingId}/images`, { method: 'POST', headers: { authorization: `Bearer ${user.token}` }, body: form });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function fetchBytes(urlPath: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}${urlPath}`, { headers });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** A picture with structure (shapes at `seed`-dependent places), so perceptual hashes tell photos apart. */
function picture(seed: number, width = 800, height = 600) {
  const shapes = Array.from({ length: 6 }, (_, i) => {
    const x = (seed * 97 + i * 131) % width;
    const y = (seed * 53 + i * 211) % height;
    return `<rect x="${x}" y="${y}" width="${120 + ((seed + i) % 5) * 40}" height="${90 + ((seed * i) % 4) * 50}" fill="rgb(${(seed * 40 + i * 30) % 255},${(i * 70) % 255},${(seed * 13) % 255})"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="rgb(${(seed * 29) % 255},200,180)"/>${shapes}</svg>`;
  return sharp(Buffer.from(svg));
}

const jpegWithGps = (seed: number) =>
  picture(seed, 1600, 1200)
    .jpeg()
    .withExif({
      IFD0: { Make: 'AgoraCam', Model: 'Snoop 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2364/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 17/1 3456/100' },
    })
    .toBuffer();

/** A real 1×1 PNG whose header then claims `side`×`side` pixels (CRC fixed). */
async function pngBomb(side: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: 'white' } })
      .png()
      .toBuffer(),
  );
  png.writeUInt32BE(side, 16);
  png.writeUInt32BE(side, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** Every stored object, however deep (local storage under MEDIA_DIR). */
function mediaFiles(dir = app.ctx.config.MEDIA_DIR): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? mediaFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  } catch {
    return [];
  }
}

const keyOf = (url: string) => url.split('/').pop()!;

async function sellerWithListing() {
  const seller = await registerUser(request);
  const listing = await makeListing(request, seller);
  return { seller, listing };
}

describe('listing photos', () => {
  test('JPEG, PNG and WebP become WebP variants at 200/640/1280 px, never enlarged, with no EXIF or GPS left', async () => {
    const { seller, listing } = await sellerWithListing();
    const jpeg = await jpegWithGps(1);
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const png = await picture(2, 500, 300).png().toBuffer();
    const webp = await picture(3, 700, 900).webp().toBuffer();
    const res = await upload(seller, listing.id, [
      { name: 'camera.jpg', bytes: jpeg },
      { name: 'back.png', bytes: png },
      { name: 'side.webp', bytes: webp },
    ]);
    expect(res.status).toBe(201);
    const images = res.body.data;
    expect(images.map((i: { position: number }) => i.position)).toEqual([0, 1, 2]);
    expect(images.map((i: { width: number; height: number }) => [i.width, i.height])).toEqual([
      [1600, 1200],
      [500, 300],
      [700, 900],
    ]);
    const sizes = (i: { variants: { size: string; width: number; height: number }[] }) => i.variants.map((v) => [v.size, v.width, v.height]);
    expect(sizes(images[0])).toEqual([
      ['thumb', 200, 150],
      ['medium', 640, 480],
      ['large', 1280, 960],
    ]);
    expect(sizes(images[1])).toEqual([
      ['thumb', 200, 120],
      ['medium', 500, 300],
      ['large', 500, 300],
    ]);
    expect(sizes(images[2])).toEqual([
      ['thumb', 156, 200],
      ['medium', 498, 640],
      ['large', 700, 900],
    ]);
    for (const variant of images.flatMap((i: { variants: { url: string }[] }) => i.variants)) {
      const got = await fetchBytes(variant.url);
      expect(got.status).toBe(200);
      const meta = await sharp(got.bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
      expect(got.bytes.includes('AgoraCam')).toBe(false);
    }
    // The listing shows them, cover first, to anyone; and to the seller among their listings.
    const page = await request('GET', `/v1/listings/${listing.id}`);
    expect(page.body.images).toEqual(images);
    const mine = await request('GET', '/v1/me/listings', { token: seller.token });
    expect(mine.body.data.find((l: { id: string }) => l.id === listing.id).images).toEqual(images);
  });

  test('a photo is turned upright by its EXIF orientation', async () => {
    const { seller, listing } = await sellerWithListing();
    // Stored 300×200 sideways, as a phone held upright writes it (orientation 6: turn a quarter clockwise).
    const sideways = await picture(10, 300, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const res = await upload(seller, listing.id, [{ name: 'portrait.jpg', bytes: sideways }]);
    expect(res.body.data[0]).toMatchObject({ width: 200, height: 300 });
    const thumb = await fetchBytes(res.body.data[0].variants[0].url);
    const meta = await sharp(thumb.bytes).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([133, 200, undefined]);
  });

  test('AVIF is taken too (sharp decodes it); HEIC is refused by its bytes', async () => {
    const { seller, listing } = await sellerWithListing();
    const avif = await picture(11, 300, 200).avif().toBuffer();
    const res = await upload(seller, listing.id, [{ name: 'pic.avif', bytes: avif }]);
    expect(res.status).toBe(201);
    expect(res.body.data[0]).toMatchObject({ width: 300, height: 200 });
    // An ISO-BMFF header of brand heic: not a type sharp's prebuilt libvips can decode.
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(64)]);
    expectProblem(await upload(seller, listing.id, [{ name: 'pic.heic', bytes: heic }]), 422, 'files');
  });

  test('variants are served immutable with a strong ETag; If-None-Match answers 304; unknown keys 404', async () => {
    const { seller, listing } = await sellerWithListing();
    const res = await upload(seller, listing.id, [{ name: 'a.png', bytes: await picture(4).png().toBuffer() }]);
    const url: string = res.body.data[0].variants[0].url;
    const got = await fetchBytes(url);
    expect(got.headers.get('content-type')).toBe('image/webp');
    expect(got.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(got.headers.get('etag')).toBe(`"${keyOf(url)}"`);
    const again = await fetchBytes(url, { 'if-none-match': `"${keyOf(url)}"` });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    expect((await fetchBytes(`/v1/media/${'0'.repeat(64)}`)).status).toBe(404);
    expectProblem(await request('GET', '/v1/media/not-a-key'), 400, 'params.key');
  });

  test('reorder sets the cover; an order that is not exactly the photos is refused; delete closes ranks and removes the files', async () => {
    const { seller, listing } = await sellerWithListing();
    const res = await upload(seller, listing.id, [5, 6, 7].map((seed) => ({ name: `${seed}.png`, bytes: Buffer.alloc(0) })).slice(0, 0));
    expectProblem(res, 400, 'files');
    const added = await upload(
      seller,
      listing.id,
      await Promise.all([5, 6, 7].map(async (seed) => ({ name: `${seed}.png`, bytes: await picture(seed, 300, 200).png().toBuffer() }))),
    );
    const ids: string[] = added.body.data.map((i: { id: string }) => i.id);
    const reordered = await request('PUT', `/v1/listings/${listing.id}/images/order`, { token: seller.token, body: { image_ids: [ids[2], ids[0], ids[1]] } });
    expect(reordered.status).toBe(200);
    expect(reordered.body.data.map((i: { id: string }) => i.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect((await request('GET', `/v1/listings/${listing.id}`)).body.images[0].id).toBe(ids[2]);
    // The batch of covers search hits use: one per listing that has photos.
    const { listing: bare } = await sellerWithListing();
    const covers = await coversOf(app.ctx.db, [listing.id, bare.id]);
    expect([...covers.keys()]).toEqual([listing.id]);
    expect(covers.get(listing.id)).toEqual(reordered.body.data[0]);
    expectProblem(await request('PUT', `/v1/listings/${listing.id}/images/order`, { token: seller.token, body: { image_ids: [ids[0], ids[1]] } }), 422, 'image_ids');
    expectProblem(await request('PUT', `/v1/listings/${listing.id}/images/order`, { token: seller.token, body: { image_ids: [ids[0], ids[0], ids[1]] } }), 400, 'image_ids');

    const coverKeys = reordered.body.data[0].variants.map((v: { url: string }) => keyOf(v.url));
    expect((await request('DELETE', `/v1/listings/${listing.id}/images/${ids[2]}`, { token: seller.token })).status).toBe(204);
    const after = (await request('GET', `/v1/listings/${listing.id}`)).body.images;
    expect(after.map((i: { id: string; position: number }) => [i.id, i.position])).toEqual([
      [ids[0], 0],
      [ids[1], 1],
    ]);
    const files = mediaFiles().map((f) => path.basename(f));
    for (const key of coverKeys) expect(files).not.toContain(`${key}.webp`);
    expect((await fetchBytes(reordered.body.data[0].variants[0].url)).status).toBe(404);
    expectProblem(await request('DELETE', `/v1/listings/${listing.id}/images/${ids[2]}`, { token: seller.token }), 404);
  });

  test('a listing holds at most 20 photos', async () => {
    const { seller, listing } = await sellerWithListing();
    const small = (seed: number) => picture(seed, 64, 48).png().toBuffer();
    for (const batch of [0, 10]) {
      const parts = await Promise.all(Array.from({ length: 10 }, async (_, i) => ({ name: `${batch + i}.png`, bytes: await small(100 + batch + i) })));
      expect((await upload(seller, listing.id, parts)).status).toBe(201);
    }
    expectProblem(await upload(seller, listing.id, [{ name: 'one-more.png', bytes: await small(999) }]), 422, 'files');
    expect((await request('GET', `/v1/listings/${listing.id}`)).body.images).toHaveLength(20);
  });

  test('bad files are refused naming `files`, and nothing is stored for a refused request', async () => {
    const { seller, listing } = await sellerWithListing();
    const good = await picture(8).jpeg().toBuffer();
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    const script = Buffer.from('#!/bin/sh\necho pwned\n');
    const before = mediaFiles().length;
    const cases: [string, Buffer][] = [
      ['empty.jpg', Buffer.alloc(0)],
      ['half.jpg', truncated],
      ['drawing.svg', svg],
      ['photo.jpg', script],
      ['bomb.png', await pngBomb(7072)], // 50 megapixels claimed
    ];
    for (const [name, bytes] of cases) {
      const res = await upload(seller, listing.id, [{ name, bytes }]);
      expectProblem(res, 422, 'files');
      expect(res.body.errors[0].message).toContain(name);
    }
    // One bad file refuses the whole request: the good one before it is not kept either.
    expectProblem(
      await upload(seller, listing.id, [
        { name: 'good.jpg', bytes: good },
        { name: 'half.jpg', bytes: truncated },
      ]),
      422,
      'files',
    );
    expect(mediaFiles()).toHaveLength(before);
    expect((await request('GET', `/v1/listings/${listing.id}`)).body.images).toEqual([]);
    // Not a form, another field, too many files, a file over the size limit.
    const json = await request('POST', `/v1/listings/${listing.id}/images`, { token: seller.token, body: { files: [] } });
    expectProblem(json, 415, 'header.Content-Type');
    expectProblem(await upload(seller, listing.id, [{ name: 'a.jpg', bytes: good }], 'photo'), 422, 'photo');
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `${i}.jpg`, bytes: good }));
    expectProblem(await upload(seller, listing.id, eleven), 422, 'files');
    expectProblem(await upload(seller, listing.id, [{ name: 'huge.jpg', bytes: Buffer.concat([good, Buffer.alloc(16 * 1024 * 1024)]) }]), 413, 'files');
    expect(mediaFiles()).toHaveLength(before);
  });

  test('an upload cut off mid-body stores nothing', async () => {
    const { seller, listing } = await sellerWithListing();
    const good = await picture(12).jpeg().toBuffer();
    const before = mediaFiles().length;
    const boundary = 'agora-cut-off-upload';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="cut.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    await new Promise<void>((resolve) => {
      const req = http.request(`${app.url}/v1/listings/${listing.id}/images`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${seller.token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + good.length + 100),
        },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.write(Buffer.concat([head, good.subarray(0, good.length / 2)]), () => req.destroy());
    });
    // The next upload is the listing's first photo; the cut-off one left no row and no file.
    const next = await upload(seller, listing.id, [{ name: 'whole.png', bytes: await picture(13, 300, 200).png().toBuffer() }]);
    expect(next.body.data.map((i: { position: number }) => i.position)).toEqual([0]);
    expect(mediaFiles().length - before).toBe(new Set(next.body.data[0].variants.map((v: { url: string }) => v.url)).size);
  });

  test('another user’s listing, or none, is a 404 with nothing stored', async () => {
    const { listing } = await sellerWithListing();
    const stranger = await registerUser(request);
    const bytes = await picture(9).png().toBuffer();
    expectProblem(await upload(stranger, listing.id, [{ name: 'x.png', bytes }]), 404);
    expectProblem(await upload(stranger, '00000000-0000-4000-8000-000000000000', [{ name: 'x.png', bytes }]), 404);
    expectProblem(await request('PUT', `/v1/listings/${listing.id}/images/order`, { token: stranger.token, body: { image_ids: [] } }), 404);
    expect((await request('GET', `/v1/listings/${listing.id}`)).body.images).toEqual([]);
  });

  test('a photo another seller already shows holds the listing for review as photo_reused, linked in the queue', async () => {
    const original = await sellerWithListing();
    const photo = await picture(21, 1200, 900).jpeg({ quality: 90 }).toBuffer();
    expect((await upload(original.seller, original.listing.id, [{ name: 'mine.jpg', bytes: photo }])).status).toBe(201);
    // The same seller's second listing may show it again; another seller may not, even re-encoded smaller.
    const again = await makeListing(request, original.seller);
    expect((await upload(original.seller, again.id, [{ name: 'mine.jpg', bytes: photo }])).status).toBe(201);
    expect((await request('GET', `/v1/listings/${again.id}`)).body.status).toBe('active');

    const thief = await sellerWithListing();
    const copy = await sharp(photo).resize(900).jpeg({ quality: 70 }).toBuffer();
    expect((await upload(thief.seller, thief.listing.id, [{ name: 'copy.jpg', bytes: copy }])).status).toBe(201);
    const mine = (await request('GET', '/v1/me/listings', { token: thief.seller.token })).body.data[0];
    expect(mine.status).toBe('pending_review');
    const queue = await request('GET', '/v1/admin/listings?status=pending_review&limit=100', { token: admin.token });
    const queued = queue.body.data.find((l: { id: string }) => l.id === thief.listing.id);
    expect(queued.flags).toContain('photo_reused');
    expect(queued.images[0].reuse).toEqual({ listing_id: original.listing.id, seller_id: original.seller.id, distance: expect.any(Number) });
    expect(queued.images[0].reuse.distance).toBeLessThanOrEqual(3);
    expect(queued.images[0].safety).toEqual({ label: expect.stringMatching(/^(Drawing|Neutral)$/), score: expect.any(Number), unsafe: false });
    // Editing the text does not wash the flag off.
    expect((await request('PATCH', `/v1/listings/${thief.listing.id}`, { token: thief.seller.token, body: { title: 'Totally my own camera' } })).status).toBe(200);
    const requeued = (await request('GET', '/v1/admin/listings?status=pending_review&limit=100', { token: admin.token })).body.data.find(
      (l: { id: string }) => l.id === thief.listing.id,
    );
    expect(requeued.flags).toContain('photo_reused');
    // Under review, the photo is the seller's and staff's to see, uncached; not the public's.
    const url = queued.images[0].variants[0].url;
    expect((await fetchBytes(url)).status).toBe(404);
    const staffView = await fetchBytes(url, { authorization: `Bearer ${admin.token}` });
    expect(staffView.status).toBe(200);
    expect(staffView.headers.get('cache-control')).toBe('private, no-store');
    // A moderator who approves it has seen the photos: the flag is resolved.
    const approved = await request('POST', `/v1/admin/listings/${thief.listing.id}/decision`, { token: admin.token, body: { decision: 'approve' } });
    expect(approved.body.status).toBe('active');
    const active = (await request('GET', '/v1/admin/listings?status=active&limit=100', { token: admin.token })).body.data.find((l: { id: string }) => l.id === thief.listing.id);
    expect(active.flags).not.toContain('photo_reused');
    // A draft with a stolen photo does not go live by being published.
    const draft = await makeListing(request, thief.seller, { draft: true });
    expect(draft.status).toBe('draft');
    expect((await upload(thief.seller, draft.id, [{ name: 'copy.jpg', bytes: copy }])).status).toBe(201);
    const published = await request('POST', `/v1/listings/${draft.id}/publish`, { token: thief.seller.token });
    expect(published.body.status).toBe('pending_review');
    const queuedDraft = (await request('GET', '/v1/admin/listings?status=pending_review&limit=100', { token: admin.token })).body.data.find(
      (l: { id: string }) => l.id === draft.id,
    );
    expect(queuedDraft.flags).toContain('photo_reused');
    // A different picture from another seller is no match.
    const honest = await sellerWithListing();
    expect((await upload(honest.seller, honest.listing.id, [{ name: 'own.jpg', bytes: await picture(22, 1200, 900).jpeg().toBuffer() }])).status).toBe(201);
    expect((await request('GET', `/v1/listings/${honest.listing.id}`)).body.status).toBe('active');
  });

  test('the evidence pack shows the photos as listed when the order was made, after the seller deleted one', async () => {
    const seller = await registerUser(request);
    const listing = await makeListing(request, seller);
    const added = await upload(seller, listing.id, [
      { name: 'front.png', bytes: await picture(31).png().toBuffer() },
      { name: 'back.png', bytes: await picture(32).png().toBuffer() },
    ]);
    const photos = added.body.data;
    const buyer = await registerUser(request);
    const order = await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } });
    for (const [actor, action, body] of [
      [buyer, 'pay', { payment_method: 'pm_card_visa', shipping_address: SHIP_TO }],
      [seller, 'ship', { carrier: 'DHL', tracking_number: '1234567890' }],
    ] as const) {
      expect((await request('POST', `/v1/orders/${order.body.id}/${action}`, { token: actor.token, body })).status).toBe(200);
    }
    // While the order holds the listing, its photos are frozen.
    expectProblem(await request('DELETE', `/v1/listings/${listing.id}/images/${photos[0].id}`, { token: seller.token }), 409);
    const dispute = await request('POST', `/v1/orders/${order.body.id}/dispute`, {
      token: buyer.token,
      body: { reason: 'not_as_described', description: 'Not the camera in the photos.' },
    });
    expect(dispute.status).toBe(200);
    // The listing is back on sale (as a relist would put it) and the seller drops the first photo.
    await app.ctx.db.updateTable('listings').set({ status: 'active' }).where('id', '=', listing.id).execute();
    expect((await request('DELETE', `/v1/listings/${listing.id}/images/${photos[0].id}`, { token: seller.token })).status).toBe(204);
    expect((await request('GET', `/v1/listings/${listing.id}`)).body.images.map((i: { id: string }) => i.id)).toEqual([photos[1].id]);

    const pack = (await request('GET', `/v1/admin/disputes/${dispute.body.dispute.id}`, { token: admin.token })).body.pack;
    expect(pack.listing_photos).toEqual(photos);
    // The removed photo's files stay for the arbitrator, not for the public.
    const url = photos[0].variants[2].url;
    expect((await fetchBytes(url, { authorization: `Bearer ${admin.token}` })).status).toBe(200);
    expect((await fetchBytes(url)).status).toBe(404);
  });
});

describe('the upload budget', () => {
  test('counts each upload request per seller, and a spent budget refuses before the body is read', async () => {
    const strict = await startTestApp({ env: { RATE_LIMIT_UPLOAD_PER_HOUR: '2' } });
    try {
      const strictRequest = client(strict.url);
      const seller = await registerUser(strictRequest);
      const listing = await makeListing(strictRequest, seller);
      const send = async () => {
        const form = new FormData();
        form.append('files', new Blob([await picture(50, 120, 90).png().toBuffer()]), 'a.png');
        return fetch(`${strict.url}/v1/listings/${listing.id}/images`, { method: 'POST', headers: { authorization: `Bearer ${seller.token}` }, body: form });
      };
      expect((await send()).status).toBe(201);
      expect((await send()).status).toBe(201);
      const refused = await send();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await strictRequest('GET', `/v1/listings/${listing.id}`)).body.images).toHaveLength(2);
    } finally {
      await strict.close();
    }
  });
});

describe('on S3-compatible storage', () => {
  let s3: S3Sink;
  let s3App: TestApp;
  let s3Request: Request;

  beforeAll(async () => {
    s3 = await startS3();
    s3App = await startTestApp({ env: s3.env });
    s3Request = client(s3App.url);
  });
  afterAll(async () => {
    await s3App?.close();
    await s3?.close();
  });

  test('photos and avatars are stored in the bucket, served from it, and deleted from it', async () => {
    const bucket = new S3Client({
      endpoint: s3.env.S3_ENDPOINT,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const objects = async () => ((await bucket.send(new ListObjectsV2Command({ Bucket: s3.env.S3_BUCKET }))).Contents ?? []).map((o) => o.Key!).sort();
    const seller = await registerUser(s3Request);
    const listing = await makeListing(s3Request, seller);
    const form = new FormData();
    form.append('files', new Blob([await jpegWithGps(41)]), 'camera.jpg');
    const res = await fetch(`${s3App.url}/v1/listings/${listing.id}/images`, { method: 'POST', headers: { authorization: `Bearer ${seller.token}` }, body: form });
    expect(res.status).toBe(201);
    const image = ((await res.json()) as { data: { id: string; variants: { url: string }[] }[] }).data[0]!;
    const keys = image.variants.map((v) => `test/listings/${keyOf(v.url)}.webp`).sort();
    expect(await objects()).toEqual(keys);
    // Nothing on the local disk: the bucket holds it all.
    expect(mediaFiles(s3App.ctx.config.MEDIA_DIR)).toEqual([]);
    const served = await fetch(`${s3App.url}${image.variants[1]!.url}`);
    expect(served.status).toBe(200);
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.exif]).toEqual(['webp', 640, undefined]);

    const avatar = await fetch(`${s3App.url}/v1/me/avatar`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${seller.token}`, 'content-type': 'image/png' },
      body: await picture(42).png().toBuffer(),
    });
    expect(avatar.status).toBe(200);
    expect((await objects()).filter((k) => k.startsWith('test/avatars/'))).toHaveLength(2);

    expect((await s3Request('DELETE', `/v1/listings/${listing.id}/images/${image.id}`, { token: seller.token })).status).toBe(204);
    expect((await objects()).filter((k) => k.startsWith('test/listings/'))).toEqual([]);
    expect((await fetch(`${s3App.url}${image.variants[1]!.url}`)).status).toBe(404);
    bucket.destroy();
  });
});
