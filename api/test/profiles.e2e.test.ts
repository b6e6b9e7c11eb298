import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, orderAt, registerUser, startTestApp } from '../../test/harness';

let app: TestApp;
let request: Request;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
});
afterAll(() => app.close());

const PUBLIC_KEYS = ['id', 'display_name', 'avatar', 'bio', 'city', 'country', 'member_since', 'badges', 'reputation', 'response_rate', 'counts'].sort();

/** Raw bytes as the body: the harness client speaks JSON only. */
async function upload(user: TestUser, bytes: Buffer, contentType: string) {
  const res = await fetch(`${app.url}/v1/me/avatar`, { method: 'PUT', headers: { authorization: `Bearer ${user.token}`, 'content-type': contentType }, body: bytes });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function fetchBytes(urlPath: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}${urlPath}`, { headers });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const photo = (width = 600, height = 400, background = { r: 200, g: 120, b: 40 }) => sharp({ create: { width, height, channels: 3, background } });

/** A JPEG as a phone writes it: camera make and a GPS position in its EXIF. */
const jpegWithGps = () =>
  photo()
    .jpeg()
    .withExif({
      IFD0: { Make: 'AgoraCam', Model: 'Snoop 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2364/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 17/1 3456/100' },
    })
    .toBuffer();

/** A real 1×1 PNG whose header then claims `side`×`side` pixels (CRC fixed): a few bytes that would decode to gigabytes. */
async function pngBomb(side: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: 'white' } })
      .png()
      .toBuffer(),
  );
  // Signature (8), IHDR length (4), "IHDR" (4), then width and height.
  png.writeUInt32BE(side, 16);
  png.writeUInt32BE(side, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

const avatarFiles = () => readdirSync(path.join(app.ctx.config.DATA_DIR, 'media', 'avatars'));

describe('public profile', () => {
  test('shows exactly the public fields: no email, roles or address, even with a private profile and listings', async () => {
    const seller = await registerUser(request, { display_name: 'Camille' });
    await request('PUT', '/v1/me/profile', {
      token: seller.token,
      body: { legal_name: 'Camille Secret', address: { line1: '1 Rue Privée', city: 'Lyon', postal_code: '69001', country: 'FR' }, phone: '+33612345678' },
    });
    await makeListing(request, seller);
    await orderAt(request, 'completed', { seller });
    const patched = await request('PATCH', '/v1/me/public-profile', { token: seller.token, body: { bio: 'Film cameras,\nmostly Canon', city: 'Lyon', country: 'FR' } });
    expect(patched.status).toBe(200);

    const res = await request('GET', `/v1/users/${seller.id}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(PUBLIC_KEYS);
    expect(res.body).toMatchObject({
      id: seller.id,
      display_name: 'Camille',
      avatar: null,
      bio: 'Film cameras,\nmostly Canon',
      city: 'Lyon',
      country: 'FR',
      member_since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      // Registration in the tests' setting verifies nobody's email; identity needs a moderator.
      badges: { email_verified: false, identity_verified: false },
      reputation: { score: expect.any(Number), count: 0, average: null },
      response_rate: null,
      counts: { completed_sales: 1, active_listings: 1 },
    });
    expect(patched.body).toEqual(res.body);
    const text = JSON.stringify(res.body);
    for (const secret of [seller.email, 'Camille Secret', 'Rue Privée', '69001', '+33612345678', 'roles']) expect(text).not.toContain(secret);
  });

  test('badges follow the account’s verifications', async () => {
    const user = await registerUser(request);
    await app.ctx.db.updateTable('users').set({ email_verified_at: new Date(), identity_verified_at: new Date() }).where('id', '=', user.id).execute();
    expect((await request('GET', `/v1/users/${user.id}`)).body.badges).toEqual({ email_verified: true, identity_verified: true });
  });

  test('PATCH changes only the fields sent; null clears one; bad values are refused naming the field', async () => {
    const user = await registerUser(request);
    await request('PATCH', '/v1/me/public-profile', { token: user.token, body: { bio: 'Hello', city: 'Berlin', country: 'DE' } });
    const cleared = await request('PATCH', '/v1/me/public-profile', { token: user.token, body: { city: null } });
    expect(cleared.body).toMatchObject({ bio: 'Hello', city: null, country: 'DE' });
    expectProblem(await request('PATCH', '/v1/me/public-profile', { token: user.token, body: { country: 'XX' } }), 400, 'country');
    expectProblem(await request('PATCH', '/v1/me/public-profile', { token: user.token, body: { bio: 'x'.repeat(501) } }), 400, 'bio');
    expectProblem(await request('PATCH', '/v1/me/public-profile', { token: user.token, body: { city: 'Ber\u0007lin' } }), 400, 'city');
    expectProblem(await request('PATCH', '/v1/me/public-profile', { token: user.token, body: { address: '1 Main St' } }), 400, 'address');
    expectProblem(await request('PATCH', '/v1/me/public-profile', { body: { bio: 'anonymous' } }), 401);
    expect((await request('GET', `/v1/users/${user.id}`)).body).toMatchObject({ bio: 'Hello', city: null, country: 'DE' });
  });

  test('a suspended user and an unknown id are the same 404, for the profile and the listings', async () => {
    const user = await registerUser(request);
    await makeListing(request, user);
    await app.ctx.db.updateTable('users').set({ suspended_at: new Date() }).where('id', '=', user.id).execute();
    const suspended = await request('GET', `/v1/users/${user.id}`);
    const unknown = await request('GET', '/v1/users/7f0c5a52-1c5a-4cb4-9d5f-0b5ec9d1b8a1');
    expectProblem(suspended, 404);
    expectProblem(unknown, 404);
    expect(suspended.body.detail).toBe(unknown.body.detail);
    expectProblem(await request('GET', `/v1/users/${user.id}/listings`), 404);
    expectProblem(await request('GET', '/v1/users/not-a-uuid'), 400, 'params.id');
  });

  test('the response rate counts the conversations a seller answered', async () => {
    const seller = await registerUser(request);
    const answered = await orderAt(request, 'paid', { seller });
    const ignored = await orderAt(request, 'paid', { seller });
    await orderAt(request, 'paid', { seller }); // nobody wrote: not a conversation
    const say = (user: TestUser, orderId: string, body: string) => request('POST', `/v1/orders/${orderId}/messages`, { token: user.token, body: { body } });
    // The seller writing first does not answer anything.
    expect((await say(seller, ignored.id, 'Shipping tomorrow')).status).toBe(201);
    await say(ignored.buyer, ignored.id, 'Great, which carrier?');
    await say(answered.buyer, answered.id, 'Is it boxed?');
    await say(seller, answered.id, 'Yes, original box');
    expect((await request('GET', `/v1/users/${seller.id}`)).body.response_rate).toBe(0.5);
  });
});

describe('user listings', () => {
  test('a seller’s active listings only, paginated', async () => {
    const seller = await registerUser(request);
    const listings = [
      await makeListing(request, seller, { title: 'First thing' }),
      await makeListing(request, seller, { title: 'Second thing' }),
      await makeListing(request, seller),
    ];
    // One sold (reserved by an order), one of someone else: neither shows.
    await request('POST', '/v1/orders', { token: (await registerUser(request)).token, body: { listing_id: listings[2]!.id } });
    await makeListing(request, await registerUser(request));
    const first = await request('GET', `/v1/users/${seller.id}/listings?limit=1`);
    expect(first.status).toBe(200);
    expect(first.body.data.map((l: { id: string }) => l.id)).toEqual([listings[1]!.id]);
    const second = await request('GET', `/v1/users/${seller.id}/listings?limit=1&cursor=${first.body.next_cursor}`);
    expect(second.body).toEqual({ data: [expect.objectContaining({ id: listings[0]!.id, status: 'active', seller_id: seller.id })], next_cursor: null });
    expect((await request('GET', `/v1/users/${seller.id}`)).body.counts.active_listings).toBe(2);
    expectProblem(await request('GET', `/v1/users/${seller.id}/listings?limit=0`), 400, 'query.limit');
  });
});

describe('avatar', () => {
  test('a JPEG with GPS EXIF is re-encoded to 256 and 64 px WebP without any metadata, served cacheable with an ETag and 304', async () => {
    const user = await registerUser(request);
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined(); // the test's premise

    const res = await upload(user, original, 'image/jpeg');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ url_256: expect.stringMatching(/^\/v1\/media\/avatars\/[0-9a-f]{64}$/), url_64: expect.stringMatching(/^\/v1\/media\/avatars\/[0-9a-f]{64}$/) });
    expect((await request('GET', `/v1/users/${user.id}`)).body.avatar).toEqual(res.body);

    for (const [url, size] of [
      [res.body.url_256, 256],
      [res.body.url_64, 64],
    ] as const) {
      const key = url.split('/').pop()!;
      const served = await fetchBytes(url);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(served.headers.get('etag')).toBe(`"${key}"`);
      const meta = await sharp(served.bytes).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: size, height: size });
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(served.bytes.includes(Buffer.from('AgoraCam'))).toBe(false);
      // The stored file is the served one: content-addressed, written whole.
      const stored = readFileSync(path.join(app.ctx.config.DATA_DIR, 'media', 'avatars', `${key}.webp`));
      expect(stored.equals(served.bytes)).toBe(true);
      expect((await sharp(stored).metadata()).exif).toBeUndefined();

      const revalidated = await fetchBytes(url, { 'if-none-match': `"${key}"` });
      expect(revalidated.status).toBe(304);
      expect(revalidated.bytes.length).toBe(0);
      expect((await fetchBytes(url, { 'if-none-match': '"something-else"' })).status).toBe(200);
    }
  });

  test('the EXIF orientation is applied before the metadata goes', async () => {
    const user = await registerUser(request);
    // Red on top, blue below, stored sideways: orientation 6 says "turn me 90° clockwise to view".
    const red = await sharp({ create: { width: 200, height: 100, channels: 3, background: { r: 255, g: 0, b: 0 } } })
      .png()
      .toBuffer();
    const sideways = await sharp({ create: { width: 200, height: 200, channels: 3, background: { r: 0, g: 0, b: 255 } } })
      .composite([{ input: red, top: 0, left: 0 }])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const { url_256 } = (await upload(user, sideways, 'image/jpeg')).body;
    const { data, info } = await sharp((await fetchBytes(url_256)).bytes)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    // Turned clockwise, the red half is on the right.
    const [left, right] = [pixel(32, 128), pixel(224, 128)];
    expect(left[2]).toBeGreaterThan(200);
    expect(right[0]).toBeGreaterThan(200);
  });

  test('PNG and WebP are taken; the type comes from the bytes, not the declared Content-Type', async () => {
    const user = await registerUser(request);
    expect((await upload(user, await photo().png().toBuffer(), 'image/png')).status).toBe(200);
    expect((await upload(user, await photo().webp().toBuffer(), 'image/webp')).status).toBe(200);
    // A JPEG declared as PNG, a text file declared as a JPEG, an empty body.
    expectProblem(await upload(user, await photo().jpeg().toBuffer(), 'image/png'), 422, 'body');
    const fake = await upload(user, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/jpeg');
    expectProblem(fake, 422, 'body');
    expect(fake.body.code).toBe('invalid_image');
    expectProblem(await upload(user, Buffer.alloc(0), 'image/jpeg'), 400, 'body');
    // A JPEG signature over garbage: sniffed as JPEG, refused by the decoder, still a 422.
    expectProblem(await upload(user, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]), 'image/jpeg'), 422, 'body');
    // Other media types never reach the handler.
    expectProblem(await upload(user, Buffer.from('GIF89a'), 'image/gif'), 415, 'header.Content-Type');
    expectProblem(await request('PUT', '/v1/me/avatar', { token: user.token, body: { content_base64: 'AAAA' } }), 415, 'header.Content-Type');
  });

  test('a decompression bomb is refused by its header, before decoding', async () => {
    const user = await registerUser(request);
    const bomb = await pngBomb(100_000);
    expect(bomb.length).toBeLessThan(200);
    const res = await upload(user, bomb, 'image/png');
    expectProblem(res, 422, 'body');
    expect(res.body.errors[0].message).toContain('megapixels');
    expect((await request('GET', `/v1/users/${user.id}`)).body.avatar).toBeNull();
  });

  test('a body over 5 MB is a 413', async () => {
    const user = await registerUser(request);
    const big = Buffer.concat([await photo().jpeg().toBuffer(), Buffer.alloc(5 * 1024 * 1024)]);
    expectProblem(await upload(user, big, 'image/jpeg'), 413, 'body');
  });

  test('bad, traversing and unknown keys are 404', async () => {
    for (const key of ['..%2F..%2Fetc%2Fpasswd', '..', 'ABCDEF', `${'a'.repeat(64)}.webp`, 'a'.repeat(64), '%2e%2e%2fkeyring']) {
      const res = await fetchBytes(`/v1/media/avatars/${key}`);
      expect([key, res.status]).toEqual([key, 404]);
    }
  });

  test('replacing or deleting an avatar removes its files unless another profile shows the same picture', async () => {
    const [alice, bob] = [await registerUser(request), await registerUser(request)];
    // Not the colour of the JPEG below: a plain square comes out the same whatever its size.
    const same = await photo(300, 300, { r: 10, g: 90, b: 200 }).png().toBuffer();
    const first = (await upload(alice, same, 'image/png')).body;
    expect((await upload(bob, same, 'image/png')).body).toEqual(first);
    const key = (url: string) => url.split('/').pop()!;

    // Alice moves on; Bob still shows the picture, so its files stay.
    const second = (await upload(alice, await jpegWithGps(), 'image/jpeg')).body;
    expect(second.url_256).not.toBe(first.url_256);
    expect((await fetchBytes(first.url_256)).status).toBe(200);
    expect((await request('DELETE', '/v1/me/avatar', { token: bob.token })).status).toBe(204);
    expect((await fetchBytes(first.url_256)).status).toBe(404);
    expect((await fetchBytes(first.url_64)).status).toBe(404);
    expect(avatarFiles()).not.toContain(`${key(first.url_256)}.webp`);
    expect((await request('GET', `/v1/users/${bob.id}`)).body.avatar).toBeNull();
    // Deleting twice is fine; Alice's new avatar is untouched.
    expect((await request('DELETE', '/v1/me/avatar', { token: bob.token })).status).toBe(204);
    expect((await fetchBytes(second.url_256)).status).toBe(200);
    // No temporary file is left behind.
    expect(avatarFiles().every((f) => /^[0-9a-f]{64}\.webp$/.test(f))).toBe(true);
  });
});

describe('budgets', () => {
  test('avatar uploads count against the per-user create budget, refused ones too', async () => {
    const strict = await startTestApp({ env: { RATE_LIMIT_CREATE_PER_HOUR: '2' } });
    try {
      const user = await registerUser(client(strict.url));
      const put = () =>
        fetch(`${strict.url}/v1/me/avatar`, { method: 'PUT', headers: { authorization: `Bearer ${user.token}`, 'content-type': 'image/png' }, body: Buffer.from('not a png') });
      expect((await put()).status).toBe(422);
      expect((await put()).status).toBe(422);
      const refused = await put();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await strict.close();
    }
  });
});
