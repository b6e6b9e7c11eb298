import { type TestDatabase, createTestDatabase } from '../../../test/postgres';
import { PreparingClient } from './prepared-client';

let pg: TestDatabase;
let client: PreparingClient;
beforeAll(async () => {
  pg = await createTestDatabase();
  client = new PreparingClient({ connectionString: pg.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await pg.drop();
});

const prepared = async () => (await client.query('SELECT count(*)::int AS n FROM pg_prepared_statements')).rows[0].n as number;

test('a parameterised statement is prepared once per connection; one without parameters never', async () => {
  const before = await prepared();
  for (let i = 0; i < 3; i += 1) expect((await client.query('SELECT $1::int + 1 AS n', [i])).rows[0].n).toBe(i + 1);
  await client.query('SELECT 1');
  expect(await prepared()).toBe(before + 1);
});

test('a statement whose result columns change under it fails once, then runs prepared afresh', async () => {
  await client.query('CREATE TABLE widgets (id int)');
  await client.query('INSERT INTO widgets VALUES (1)');
  const read = () => client.query('SELECT * FROM widgets WHERE id = $1', [1]);
  await read();
  await client.query('ALTER TABLE widgets ADD COLUMN name text');
  await expect(read()).rejects.toMatchObject({ code: '0A000' });
  expect((await read()).rows).toEqual([{ id: 1, name: null }]);
  expect((await read()).rows).toEqual([{ id: 1, name: null }]);
});

test('a statement with many parameters (a batch) runs unnamed', async () => {
  const before = await prepared();
  const values = Array.from({ length: 65 }, (_, i) => i);
  const { rows } = await client.query(`SELECT ${values.map((i) => `$${i + 1}::int`).join(' + ')} AS n`, values);
  expect(rows[0].n).toBe((64 * 65) / 2);
  expect(await prepared()).toBe(before);
});

test('past its limit a connection runs new statements unnamed', async () => {
  const fresh = new PreparingClient({ connectionString: pg.url });
  await fresh.connect();
  try {
    for (let i = 0; i < 210; i += 1) await fresh.query(`SELECT $1::int + ${i} AS n`, [i]);
    expect((await fresh.query('SELECT count(*)::int AS n FROM pg_prepared_statements')).rows[0].n).toBe(200);
    expect((await fresh.query('SELECT $1::int + 1000 AS n', [1])).rows[0].n).toBe(1001);
  } finally {
    await fresh.end();
  }
});
