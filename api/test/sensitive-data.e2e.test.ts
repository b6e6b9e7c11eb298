import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openRecord } from '../src/adapters/keyring';
import { type Request, type TestApp, type TestUser, client, registerUser, startTestApp } from '../../test/harness';

let app: TestApp;
let request: Request;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  [alice, bob] = await Promise.all([registerUser(request), registerUser(request)]);
});
afterAll(() => app.close());

// Distinctive values: if any of them shows up in the raw tables, it was stored in plaintext.
const MARKER = 'MARKER-7f3a-identity-document-plaintext';
const profile = {
  legal_name: 'Xanthippe Quarrington-Ostrowski',
  address: { line1: '742 Zebulon Crescent', line2: 'Flat Qx-9', city: 'Quuxhaven', postal_code: 'QX9 2ZZ', country: 'GB' },
  phone: '+4915123456789',
};
const payout = { account_holder: 'Ottoline Vexworth-Baines', iban: 'DE89 3704 0044 0532 0130 00' };
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(`(${MARKER})\n`), randomBytes(2048), Buffer.from('%%EOF\n')]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4 * 1024 * 1024), Buffer.from(MARKER)]);
const PLAINTEXTS = [
  profile.legal_name,
  profile.address.line1,
  profile.address.line2,
  profile.address.city,
  profile.address.postal_code,
  profile.phone,
  payout.account_holder,
  payout.iban,
  payout.iban.replace(/ /g, ''),
  MARKER,
  pdf.subarray(0, 60).toString('base64'),
];

const document = (kind: string, content_type: string, content: Buffer) => ({ kind, content_type, content_base64: content.toString('base64') });

function expectProblem(res: { status: number; headers: Headers; body: any }, status: number, field?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status, code: expect.any(String), detail: expect.any(String) });
  if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

/** Every column of every table, cast to text, plus every bytea value decoded as UTF-8 and Latin-1. */
async function rawDatabaseText(): Promise<{ where: string; text: string }[]> {
  const { rows: columns } = await sql<{ table_name: string; column_name: string; data_type: string }>`
    SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
    JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'`.execute(app.ctx.db);
  const out: { where: string; text: string }[] = [];
  for (const c of columns) {
    const where = `${c.table_name}.${c.column_name}`;
    const { rows } = await sql<{ text: string | null; raw: unknown }>`
      SELECT ${sql.ref(c.column_name)}::text AS text, ${sql.ref(c.column_name)} AS raw FROM ${sql.table(c.table_name)}`.execute(app.ctx.db);
    for (const { text, raw } of rows) {
      if (text !== null) out.push({ where, text });
      if (Buffer.isBuffer(raw)) out.push({ where, text: raw.toString('utf8') }, { where, text: raw.toString('latin1') });
    }
  }
  return out;
}

describe('sensitive data through the API', () => {
  test('the profile round-trips', async () => {
    expectProblem(await request('GET', '/v1/me/profile', { token: alice.token }), 404);
    const put = await request('PUT', '/v1/me/profile', { token: alice.token, body: profile });
    expect(put.status).toBe(200);
    const got = await request('GET', '/v1/me/profile', { token: alice.token });
    expect(got.status).toBe(200);
    expect(got.body).toEqual({ ...profile, updated_at: expect.any(String) });
  });

  test('payout details are stored in full and shown masked', async () => {
    const put = await request('PUT', '/v1/me/payout-details', { token: alice.token, body: payout });
    const masked = { account_holder: payout.account_holder, iban: '**** 3000', country: 'DE', updated_at: expect.any(String) };
    expect(put).toMatchObject({ status: 200, body: masked });
    expect((await request('GET', '/v1/me/payout-details', { token: alice.token })).body).toEqual(masked);
  });

  test('documents are accepted up to 5 MB and listed as metadata only', async () => {
    const small = await request('POST', '/v1/me/identity-documents', { token: alice.token, body: document('passport', 'application/pdf', pdf) });
    expect(small.status).toBe(201);
    expect(small.body).toEqual({
      id: expect.any(String),
      kind: 'passport',
      content_type: 'application/pdf',
      size_bytes: pdf.length,
      status: 'submitted',
      review_reason: null,
      reviewed_at: null,
      created_at: expect.any(String),
    });
    const large = await request('POST', '/v1/me/identity-documents', { token: alice.token, body: document('id_card', 'image/png', png) });
    expect(large).toMatchObject({ status: 201, body: { size_bytes: png.length, content_type: 'image/png' } });

    const list = await request('GET', '/v1/me/identity-documents', { token: alice.token });
    expect(list.status).toBe(200);
    expect(list.body.data.map((d: { id: string }) => d.id).sort()).toEqual([small.body.id, large.body.id].sort());
    expect(Object.keys(list.body.data[0]).sort()).toEqual(['content_type', 'created_at', 'id', 'kind', 'review_reason', 'reviewed_at', 'size_bytes', 'status']);
  });

  test('a document of exactly 5 MB is accepted', async () => {
    const dave = await registerUser(request);
    const limit = Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024 - pdf.length)]);
    const res = await request('POST', '/v1/me/identity-documents', { token: dave.token, body: document('passport', 'application/pdf', limit) });
    expect(res).toMatchObject({ status: 201, body: { size_bytes: 5 * 1024 * 1024 } });
  });

  test('stored content opens with the keyring to exactly the uploaded bytes', async () => {
    const rows = await app.ctx.db.selectFrom('identity_documents').selectAll().where('user_id', '=', alice.id).execute();
    const contents = rows.map(
      (r) => openRecord(app.ctx.keyring, { table: 'identity_documents', id: r.id }, { keyId: r.key_id, wrapped: r.wrapped_key }, { content: r.content }).content,
    );
    expect(contents.some((c) => c.equals(pdf))).toBe(true);
    expect(contents.some((c) => c.equals(png))).toBe(true);
    expect(rows.every((r) => r.key_id === app.ctx.keyring.activeKeyId)).toBe(true);
  });

  test('no plaintext value appears anywhere in the raw database', async () => {
    const dump = await rawDatabaseText();
    expect(dump.some((d) => d.where === 'user_private_profiles.legal_name')).toBe(true);
    expect(dump.some((d) => d.where === 'identity_documents.content')).toBe(true);
    for (const secret of PLAINTEXTS) {
      const hex = Buffer.from(secret).toString('hex');
      const found = dump.filter(({ text }) => text.includes(secret) || text.toLowerCase().includes(hex)).map((d) => d.where);
      expect({ secret, found }).toEqual({ secret, found: [] });
    }
  });

  test('a payout change is an outbox event and an audit entry, neither with the IBAN or the name', async () => {
    const next = { account_holder: payout.account_holder, iban: 'GB82WEST12345698765432' };
    expect((await request('PUT', '/v1/me/payout-details', { token: alice.token, body: next })).status).toBe(200);
    const events = await app.ctx.db
      .selectFrom('outbox')
      .select(['payload'])
      .where('event_type', '=', 'user.payout_details_changed')
      .where('aggregate_id', '=', alice.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.payload)).toEqual([
      { user_id: alice.id, country: 'DE', previous_country: null, first_time: true, iban_changed: true, account_holder_changed: true },
      { user_id: alice.id, country: 'GB', previous_country: 'DE', first_time: false, iban_changed: true, account_holder_changed: false },
    ]);
    const audit = await app.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'payout_details.changed')
      .where('entity_id', '=', alice.id)
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[1]).toEqual({ actor_id: alice.id, details: expect.objectContaining({ country: 'GB', iban_changed: true }) });
    expect((await request('GET', '/v1/me/payout-details', { token: alice.token })).body).toMatchObject({ iban: '**** 5432', country: 'GB' });
  });

  test('another user sees none of it', async () => {
    expectProblem(await request('GET', '/v1/me/profile', { token: bob.token }), 404);
    expectProblem(await request('GET', '/v1/me/payout-details', { token: bob.token }), 404);
    expect((await request('GET', '/v1/me/identity-documents', { token: bob.token })).body).toEqual({ data: [], next_cursor: null });
  });

  test('a document upload replayed with its Idempotency-Key is stored once', async () => {
    const headers = { 'idempotency-key': `doc-${randomBytes(6).toString('hex')}` };
    const body = document('driving_licence', 'application/pdf', pdf);
    const first = await request('POST', '/v1/me/identity-documents', { token: bob.token, body, headers });
    const again = await request('POST', '/v1/me/identity-documents', { token: bob.token, body, headers });
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 201, body: first.body });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await request('GET', '/v1/me/identity-documents', { token: bob.token })).body.data).toHaveLength(1);
  });

  test('every route needs a signed-in user', async () => {
    for (const [method, path] of [
      ['GET', '/v1/me/profile'],
      ['PUT', '/v1/me/profile'],
      ['GET', '/v1/me/payout-details'],
      ['PUT', '/v1/me/payout-details'],
      ['GET', '/v1/me/identity-documents'],
      ['POST', '/v1/me/identity-documents'],
    ] as const) {
      expectProblem(await request(method, path, method === 'GET' ? {} : { body: {} }), 401);
    }
  });
});

describe('bad input is a 4xx problem naming the field, and stores nothing', () => {
  let carol: TestUser;
  beforeAll(async () => {
    carol = await registerUser(request);
  });
  const stored = async () => ({
    profiles: (await app.ctx.db.selectFrom('user_private_profiles').select('user_id').where('user_id', '=', carol.id).execute()).length,
    payouts: (await app.ctx.db.selectFrom('payout_details').select('user_id').where('user_id', '=', carol.id).execute()).length,
    documents: (await app.ctx.db.selectFrom('identity_documents').select('id').where('user_id', '=', carol.id).execute()).length,
  });
  afterEach(async () => expect(await stored()).toEqual({ profiles: 0, payouts: 0, documents: 0 }));

  test.each([
    ['missing legal_name', { ...profile, legal_name: undefined }, 'legal_name'],
    ['blank legal_name', { ...profile, legal_name: '   ' }, 'legal_name'],
    ['control characters', { ...profile, legal_name: 'Ada\u0000Lovelace' }, 'legal_name'],
    ['phone not E.164', { ...profile, phone: '030 1234567' }, 'phone'],
    ['phone too long', { ...profile, phone: '+1234567890123456' }, 'phone'],
    ['unassigned country', { ...profile, address: { ...profile.address, country: 'XX' } }, 'address.country'],
    ['lowercase country', { ...profile, address: { ...profile.address, country: 'gb' } }, 'address.country'],
    ['alpha-3 country', { ...profile, address: { ...profile.address, country: 'GBR' } }, 'address.country'],
    ['missing city', { ...profile, address: { ...profile.address, city: undefined } }, 'address.city'],
    ['empty line2', { ...profile, address: { ...profile.address, line2: '' } }, 'address.line2'],
    ['unknown address field', { ...profile, address: { ...profile.address, state: 'X' } }, 'address.state'],
    ['unknown field', { ...profile, email: 'x@y.z' }, 'email'],
    ['address as string', { ...profile, address: '742 Zebulon Crescent' }, 'address'],
  ])('profile: %s', async (_name, body, field) => {
    expectProblem(await request('PUT', '/v1/me/profile', { token: carol.token, rawBody: JSON.stringify(body) }), 400, field);
  });

  test.each([
    ['wrong check digits', { ...payout, iban: 'DE89370400440532013001' }, 'iban'],
    ['not an IBAN', { ...payout, iban: 'account 12345' }, 'iban'],
    ['too short', { ...payout, iban: 'DE89' }, 'iban'],
    ['over-long', { ...payout, iban: 'DE'.repeat(40) }, 'iban'],
    ['IBAN as number', { ...payout, iban: Number('89370400440532013000') }, 'iban'],
    ['missing account_holder', { iban: payout.iban }, 'account_holder'],
    ['over-long account_holder', { ...payout, account_holder: 'x'.repeat(71) }, 'account_holder'],
    ['unknown field', { ...payout, bic: 'COBADEFFXXX' }, 'bic'],
  ])('payout details: %s', async (_name, body, field) => {
    expectProblem(await request('PUT', '/v1/me/payout-details', { token: carol.token, rawBody: JSON.stringify(body) }), 400, field);
  });

  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64)]);
  test.each([
    ['invalid base64', { kind: 'passport', content_type: 'image/jpeg', content_base64: 'not base64!!' }, 'content_base64'],
    ['unpadded base64', { kind: 'passport', content_type: 'image/jpeg', content_base64: jpeg.toString('base64').replace(/=+$/, '') }, 'content_base64'],
    [
      'base64url alphabet',
      { kind: 'passport', content_type: 'image/jpeg', content_base64: Buffer.from([0xff, 0xd8, 0xff, 0xfb, 0xef, 0xbe]).toString('base64url') },
      'content_base64',
    ],
    ['empty content', { kind: 'passport', content_type: 'image/jpeg', content_base64: '' }, 'content_base64'],
    ['not a PDF, JPEG or PNG', document('passport', 'application/pdf', Buffer.from(`GIF89a ${MARKER}`)), 'content_base64'],
    ['bytes disagree with content_type', document('passport', 'application/pdf', jpeg), 'content_base64'],
    ['content type not accepted', document('passport', 'image/gif', jpeg), 'content_type'],
    ['unknown kind', document('selfie', 'image/jpeg', jpeg), 'kind'],
    ['missing kind', { content_type: 'image/jpeg', content_base64: jpeg.toString('base64') }, 'kind'],
    ['unknown field', { ...document('passport', 'image/jpeg', jpeg), filename: 'me.jpg' }, 'filename'],
  ])('document: %s', async (_name, body, field) => {
    expectProblem(await request('POST', '/v1/me/identity-documents', { token: carol.token, rawBody: JSON.stringify(body) }), 400, field);
  });

  test('a document one byte over 5 MB names content_base64; a body over the route limit is a 413', async () => {
    const over = Buffer.concat([jpeg, Buffer.alloc(5 * 1024 * 1024 + 1 - jpeg.length)]);
    expectProblem(await request('POST', '/v1/me/identity-documents', { token: carol.token, body: document('passport', 'image/jpeg', over) }), 400, 'content_base64');
    const huge = Buffer.concat([jpeg, Buffer.alloc(6 * 1024 * 1024)]);
    expectProblem(await request('POST', '/v1/me/identity-documents', { token: carol.token, body: document('passport', 'image/jpeg', huge) }), 413, 'body');
  });

  test('malformed JSON, a non-JSON type and an empty body are 4xx', async () => {
    for (const [method, path] of [
      ['PUT', '/v1/me/profile'],
      ['PUT', '/v1/me/payout-details'],
      ['POST', '/v1/me/identity-documents'],
    ] as const) {
      expectProblem(await request(method, path, { token: carol.token, rawBody: '{"kind": "passport",' }), 400, 'body');
      expectProblem(
        await request(method, path, { token: carol.token, rawBody: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
        415,
        'header.Content-Type',
      );
      expectProblem(await request(method, path, { token: carol.token }), 400, 'body');
    }
  });

  test("the larger limit is the document route's alone: other bodies over 1 MB are still 413s", async () => {
    const res = await request('PUT', '/v1/me/profile', { token: carol.token, body: { ...profile, legal_name: 'x'.repeat(1_100_000) } });
    expectProblem(res, 413, 'body');
  });
});
