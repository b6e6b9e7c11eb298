import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runAuditedQuery } from '../src/modules/platform/analytics/analyst-query.service';
import { analystSandbox } from '../src/modules/platform/analytics/analyst-sandbox';
import { type Request, type TestApp, type TestUser, client, expectProblem, makeStaff, startTestApp } from '../../test/harness';

// The analyst SQL page as an attacker with the analyst role found it (issue 11), over HTTP: nothing
// host-side leaks, nothing leaves the machine, nothing but a SELECT runs, every attempt is audited
// before it runs, and one analyst's slow queries do not hold up another's. Analysts get one
// statement at a time and one waiting; a wait ends after 200 ms, far less than the 2 s a statement
// that hits the time limit runs.

let app: TestApp;
let request: Request;
let a: TestUser;
let b: TestUser;
let listener: Server;
let port: number;
const requests: string[] = [];

beforeAll(async () => {
  app = await startTestApp({
    env: {
      ANALYST_QUERY_MAX_ROWS: '5',
      ANALYST_QUERY_TIMEOUT_SECONDS: '2',
      ANALYST_QUERY_CONCURRENCY: '2',
      ANALYST_QUERY_PER_ANALYST: '1',
      ANALYST_QUERY_QUEUE_PER_ANALYST: '1',
      ANALYST_QUERY_QUEUE_TIMEOUT_MS: '200',
    },
  });
  request = client(app.url);
  [a, b] = await Promise.all([makeStaff(app, ['analyst']), makeStaff(app, ['analyst'])]);
  listener = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.end();
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  port = (listener.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve));
  await app.close();
});

const query = (sql: string, analyst = a) => request('POST', '/v1/admin/analytics/query', { token: analyst.token, body: { sql } });
const audits = (analyst: TestUser) =>
  app.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'entity_id', 'details'])
    .where('actor_id', '=', analyst.id)
    .where('action', 'like', 'analytics.query%')
    .orderBy('id')
    .execute();

describe('the attacks of issue 11', () => {
  it('host files never reach an answer: file() is refused before anything evaluates it (1)', async () => {
    const hostname = readFileSync('/etc/hostname', 'utf8').trim();
    for (const sql of [
      "SELECT toUInt32(file('/proc/self/cwd/.data/master-keys.json'))",
      "SELECT toUInt32(file('/etc/hostname'))",
      "SELECT base64Encode(file('/proc/self/environ'))",
      "SELECT * FROM file('/etc/passwd', LineAsString)",
    ]) {
      const res = await query(sql);
      expectProblem(res, 403, 'sql');
      expect(res.body.code).toBe('function_not_allowed');
      expect(JSON.stringify(res.body)).not.toContain(hostname);
      expect(JSON.stringify(res.body)).not.toContain('root:');
    }
  });

  it('BACKUP … TO S3, url(), s3() and remote() are never sent: nothing reaches the listener (2)', async () => {
    const backup = await query(`BACKUP TABLE ${app.ctx.analytics.database}.events TO S3('http://127.0.0.1:${port}/b/x', 'k', 's')`);
    expectProblem(backup, 403, 'sql');
    expect(backup.body.code).toBe('select_only');
    for (const sql of [
      `SELECT * FROM url('http://127.0.0.1:${port}/u', LineAsString)`,
      `SELECT * FROM s3('http://127.0.0.1:${port}/b/x', LineAsString)`,
      `SELECT * FROM remote('127.0.0.1:${port}', system.one)`,
    ]) {
      expect((await query(sql)).body.code).toBe('function_not_allowed');
    }
    expect(requests).toEqual([]);
  });

  it('KILL QUERY and SYSTEM are refused without being sent (3)', async () => {
    for (const sql of ['KILL QUERY WHERE 1 SYNC', 'SYSTEM STOP MERGES']) {
      const res = await query(sql);
      expectProblem(res, 403, 'sql');
      expect(res.body.code).toBe('select_only');
    }
  });

  it('a lone surrogate or a NUL is a 400 naming sql at the edge, audited with the text made storable (4)', async () => {
    const before = (await audits(b)).length;
    const surrogate = await request('POST', '/v1/admin/analytics/query', { token: b.token, rawBody: '{"sql":"SELECT \'\\ud800\' AS x"}' });
    expectProblem(surrogate, 400, 'sql');
    expect(surrogate.body.code).toBe('validation_failed');
    const nul = await request('POST', '/v1/admin/analytics/query', { token: b.token, rawBody: '{"sql":"SELECT \'\\u0000\'"}' });
    expectProblem(nul, 400, 'sql');
    expect(nul.body.code).toBe('validation_failed');
    expect((await audits(b)).slice(before).map((e) => e.details)).toEqual([
      { sql: "SELECT '\ufffd' AS x", verdict: 'refused:validation_failed' },
      { sql: "SELECT '\ufffd'", verdict: 'refused:validation_failed' },
    ]);
  });

  it('information functions and SETTINGS overrides are refused (5)', async () => {
    for (const sql of ['SELECT hostName()', 'SELECT currentUser()', "SELECT getSetting('readonly')", "SELECT hasColumnInTable('system', 'tables', 'name')", 'SELECT version()']) {
      const res = await query(sql);
      expectProblem(res, 403, 'sql');
      expect(res.body.code).toBe('function_not_allowed');
    }
    for (const sql of ['SELECT 1 SETTINGS readonly = 0', 'SELECT count() FROM numbers(10) SETTINGS max_execution_time = 1000']) {
      const res = await query(sql);
      expectProblem(res, 403, 'sql');
      expect(res.body.code).toBe('settings_not_allowed');
    }
  });
});

describe('audit', () => {
  it('records the verdict before the statement runs, refusals included, and the outcome after', async () => {
    const before = (await audits(b)).length;
    expect((await query('SELECT number FROM numbers(3)', b)).status).toBe(200);
    expect((await query('SELECT name FROM system.tables', b)).status).toBe(403);
    expect((await query('SELECT count() FROM numbers(100000000000000)', b)).status).toBe(422);
    const entries = (await audits(b)).slice(before);
    expect(entries).toEqual([
      { action: 'analytics.query', entity_id: expect.any(String), details: { sql: 'SELECT number FROM numbers(3)', verdict: 'accepted' } },
      { action: 'analytics.query.result', entity_id: entries[0]!.entity_id, details: { rows: 3, truncated: false, duration_ms: expect.any(Number) } },
      { action: 'analytics.query', entity_id: expect.any(String), details: { sql: 'SELECT name FROM system.tables', verdict: 'refused:table_not_allowed' } },
      { action: 'analytics.query', entity_id: expect.any(String), details: { sql: 'SELECT count() FROM numbers(100000000000000)', verdict: 'accepted' } },
      { action: 'analytics.query.result', entity_id: entries[3]!.entity_id, details: { error: 'query_timeout', duration_ms: expect.any(Number) } },
    ]);
  });
});

describe('fair use', () => {
  it("one analyst's slow queries wait their turn or are refused; another analyst's runs meanwhile", async () => {
    const slow = 'SELECT count() FROM numbers(100000000000000)';
    const done: string[] = [];
    const track = (label: string, p: ReturnType<typeof query>) =>
      p.then((res) => {
        done.push(label === 'b' ? 'b' : `a:${res.body.code}`);
        return res;
      });
    const fromA = await Promise.all([track('a', query(slow)), track('a', query(slow)), track('a', query(slow)), track('b', query('SELECT 42 AS answer', b))]);
    const other = fromA.pop()!;
    expect(other.status).toBe(200);
    expect(other.body.rows).toEqual([{ answer: 42 }]);

    // One runs (until the time limit), one waits (until the queue time-out), one is refused at once.
    const byCode = Object.fromEntries(fromA.map((res) => [res.body.code, res]));
    expect(Object.keys(byCode).sort()).toEqual(['query_timeout', 'queue_timeout', 'too_many_queries']);
    expectProblem(byCode.too_many_queries!, 429, 'sql');
    expect(byCode.too_many_queries!.headers.get('retry-after')).toBe('2');
    expectProblem(byCode.queue_timeout!, 503, 'sql');
    expect(byCode.queue_timeout!.headers.get('retry-after')).toBe('2');
    // b's query came back while a's was still running.
    expect(done.indexOf('b')).toBeLessThan(done.indexOf('a:query_timeout'));
    // The refusals are audited like any other.
    expect((await audits(a)).map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { sql: slow, verdict: 'refused:too_many_queries' },
        { sql: slow, verdict: 'refused:queue_timeout' },
      ]),
    );
  });

  it("the app's own queries run while an analyst's query is running", async () => {
    const running = query('SELECT count() FROM numbers(100000000000000)');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const own = await app.ctx.analytics.client.query({ query: 'SELECT 7 AS seven', format: 'JSONEachRow' });
    expect(await own.json()).toEqual([{ seven: 7 }]);
    expect((await running).body.code).toBe('query_timeout');
  });
});

describe('configuration', () => {
  it('is disabled (sql_disabled, audited) on a server without an analyst user', async () => {
    const server = { ...app.ctx, analytics: { ...app.ctx.analytics, analystUser: null } };
    expect(await analystSandbox(server).disabled()).toBe('CLICKHOUSE_URL is set but CLICKHOUSE_ANALYST_USER is not');
    await expect(runAuditedQuery(server, b.id, 'SELECT 1')).rejects.toMatchObject({ code: 'sql_disabled' });
    expect((await audits(b)).at(-1)!.details).toEqual({ sql: 'SELECT 1', verdict: 'refused:sql_disabled' });
  });

  it('is disabled when the analyst user holds more than SELECT on the database (SHOW GRANTS, asked as that user)', async () => {
    // The embedded engine's only user holds every grant: taken for the analyst user, it is refused.
    const broad = { ...app.ctx, analytics: { ...app.ctx.analytics, analystUser: 'default' } };
    expect(await analystSandbox(broad).disabled()).toMatch(/^the ClickHouse user default holds more than SELECT on t_\w+\.\*: GRANT /);
    await expect(runAuditedQuery(broad, b.id, 'SELECT 1')).rejects.toMatchObject({ code: 'sql_disabled' });
  });
});
