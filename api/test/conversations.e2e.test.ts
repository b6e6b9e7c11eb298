import { randomUUID } from 'node:crypto';
import { sealLegacyMessages } from '../src/modules/marketplace/conversations';
import { type Request, type TestApp, type TestUser, client, expectProblem, makeListing, makeStaff, registerUser, startTestApp } from '../../test/harness';
import { imageFixture } from '../../test/image-fixtures';
import { type RealtimeClient, connectRealtime } from '../../test/realtime-client';

// Conversations end to end: over HTTP and real WebSocket clients (live delivery with cursors, typing,
// receipts), the off-platform detector and the moderators' flagged queue, the thread continuing into
// the order, reports in context.

let app: TestApp;
let request: Request;
let moderator: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  moderator = await makeStaff(app, ['moderator']);
});
afterAll(() => app.close());

const sockets: RealtimeClient[] = [];
afterEach(() => sockets.splice(0).forEach((s) => s.close()));
const connect = async (user: TestUser) => {
  const socket = await connectRealtime(app.url, { token: user.token });
  sockets.push(socket);
  return socket;
};

/** Makes the user a moderator; a new session carries the role (sessions cache their roles). */
async function promote(user: TestUser): Promise<TestUser> {
  await app.ctx.db
    .updateTable('users')
    .set({ roles: ['moderator'] })
    .where('id', '=', user.id)
    .execute();
  const session = await request('POST', '/v1/auth/login', { body: { email: user.email, password: 'correct horse battery' } });
  return { ...user, token: session.body.token };
}

const ask = (buyer: TestUser, listingId: string, body: unknown) => request('POST', `/v1/listings/${listingId}/conversations`, { token: buyer.token, body });
const write = (user: TestUser, conversationId: string, body: unknown) => request('POST', `/v1/conversations/${conversationId}/messages`, { token: user.token, body });

async function thread() {
  const seller = await registerUser(request, { display_name: 'Sally Seller' });
  const buyer = await registerUser(request, { display_name: 'Bruno Buyer' });
  const listing = await makeListing(request, seller);
  const first = await ask(buyer, listing.id, { body: 'Hello, is it still available?' });
  expect(first.status).toBe(201);
  return { seller, buyer, listing, conversationId: first.body.conversation_id as string, first: first.body };
}

describe('a buyer and a seller talk about a listing', () => {
  test('the message arrives live on the seller’s socket; the listing is not reserved; the inbox shows the thread with unread counts', async () => {
    const seller = await registerUser(request, { display_name: 'Sally Seller' });
    const buyer = await registerUser(request, { display_name: 'Bruno Buyer' });
    const listing = await makeListing(request, seller);
    const sellerSocket = await connect(seller);
    const buyerSocket = await connect(buyer);

    const sent = await ask(buyer, listing.id, { body: 'Hello, is it still available?' });
    expect(sent).toMatchObject({ status: 201, body: { author_id: buyer.id, body: 'Hello, is it still available?', images: [], warnings: [] } });
    const live = await sellerSocket.next((f) => f.type === 'event' && f.event.type === 'message.created');
    expect(live).toMatchObject({
      cursor: expect.any(Number),
      event: { data: { id: sent.body.id, conversation_id: sent.body.conversation_id, body: 'Hello, is it still available?' } },
    });
    // The author's other apps see it too.
    expect(await buyerSocket.next((f) => f.type === 'event' && f.event.type === 'message.created')).toMatchObject({ event: { data: { id: sent.body.id } } });

    expect((await request('GET', `/v1/listings/${listing.id}`)).body.status).toBe('active');
    // A second message continues the same conversation.
    const again = await ask(buyer, listing.id, { body: 'And does it come with a strap?' });
    expect(again.body.conversation_id).toBe(sent.body.conversation_id);

    const inbox = await request('GET', '/v1/me/conversations', { token: seller.token });
    expect(inbox.status).toBe(200);
    expect(inbox.body).toMatchObject({ total_unread: 2, next_cursor: null });
    expect(inbox.body.data).toEqual([
      expect.objectContaining({
        id: sent.body.conversation_id,
        role: 'seller',
        order_id: null,
        unread: 2,
        listing: { id: listing.id, title: 'Vintage camera', cover_url: null },
        other_party: { id: buyer.id, display_name: 'Bruno Buyer', avatar_url: null },
        last_message: expect.objectContaining({ id: again.body.id, preview: 'And does it come with a strap?' }),
      }),
    ]);
    expect((await request('GET', '/v1/me/conversations/unread', { token: seller.token })).body).toEqual({ total_unread: 2 });
    expect((await request('GET', '/v1/me/conversations', { token: buyer.token })).body).toMatchObject({ total_unread: 0, data: [{ role: 'buyer', unread: 0 }] });

    // The seller opens the thread: the buyer's messages are delivered, and the buyer is told.
    const page = await request('GET', `/v1/conversations/${sent.body.conversation_id}/messages`, { token: seller.token });
    expect(page.body.data.map((m: { body: string }) => m.body)).toEqual(['And does it come with a strap?', 'Hello, is it still available?']);
    expect(await buyerSocket.next((f) => f.type === 'event' && f.event.type === 'message.delivered')).toMatchObject({
      event: { data: { conversation_id: sent.body.conversation_id, reader_id: seller.id, up_to_message_id: again.body.id } },
    });
    // Read receipt.
    expect((await request('POST', `/v1/conversations/${sent.body.conversation_id}/read`, { token: seller.token, body: { up_to_message_id: again.body.id } })).status).toBe(204);
    expect(await buyerSocket.next((f) => f.type === 'event' && f.event.type === 'message.read')).toMatchObject({
      event: { data: { reader_id: seller.id, up_to_message_id: again.body.id } },
    });
    expect((await request('GET', '/v1/me/conversations/unread', { token: seller.token })).body).toEqual({ total_unread: 0 });
    const asBuyer = await request('GET', `/v1/conversations/${sent.body.conversation_id}`, { token: buyer.token });
    expect(asBuyer.body).toMatchObject({ other_party_read_up_to: again.body.id, other_party_delivered_up_to: again.body.id, other_party: { display_name: 'Sally Seller' } });

    // The seller answers in the conversation; the buyer is notified.
    expect((await write(seller, sent.body.conversation_id, { body: 'Yes, strap included.' })).status).toBe(201);
    const notifications = await app.ctx.db.selectFrom('notifications').select(['type', 'data']).where('user_id', '=', buyer.id).execute();
    expect(notifications).toContainEqual({
      type: 'message.received',
      data: expect.objectContaining({ conversation_id: sent.body.conversation_id, listing_id: listing.id, sender_name: 'Sally Seller', preview: 'Yes, strap included.' }),
    });
  });

  test('pagination: newest first, next_cursor gives older messages; the inbox pages by latest activity', async () => {
    const { buyer, seller, conversationId, listing } = await thread();
    for (const n of [2, 3, 4]) expect((await write(n % 2 ? buyer : seller, conversationId, { body: `message ${n}` })).status).toBe(201);
    const first = await request('GET', `/v1/conversations/${conversationId}/messages?limit=3`, { token: buyer.token });
    expect(first.body.data.map((m: { body: string }) => m.body)).toEqual(['message 4', 'message 3', 'message 2']);
    const older = await request('GET', `/v1/conversations/${conversationId}/messages?limit=3&cursor=${first.body.next_cursor}`, { token: buyer.token });
    expect(older.body).toMatchObject({ data: [{ body: 'Hello, is it still available?' }], next_cursor: null });

    const other = await makeListing(request, seller, { title: 'Tripod' });
    await ask(buyer, other.id, { body: 'And the tripod?' });
    const inbox = await request('GET', '/v1/me/conversations?limit=1', { token: buyer.token });
    expect(inbox.body.data.map((c: { listing: { id: string } }) => c.listing.id)).toEqual([other.id]);
    const next = await request('GET', `/v1/me/conversations?limit=1&cursor=${inbox.body.next_cursor}`, { token: buyer.token });
    expect(next.body.data.map((c: { listing: { id: string } }) => c.listing.id)).toEqual([listing.id]);
  });

  test('the thread continues into the order: the order’s messages are the conversation’s, both ways', async () => {
    const { buyer, seller, conversationId, listing } = await thread();
    const order = await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } });
    expect(order.status).toBe(201);
    expect((await request('POST', `/v1/orders/${order.body.id}/messages`, { token: seller.token, body: { body: 'Thanks for your order!' } })).status).toBe(201);
    const viaOrder = await request('GET', `/v1/orders/${order.body.id}/messages`, { token: buyer.token });
    expect(viaOrder.body.data.map((m: { body: string }) => m.body)).toEqual(['Hello, is it still available?', 'Thanks for your order!']);
    const viaConversation = await request('GET', `/v1/conversations/${conversationId}/messages`, { token: buyer.token });
    expect(viaConversation.body.data.map((m: { body: string }) => m.body)).toEqual(['Thanks for your order!', 'Hello, is it still available?']);
    expect((await request('GET', `/v1/conversations/${conversationId}`, { token: seller.token })).body.order_id).toBe(order.body.id);
  });

  test('messages are encrypted at rest; one copied from an old order thread is sealed by the worker job', async () => {
    const { conversationId, first, buyer } = await thread();
    const row = await app.ctx.db.selectFrom('messages').select(['body', 'legacy_body']).where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(row.legacy_body).toBeNull();
    expect(row.body!.toString('latin1')).not.toContain('still available');

    const legacyId = randomUUID();
    await app.ctx.db
      .insertInto('messages')
      .values({ id: legacyId, conversation_id: conversationId, author_id: buyer.id, legacy_body: 'Written before conversations', created_at: new Date() })
      .execute();
    expect(await sealLegacyMessages(app.ctx)).toBeGreaterThanOrEqual(1);
    const sealed = await app.ctx.db.selectFrom('messages').select(['body', 'legacy_body', 'key_id']).where('id', '=', legacyId).executeTakeFirstOrThrow();
    expect(sealed).toMatchObject({ legacy_body: null, key_id: expect.any(String) });
    const page = await request('GET', `/v1/conversations/${conversationId}/messages`, { token: buyer.token });
    expect(page.body.data[0]).toMatchObject({ id: legacyId, body: 'Written before conversations' });
  });
});

/** Uploads pictures to a conversation as a browser's FormData does. */
async function uploadTo(user: TestUser, conversationId: string, files: { name: string; bytes: Buffer }[]) {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([new Uint8Array(f.bytes)]), f.name);
  const res = await fetch(`${app.url}/v1/conversations/${conversationId}/images`, { method: 'POST', headers: { authorization: `Bearer ${user.token}` }, body: form });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

describe('pictures in messages', () => {
  test('a party uploads a picture and sends it; only the two parties and moderators may fetch it; an unsafe picture is refused', async () => {
    const { seller, buyer, conversationId } = await thread();
    const uploaded = await uploadTo(buyer, conversationId, [{ name: 'scratch.png', bytes: await imageFixture('safe.png') }]);
    expect(uploaded.status).toBe(201);
    const image = uploaded.body.data[0];
    const sent = await write(buyer, conversationId, { body: 'The scratch I mean', image_ids: [image.id] });
    expect(sent.status).toBe(201);
    expect(sent.body.images.map((i: { id: string }) => i.id)).toEqual([image.id]);
    // Sent once: the same image cannot be attached again, and nobody else may attach it.
    expectProblem(await write(buyer, conversationId, { body: 'again', image_ids: [image.id] }), 422);
    const url = sent.body.images[0].variants[0].url as string;
    const fetchAs = async (user?: TestUser) => (await fetch(`${app.url}${url}`, { headers: user ? { authorization: `Bearer ${user.token}` } : {} })).status;
    expect(await fetchAs(seller)).toBe(200);
    expect(await fetchAs(buyer)).toBe(200);
    expect(await fetchAs(moderator)).toBe(200);
    expect(await fetchAs(await registerUser(request))).toBe(404);
    expect(await fetchAs()).toBe(404);
    // A stranger cannot upload into the thread; an unsafe picture is refused before it is stored.
    expectProblem(await uploadTo(await registerUser(request), conversationId, [{ name: 'a.png', bytes: await imageFixture('safe.png') }]), 404);
    const unsafe = await uploadTo(buyer, conversationId, [{ name: 'u.png', bytes: await imageFixture('unsafe.png') }]);
    expect(unsafe.status).toBe(422);
    expect(unsafe.body.errors[0].field).toMatch(/^files/);
  });
});

describe('over the socket', () => {
  test('typing reaches the other participant watching the conversation, never a stranger; delivered acks reach the author', async () => {
    const { buyer, seller, conversationId, first } = await thread();
    const stranger = await registerUser(request);
    const [sellerSocket, buyerSocket, strangerSocket] = await Promise.all([connect(seller), connect(buyer), connect(stranger)]);
    sellerSocket.send({ type: 'subscribe', topic: `conversation:${conversationId}`, ref: 's' });
    expect(await sellerSocket.next((f) => f.type === 'subscribed')).toMatchObject({ topic: `conversation:${conversationId}` });
    strangerSocket.send({ type: 'subscribe', topic: `conversation:${conversationId}`, ref: 'x' });
    expect(await strangerSocket.next((f) => f.type === 'error')).toMatchObject({ code: 'topic_not_found', ref: 'x' });

    buyerSocket.send({ type: 'typing', conversation_id: conversationId, ref: 't' });
    expect(await buyerSocket.next((f) => f.type === 'ok')).toMatchObject({ ref: 't' });
    expect(await sellerSocket.next((f) => f.type === 'topic')).toMatchObject({
      topic: `conversation:${conversationId}`,
      event: { type: 'conversation.typing', data: { conversation_id: conversationId, user_id: buyer.id } },
    });
    strangerSocket.send({ type: 'typing', conversation_id: conversationId, ref: 'st' });
    expect(await strangerSocket.next((f) => f.type === 'error')).toMatchObject({ code: 'not_found', ref: 'st' });
    expect(strangerSocket.frames.filter((f) => f.type === 'topic')).toEqual([]);
    strangerSocket.send({ type: 'typing', conversation_id: 'nope', ref: 'bad' });
    expect(await strangerSocket.next((f) => f.type === 'error')).toMatchObject({ code: 'invalid_frame', ref: 'bad' });

    sellerSocket.send({ type: 'delivered', conversation_id: conversationId, up_to: first.id, ref: 'd' });
    expect(await sellerSocket.next((f) => f.type === 'ok')).toMatchObject({ ref: 'd' });
    expect(await buyerSocket.next((f) => f.type === 'event' && f.event.type === 'message.delivered')).toMatchObject({
      event: { data: { conversation_id: conversationId, reader_id: seller.id, up_to_message_id: first.id } },
    });
  });
});

describe('bad input and who may write', () => {
  test('own listing, unknown listing, empty and too long bodies, strangers, foreign images and message ids', async () => {
    const { buyer, seller, conversationId, listing, first } = await thread();
    const stranger = await registerUser(request);
    expectProblem(await ask(seller, listing.id, { body: 'Talking to myself' }), 422, 'listing_id');
    expectProblem(await ask(buyer, randomUUID(), { body: 'Hello?' }), 404);
    expectProblem(await ask(buyer, 'not-a-uuid', { body: 'Hello?' }), 400, 'params.id');
    expectProblem(await ask(buyer, listing.id, { body: '   ' }), 400, 'body');
    expectProblem(await ask(buyer, listing.id, {}), 400, 'body');
    expectProblem(await ask(buyer, listing.id, { body: 'x'.repeat(5001) }), 400, 'body');
    expectProblem(await write(buyer, conversationId, { body: 'hi', extra: true }), 400);
    expectProblem(await write(stranger, conversationId, { body: 'Let me in' }), 404);
    expectProblem(await request('GET', `/v1/conversations/${conversationId}`, { token: stranger.token }), 404);
    expectProblem(await request('GET', `/v1/conversations/${conversationId}/messages`, { token: stranger.token }), 404);
    expectProblem(await request('POST', `/v1/conversations/${conversationId}/read`, { token: stranger.token, body: { up_to_message_id: first.id } }), 404);
    expectProblem(await request('GET', `/v1/conversations/${conversationId}`), 401);
    expectProblem(await write(buyer, conversationId, { body: 'See this', image_ids: [randomUUID()] }), 422, 'image_ids');
    const elsewhere = await thread();
    expectProblem(
      await request('POST', `/v1/conversations/${conversationId}/read`, { token: seller.token, body: { up_to_message_id: elsewhere.first.id } }),
      422,
      'up_to_message_id',
    );
    expectProblem(await request('GET', `/v1/conversations/${conversationId}/messages?cursor=zzz`, { token: buyer.token }), 400, 'query.cursor');
  });

  test('a block stops both sides from writing (403 blocked), in an open conversation and in a new one', async () => {
    const { buyer, seller, conversationId } = await thread();
    const other = await makeListing(request, seller, { title: 'Flash' });
    expect((await request('POST', '/v1/me/blocks', { token: seller.token, body: { user_id: buyer.id } })).status).toBe(201);
    expectProblem(await write(buyer, conversationId, { body: 'Why?' }), 403);
    expect((await write(buyer, conversationId, { body: 'Why?' })).body.code).toBe('blocked');
    expect((await write(seller, conversationId, { body: 'Bye' })).body.code).toBe('blocked');
    expect((await ask(buyer, other.id, { body: 'And this one?' })).body.code).toBe('blocked');
  });
});

describe('off-platform contact details and payment requests', () => {
  test('the author is warned, the message is delivered; the third attempt flags the conversation for moderators', async () => {
    const { buyer, seller, conversationId } = await thread();
    const phone = await write(seller, conversationId, { body: 'Call me on 06 12 34 56 78' });
    expect(phone.status).toBe(201);
    expect(phone.body.warnings).toEqual([{ code: 'contact_details', kinds: ['phone'], message: expect.any(String) }]);
    // The recipient sees the message, not the warning.
    const seen = await request('GET', `/v1/conversations/${conversationId}/messages`, { token: buyer.token });
    expect(seen.body.data[0]).toMatchObject({ id: phone.body.id, warnings: [] });
    expect((await write(seller, conversationId, { body: 'Price is 120 € and I ship on 12/05/2026' })).body.warnings).toEqual([]);
    const iban = await write(seller, conversationId, { body: 'Pay me directly: FR76 3000 6000 0112 3456 7890 189' });
    expect(iban.body.warnings).toEqual([{ code: 'payment_request', kinds: ['iban', 'payment_phrase'], message: expect.any(String) }]);

    const queued = async (staff: TestUser) => (await request('GET', '/v1/admin/conversations?flagged=true', { token: staff.token })).body.data.map((c: { id: string }) => c.id);
    expect(await queued(moderator)).not.toContain(conversationId);
    expect((await write(seller, conversationId, { body: 'or write to sally@example.com' })).status).toBe(201);
    expect(await queued(moderator)).toContain(conversationId);
    const flagged = await app.ctx.db.selectFrom('outbox').select(['event_type', 'payload']).where('aggregate_id', '=', conversationId).execute();
    expect(flagged.map((e) => e.event_type)).toEqual(['conversation.opened', 'conversation.flagged']);

    const view = await request('GET', `/v1/admin/conversations/${conversationId}`, { token: moderator.token });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ contact_attempts: 3, buyer: { id: buyer.id, display_name: 'Bruno Buyer' }, seller: { id: seller.id, display_name: 'Sally Seller' } });
    expect(view.body.messages.map((m: { author_name: string; warnings: unknown[] }) => [m.author_name, m.warnings.length])).toEqual([
      ['Bruno Buyer', 0],
      ['Sally Seller', 1],
      ['Sally Seller', 0],
      ['Sally Seller', 1],
      ['Sally Seller', 1],
    ]);
    const audit = await app.ctx.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_id', '=', conversationId).execute();
    expect(audit).toContainEqual({ action: 'conversation.viewed', actor_id: moderator.id });

    // Least privilege and no staff as party.
    const analyst = await makeStaff(app, ['analyst']);
    expectProblem(await request('GET', '/v1/admin/conversations', { token: analyst.token }), 403);
    expectProblem(await request('GET', '/v1/admin/conversations', { token: buyer.token }), 403);
    const staffSeller = await promote(seller);
    expect(await queued(staffSeller)).not.toContain(conversationId);
    expectProblem(await request('GET', `/v1/admin/conversations/${conversationId}`, { token: staffSeller.token }), 404);
    expectProblem(await request('POST', `/v1/admin/conversations/${conversationId}/clear-flag`, { token: staffSeller.token }), 404);
    expectProblem(await request('GET', '/v1/admin/conversations?flagged=false', { token: moderator.token }), 400, 'query.flagged');

    const cleared = await request('POST', `/v1/admin/conversations/${conversationId}/clear-flag`, { token: moderator.token });
    expect(cleared.body).toMatchObject({ flagged_at: null, contact_attempts: 0, flag_cleared_at: expect.any(String) });
    expect(await queued(moderator)).not.toContain(conversationId);
    expectProblem(await request('POST', `/v1/admin/conversations/${conversationId}/clear-flag`, { token: moderator.token }), 409);
    // A conversation never flagged does not exist for staff.
    expectProblem(await request('GET', `/v1/admin/conversations/${(await thread()).conversationId}`, { token: moderator.token }), 404);
  });

  test('a reported message is shown to moderators in its context, with its text in the queue', async () => {
    const { buyer, seller, conversationId } = await thread();
    const ids: string[] = [];
    for (let n = 1; n <= 14; n++) ids.push((await write(n % 2 ? seller : buyer, conversationId, { body: `line ${n}` })).body.id);
    const reported = await request('POST', '/v1/reports', { token: buyer.token, body: { target_type: 'message', target_id: ids[12], reason: 'harassment' } });
    expect(reported.status).toBe(201);
    expectProblem(
      await request('POST', '/v1/reports', { token: (await registerUser(request)).token, body: { target_type: 'message', target_id: ids[12], reason: 'harassment' } }),
      404,
    );

    const queue = await request('GET', '/v1/admin/reports?target_type=message', { token: moderator.token });
    expect(queue.body.data.find((r: { id: string }) => r.id === reported.body.id)).toMatchObject({ target_excerpt: 'line 13', target_owner_id: seller.id });
    const context = await request('GET', `/v1/admin/reports/${reported.body.id}/context`, { token: moderator.token });
    expect(context.status).toBe(200);
    expect(context.body).toMatchObject({ conversation_id: conversationId, message_id: ids[12] });
    // 10 before (line 3 … line 12), the message, and the one after it.
    expect(context.body.messages.map((m: { body: string }) => m.body)).toEqual([...Array.from({ length: 10 }, (_, i) => `line ${i + 3}`), 'line 13', 'line 14']);
    expect(context.body.messages[10]).toMatchObject({ author_name: 'Sally Seller' });
    // The reporter (made staff) never sees their own report.
    expectProblem(await request('GET', `/v1/admin/reports/${reported.body.id}/context`, { token: (await promote(buyer)).token }), 404);
  });
});
