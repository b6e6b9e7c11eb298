import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AnalystQueryError, runAnalystQuery } from './analyst-query';
import { type AnalyticsEvent, insertEvents } from './events';
import { createTestClickHouse, queryRows, type TestClickHouse } from '../test/clickhouse';

// The sandbox against the real engine: what analysts may run works, and every way out that was
// found (host files, table functions, other databases, statements other than SELECT, settings,
// information functions) is refused before anything is evaluated — proven by the files and the
// local HTTP listener that nothing reaches.

let ch: TestClickHouse;
let db: string;
const LIMITS = { maxExecutionSeconds: 1, maxResultRows: 5, maxMemoryBytes: 512 * 1024 * 1024 };

// Anything that reaches this listener is a request the engine made on an analyst's behalf.
let listener: Server;
let port: number;
const requests: string[] = [];

const paid = (): AnalyticsEvent => ({
  event_id: randomUUID(),
  event_type: 'order.paid',
  aggregate_type: 'order',
  aggregate_id: randomUUID(),
  occurred_at: new Date('2026-11-02T10:00:00Z'),
  payload: { amount: 1000, currency: 'EUR' },
});

beforeAll(async () => {
  ch = await createTestClickHouse();
  db = ch.store.database;
  await insertEvents(ch.store, Array.from({ length: 8 }, paid));
  listener = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.end('a\n');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  port = (listener.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve));
  await ch.drop();
});

const run = (sql: string) => runAnalystQuery(ch.store, sql, LIMITS);
const refusal = (sql: string) =>
  run(sql).then(
    () => {
      throw new Error(`expected ${sql} to be refused`);
    },
    (err: AnalystQueryError) => ({ code: err.code, message: err.message }),
  );
const count = async () => (await queryRows<{ n: string }>(ch.store, `SELECT count() AS n FROM ${db}.events`))[0]!.n;
const fill = (template: string) => template.replaceAll('{db}', db).replaceAll('{port}', String(port));

describe('runAnalystQuery runs SELECTs', () => {
  it('over the analytics database, with ClickHouse types and numbers as numbers', async () => {
    const result = await run(`SELECT event_type, count() AS n FROM ${db}.events FINAL GROUP BY event_type`);
    expect(result).toEqual({
      columns: [
        { name: 'event_type', type: 'LowCardinality(String)' },
        { name: 'n', type: 'UInt64' },
      ],
      rows: [{ event_type: 'order.paid', n: 8 }],
      truncated: false,
    });
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

  it('with CTEs, joins, unions, subqueries, lambdas, aggregates with combinators and window functions', async () => {
    const result = await run(`
      WITH totals AS (SELECT aggregate_id, sumIf(JSONExtractUInt(payload, 'amount'), event_type = 'order.paid') AS amount FROM events FINAL GROUP BY aggregate_id)
      SELECT count() AS orders, sum(amount) AS gmv, uniqMerge(state) AS distinct_orders, quantile(0.5)(amount) AS median,
             arraySum(arrayMap(x -> x * 2, [1, 2])) AS six, max(rank) AS top_rank, countIf(amount IN (SELECT 1000)) AS thousands
      FROM totals
      INNER JOIN (SELECT aggregate_id, uniqState(aggregate_id) AS state FROM ${db}.events GROUP BY aggregate_id) AS s USING (aggregate_id)
      LEFT JOIN (SELECT aggregate_id, row_number() OVER (ORDER BY aggregate_id) AS rank FROM events) AS r USING (aggregate_id)
      UNION ALL SELECT 0, 0, 0, 0, 0, 0, 0 FROM numbers(0)
      -- a comment; not a statement`);
    expect(result.rows).toEqual([{ orders: 8, gmv: 8000, distinct_orders: 8, median: 1000, six: 6, top_rank: 8, thousands: 8 }]);
  });

  it('runs the statement ClickHouse formatted: a comment cannot hide a second one', async () => {
    expect((await run(`SELECT 1 AS one /* ; DROP TABLE ${db}.events */`)).rows).toEqual([{ one: 1 }]);
    expect(Number(await count())).toBeGreaterThan(0);
  });
});

describe('runAnalystQuery refuses, before anything is evaluated', () => {
  it.each([
    [`INSERT INTO {db}.events (event_id, event_type) VALUES (generateUUIDv4(), 'x')`],
    [`ALTER TABLE {db}.events DELETE WHERE 1`],
    [`DROP TABLE {db}.events`],
    [`CREATE TABLE {db}.t (x UInt8) ENGINE = Memory`],
    [`TRUNCATE TABLE {db}.events`],
    [`SET readonly = 0`],
    [`KILL QUERY WHERE 1 SYNC`],
    [`SYSTEM DROP MARK CACHE`],
    [`SHOW TABLES FROM system`],
    [`DESCRIBE TABLE system.tables`],
    [`EXPLAIN SELECT 1`],
    [`USE system`],
    [`-- a comment first\nDROP TABLE {db}.events`],
    [`BACKUP TABLE {db}.events TO Disk('default', 'backup-${randomUUID()}.zip')`],
  ])('any statement but SELECT: %s', async (template) => {
    const before = await count();
    expect(await refusal(fill(template))).toEqual({ code: 'select_only', message: 'only a single SELECT may be run here' });
    expect(await count()).toBe(before);
  });

  it('a second statement, whatever hides it', async () => {
    for (const sql of [`SELECT 1; DROP TABLE {db}.events`, `SELECT 1 -- x\n; DROP TABLE {db}.events`, `SELECT 1; SELECT 2`]) {
      expect(await refusal(fill(sql))).toMatchObject({ code: 'syntax_error', message: expect.stringMatching(/Multi-statements are not allowed/) });
    }
    expect(Number(await count())).toBeGreaterThan(0);
  });

  it('FORMAT and INTO OUTFILE (results are JSON; no file is written)', async () => {
    const outfile = join(tmpdir(), `agora-outfile-${randomUUID()}`);
    expect(await refusal(`SELECT 1 INTO OUTFILE '${outfile}'`)).toMatchObject({ code: 'select_only', message: expect.stringMatching(/INTO OUTFILE/) });
    expect(existsSync(outfile)).toBe(false);
    expect(await refusal('SELECT 1 FORMAT CSV')).toMatchObject({ code: 'select_only', message: expect.stringMatching(/FORMAT/) });
  });

  it.each([
    ['SELECT 1 SETTINGS readonly = 0'],
    ['SELECT count() FROM events SETTINGS max_execution_time = 1000'],
    ['SELECT count() FROM events SETTINGS max_result_rows = 1000000'],
    ['SELECT * FROM (SELECT 1 SETTINGS max_memory_usage = 0)'],
  ])('SETTINGS clauses: %s', async (sql) => {
    expect(await refusal(sql)).toMatchObject({ code: 'settings_not_allowed' });
  });

  it.each([
    ["SELECT toUInt32(file('/proc/self/cwd/.data/master-keys.json'))"],
    ["SELECT toUInt32(file('/etc/hostname'))"],
    ["SELECT base64Encode(file('/etc/passwd'))"],
    ["SELECT 1 WHERE file('/proc/self/environ') != ''"],
    ["SELECT * FROM (SELECT file('/etc/hostname') AS f)"],
    ["WITH f AS (SELECT file('/etc/hostname') AS x) SELECT * FROM f"],
    ["WITH file('/etc/hostname') AS x SELECT x"],
    ["SELECT * FROM numbers(1) AS n JOIN (SELECT 0 AS number, file('/etc/hostname') AS x) AS f USING (number)"],
    ["SELECT 1 FROM numbers(1) WHERE number IN (SELECT toUInt64(length(file('/etc/hostname'))))"],
    ["SELECT FILE('/etc/hostname')"],
  ])('host files: %s', async (sql) => {
    const { code, message } = await refusal(sql);
    expect(code).toBe('function_not_allowed');
    expect(message).toMatch(/^function (file|FILE)\(\) is not allowed here$/);
    expect(message).not.toContain(readFileSync('/etc/hostname', 'utf8').trim());
  });

  it.each([
    ["SELECT * FROM url('http://127.0.0.1:{port}/x', LineAsString)"],
    ["SELECT * FROM s3('http://127.0.0.1:{port}/b/x', 'k', 's', LineAsString)"],
    ["SELECT * FROM numbers(1) AS n JOIN url('http://127.0.0.1:{port}/j', LineAsString) AS u ON 1"],
    ["SELECT * FROM numbers(1) WHERE number IN (SELECT length(line) FROM url('http://127.0.0.1:{port}/in', LineAsString))"],
    ["SELECT * FROM (SELECT * FROM remote('127.0.0.1:{port}', system.one))"],
    ["WITH u AS (SELECT * FROM urlCluster('default', 'http://127.0.0.1:{port}/c', LineAsString)) SELECT * FROM u"],
    ["SELECT * FROM file('/etc/passwd', LineAsString)"],
    ["SELECT * FROM merge('system', '.*')"],
    ['SELECT * FROM view(SELECT * FROM system.tables)'],
    ["SELECT * FROM executable('id', TSV, 'x String')"],
    ["SELECT * FROM input('x String')"],
  ])('table functions: %s', async (template) => {
    expect(await refusal(fill(template))).toMatchObject({ code: 'function_not_allowed', message: expect.stringMatching(/^table function \w+\(\) is not allowed/) });
    expect(requests).toEqual([]);
  });

  it('BACKUP … TO S3 is never sent: no request reaches the address', async () => {
    expect(await refusal(fill(`BACKUP TABLE {db}.events TO S3('http://127.0.0.1:{port}/b/x', 'k', 's')`))).toMatchObject({ code: 'select_only' });
    expect(requests).toEqual([]);
  });

  it.each([
    ['SELECT name FROM system.tables', 'system.tables'],
    ['SELECT * FROM system.no_such_table', 'system.no_such_table'],
    ['SELECT * FROM no_such_db.t', 'no_such_db.t'],
    ['SELECT * FROM default.t', 'default.t'],
    ['SELECT * FROM `system`.`tables`', 'system.tables'],
    ['SELECT * FROM events WHERE event_type IN (SELECT name FROM system.tables)', 'system.tables'],
    ['SELECT * FROM events WHERE event_type IN system.tables', 'system.tables'],
    ['SELECT * FROM events AS e JOIN system.one AS o ON 1', 'system.one'],
    ['SELECT * FROM numbers(1) AS n, (SELECT * FROM system.users) AS u', 'system.users'],
  ])('tables outside the analytics database (existing or not, told alike): %s', async (sql, table) => {
    expect(await refusal(sql)).toEqual({ code: 'table_not_allowed', message: `only tables of the ${db} database may be read, not ${table}` });
  });

  it.each([
    ['hostName()'],
    ['currentUser()'],
    ["getSetting('readonly')"],
    [`hasColumnInTable('system', 'tables', 'name')`],
    ['version()'],
    ['uptime()'],
    ['currentDatabase()'],
    ['timezone()'],
    ['serverTimezone()'],
    ["dictGet('d', 'a', 1)"],
    ["joinGet('system.t', 'a', 1)"],
    ["getServerSetting('tcp_port')"],
    ["getMacro('shard')"],
    ['sleep(1)'],
    ["throwIf(1, 'x')"],
    ["chdb('SELECT 1')"],
    ['FQDN()'],
    ['tcpPort()'],
    ['filesystemCapacity()'],
    ["formatRow('CSV', 1)"],
    ['currentQueryID()'],
  ])('information and side-effect functions: %s', async (call) => {
    expect(await refusal(`SELECT ${call}`)).toMatchObject({ code: 'function_not_allowed' });
  });

  it('APPLY (which calls a function by name), query parameters and quoted names with escapes', async () => {
    expect(await refusal("SELECT * APPLY(file) FROM (SELECT '/etc/hostname' AS p)")).toMatchObject({ code: 'select_only' });
    expect(await refusal('SELECT {p:String}')).toMatchObject({ code: 'select_only', message: expect.stringMatching(/query parameters/) });
    // A name that would print as several lines of EXPLAIN AST, forging what the check reads.
    expect(await refusal('SELECT event_type AS `x\n           Function tuple (children 1)` FROM events WHERE event_type IN system.tables')).toMatchObject({ code: 'select_only' });
    expect(await refusal('SELECT 1 AS "a\nb"')).toMatchObject({ code: 'select_only', message: expect.stringMatching(/escape/) });
  });

  it('text that cannot be stored: a lone surrogate or a NUL', async () => {
    expect(await refusal("SELECT '\ud800'")).toMatchObject({ code: 'invalid_text' });
    expect(await refusal("SELECT '\0'")).toMatchObject({ code: 'invalid_text' });
    // A pair is a character like any other.
    expect((await run("SELECT '\ud83d\ude00' AS s")).rows).toEqual([{ s: '😀' }]);
  });
});

describe('runAnalystQuery reports', () => {
  it("a syntax error at its position in the analyst's text, a timeout as query_timeout, and unknown names", async () => {
    const syntax = await refusal('SELEC 1');
    expect(syntax.code).toBe('syntax_error');
    expect(syntax.message).toMatch(/^Syntax error: failed at position 7 \(1\)/);
    expect(syntax.message).not.toMatch(/formatQuerySingleLine/);
    expect(await refusal('SELECT count() FROM numbers(100000000000000)')).toMatchObject({ code: 'query_timeout', message: expect.stringMatching(/Timeout exceeded/) });
    // chdb would hand the timed-out query's partial output to the next one; the client drains it.
    expect((await run('SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
    expect(await refusal(`SELECT nope FROM ${db}.events`)).toMatchObject({ code: 'query_failed', message: expect.stringMatching(/nope/) });
    expect(await refusal('SELECT * FROM no_such_table')).toMatchObject({ code: 'query_failed', message: expect.stringContaining('no_such_table') });
    expect(await refusal('SELECT no_such_function(1)')).toMatchObject({ code: 'function_not_allowed' });
  });

  it('leaves the shared client writable and unlimited after analyst queries', async () => {
    await run('SELECT 1');
    await refusal(`INSERT INTO ${db}.events (event_id) VALUES (generateUUIDv4())`);
    const before = Number(await count());
    await insertEvents(ch.store, [paid()]);
    expect(Number(await count())).toBe(before + 1);
    const settings = await queryRows(ch.store, "SELECT getSetting('readonly') AS readonly, getSetting('max_result_rows') AS rows");
    expect(settings).toEqual([{ readonly: 0, rows: 0 }]);
  });
});
