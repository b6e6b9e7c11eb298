import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AnalystQueryError, runAnalystQuery } from './analyst-query';
import { type AnalyticsEvent, insertEvents } from './events';
import { createTestClickHouse, queryRows, type TestClickHouse } from '../test/clickhouse';

let ch: TestClickHouse;
const LIMITS = { maxExecutionSeconds: 1, maxResultRows: 5, maxMemoryBytes: 512 * 1024 * 1024 };

const paid = (): AnalyticsEvent => ({
  event_id: randomUUID(), event_type: 'order.paid', aggregate_type: 'order', aggregate_id: randomUUID(),
  occurred_at: new Date('2026-11-02T10:00:00Z'), payload: { amount: 1000, currency: 'EUR' },
});

beforeAll(async () => {
  ch = await createTestClickHouse();
  await insertEvents(ch.store, Array.from({ length: 8 }, paid));
});
afterAll(() => ch.drop());

const run = (sql: string) => runAnalystQuery(ch.store, sql, LIMITS);
const refusal = (sql: string) => run(sql).then(
  () => { throw new Error(`expected ${sql} to be refused`); },
  (err: AnalystQueryError) => ({ code: err.code, message: err.message }),
);
const count = async () => (await queryRows<{ n: string }>(ch.store, `SELECT count() AS n FROM ${ch.store.database}.events`))[0]!.n;

describe('runAnalystQuery', () => {
  it('runs a SELECT over the analytics database, with ClickHouse types and numbers as numbers', async () => {
    const result = await run(`SELECT event_type, count() AS n FROM ${ch.store.database}.events FINAL GROUP BY event_type`);
    expect(result).toEqual({ columns: [{ name: 'event_type', type: 'LowCardinality(String)' }, { name: 'n', type: 'UInt64' }], rows: [{ event_type: 'order.paid', n: 8 }], truncated: false });
  });

  it('reads unqualified table names from the analytics database', async () => {
    expect((await run('SELECT count() AS n FROM events FINAL')).rows).toEqual([{ n: 8 }]);
  });

  it('keeps the first maxResultRows rows and flags the rest as truncated', async () => {
    const over = await run('SELECT number FROM numbers(100000)');
    expect(over.rows).toEqual([0, 1, 2, 3, 4].map((number) => ({ number })));
    expect(over.truncated).toBe(true);
    const exact = await run('SELECT number FROM numbers(5)');
    expect(exact.rows).toHaveLength(5);
    expect(exact.truncated).toBe(false);
  });

  it.each([
    [`INSERT INTO {db}.events (event_id, event_type) VALUES (generateUUIDv4(), 'x')`],
    [`ALTER TABLE {db}.events DELETE WHERE 1`],
    [`DROP TABLE {db}.events`],
    [`CREATE TABLE {db}.t (x UInt8) ENGINE = Memory`],
    [`TRUNCATE TABLE {db}.events`],
    [`SET readonly = 0`],
    [`SELECT count() FROM {db}.events SETTINGS max_result_rows = 1000000`],
  ])('ClickHouse refuses %s (readonly) and nothing changes', async (template) => {
    const before = await count();
    const { code, message } = await refusal(template.replaceAll('{db}', ch.store.database));
    expect(code).toBe('read_only');
    expect(message).toMatch(/readonly mode/);
    expect(await count()).toBe(before);
  });

  it('refuses reads outside the analytics database, host files and other statements', async () => {
    expect(await refusal('SELECT name FROM system.tables')).toEqual({ code: 'table_not_allowed', message: expect.stringContaining('system.tables') });
    expect(await refusal(`SELECT * FROM ${ch.store.database}.events WHERE event_type IN (SELECT name FROM system.tables)`)).toMatchObject({ code: 'table_not_allowed' });
    // Whether a table outside exists is not told: unknown ones are refused the same way.
    expect(await refusal('SELECT * FROM system.no_such_table')).toEqual({ code: 'table_not_allowed', message: expect.stringContaining('not system.no_such_table') });
    expect(await refusal('SELECT * FROM no_such_db.t')).toMatchObject({ code: 'table_not_allowed' });
    expect(await refusal('SELECT * FROM no_such_table')).toMatchObject({ code: 'query_failed', message: expect.stringContaining('no_such_table') });
    expect(await refusal("SELECT file('/etc/hostname')")).toMatchObject({ code: 'function_not_allowed' });
    // readonly=1 itself forbids url(), file(), s3() (they need CREATE TEMPORARY TABLE).
    expect(await refusal("SELECT * FROM url('http://127.0.0.1:9/x', CSV, 'a String')")).toMatchObject({ code: 'read_only', message: expect.stringMatching(/readonly mode/) });
    const outfile = join(tmpdir(), `agora-outfile-${randomUUID()}`);
    expect(await refusal(`SELECT 1 INTO OUTFILE '${outfile}'`)).toMatchObject({ code: 'select_only' });
    expect(existsSync(outfile)).toBe(false);
    expect(await refusal('SHOW TABLES FROM system')).toMatchObject({ code: 'select_only' });
    expect(await refusal('SELECT 1; SELECT 2')).toMatchObject({ code: 'syntax_error', message: expect.stringMatching(/Multi-statements are not allowed/) });
    expect(await refusal('SELECT 1 FORMAT CSV')).toMatchObject({ code: 'select_only' });
  });

  it('reports a syntax error at its position in the analyst\'s text, and a timeout as query_timeout', async () => {
    const syntax = await refusal('SELEC 1');
    expect(syntax.code).toBe('syntax_error');
    expect(syntax.message).toMatch(/^Syntax error: failed at position 7 \(1\)/);
    expect(syntax.message).not.toMatch(/formatQuerySingleLine/);
    expect(await refusal('SELECT count() FROM numbers(100000000000000)')).toMatchObject({ code: 'query_timeout', message: expect.stringMatching(/Timeout exceeded/) });
    // chdb would hand the timed-out query's partial output to the next one; the client drains it.
    expect((await run('SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
    expect(await refusal(`SELECT nope FROM ${ch.store.database}.events`)).toMatchObject({ code: 'query_failed', message: expect.stringMatching(/nope/) });
  });

  it('leaves the shared client writable and unlimited after analyst queries', async () => {
    await run('SELECT 1');
    await refusal(`INSERT INTO ${ch.store.database}.events (event_id) VALUES (generateUUIDv4())`);
    const before = Number(await count());
    await insertEvents(ch.store, [paid()]);
    expect(Number(await count())).toBe(before + 1);
    const settings = await queryRows(ch.store, "SELECT getSetting('readonly') AS readonly, getSetting('max_result_rows') AS rows");
    expect(settings).toEqual([{ readonly: 0, rows: 0 }]);
  });
});
