import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openClickHouse } from './clickhouse';
import { migrateClickHouse } from './migrate';
import { createTestClickHouse, queryRows, TEST_CHDB_PATH, type TestClickHouse } from '../test/clickhouse';

let ch: TestClickHouse;

beforeAll(async () => {
  ch = await createTestClickHouse();
});

afterAll(async () => {
  await ch.drop();
});

describe('migrateClickHouse', () => {
  it('has applied every migration once and applies nothing on a second run', async () => {
    const versions = await queryRows<{ version: string }>(ch.store, `SELECT version FROM ${ch.store.database}.schema_migrations FINAL ORDER BY version`);
    expect(versions.map((row) => row.version)).toEqual([
      '0001_events',
      '0002_fee_amount',
      '0003_event_version',
      '0004_order_facts',
      '0005_sales',
      '0006_fraud_rates',
      '0007_case_timeline',
      '0008_moderation_items',
      '0009_buyer_months',
    ]);
    expect(await migrateClickHouse(ch.store)).toEqual([]);
    expect(await migrateClickHouse(ch.store)).toEqual([]);
  });

  it('creates the events table with the dedup key', async () => {
    const [table] = await queryRows<{ engine: string; sorting_key: string }>(
      ch.store,
      `SELECT engine, sorting_key FROM system.tables WHERE database = '${ch.store.database}' AND name = 'events'`,
    );
    expect(table).toEqual({ engine: 'ReplacingMergeTree', sorting_key: 'event_type, toDate(occurred_at), event_id' });
  });

  it('extracts the platform fee of a paid order at insert, as it does the amount', async () => {
    const eventId = '00000000-0000-4000-8000-00000000fee1';
    await ch.store.client.insert({
      table: `${ch.store.database}.events`,
      format: 'JSONEachRow',
      values: [
        {
          event_id: eventId,
          event_type: 'order.paid',
          aggregate_type: 'order',
          aggregate_id: '00000000-0000-4000-8000-000000000001',
          occurred_at: '2026-11-21 09:00:00.000',
          payload: JSON.stringify({ amount: 12_500, fee_amount: 1_250, currency: 'EUR' }),
        },
      ],
    });
    const rows = await queryRows<{ amount: string; fee_amount: string }>(ch.store, `SELECT amount, fee_amount FROM ${ch.store.database}.events WHERE event_id = '${eventId}'`);
    expect(rows.map((r) => [Number(r.amount), Number(r.fee_amount)])).toEqual([[12_500, 1_250]]);
  });
});

describe('openClickHouse', () => {
  it('creates a missing database and shares the embedded client for the same path', async () => {
    const database = `t_${randomBytes(6).toString('hex')}`;
    const other = await openClickHouse({ database, dataDir: TEST_CHDB_PATH });
    try {
      expect(other.client).toBe(ch.store.client);
      const found = await queryRows<{ name: string }>(ch.store, `SELECT name FROM system.databases WHERE name = '${database}'`);
      expect(found).toEqual([{ name: database }]);
      await other.close();
      // close() on an embedded store must not close the process-wide session.
      expect(await queryRows(ch.store, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await ch.store.client.command({ query: `DROP DATABASE IF EXISTS ${database} SYNC` });
    }
  });

  it('refuses a second embedded data directory in the same process', async () => {
    await expect(openClickHouse({ database: 'whatever', dataDir: join(tmpdir(), `agora-chdb-other-${process.pid}`) })).rejects.toThrow(/already open at .*agora-chdb-test-/);
  });

  it.each(['a-b', 'x; DROP DATABASE y', '1abc', '', 'db.events'])('rejects database name %j', async (database) => {
    await expect(openClickHouse({ database, dataDir: TEST_CHDB_PATH })).rejects.toThrow(/must match/);
  });
});
