import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openApiDocument } from './openapi-document';

type Operation = { operationId?: string; parameters?: { name: string; in: string; description?: string }[]; responses: Record<string, { content?: Record<string, unknown> }> };

const doc = openApiDocument();
const operations = Object.entries(doc.paths).flatMap(([p, methods]) =>
  Object.entries(methods as Record<string, Operation>).map(([method, op]) => ({ where: `${method.toUpperCase()} ${p}`, op })),
);
const root = path.resolve(__dirname, '../..');

test('every operation has a unique camelCase operationId', () => {
  const ids = operations.map(({ where, op }) => [where, op.operationId]);
  expect(ids.filter(([, id]) => !/^[a-z][a-zA-Z0-9]*$/.test(id ?? ''))).toEqual([]);
  expect(new Set(ids.map(([, id]) => id)).size).toBe(operations.length);
});

test('every parameter is described', () => {
  const bare = operations.flatMap(({ where, op }) => (op.parameters ?? []).filter((p) => !p.description).map((p) => `${where} ${p.in} ${p.name}`));
  expect(bare).toEqual([]);
});

test('every operation answers a success (2xx), switches to a WebSocket (101) or redirects the browser (302)', () => {
  const none = operations.filter(({ op }) => !Object.keys(op.responses).some((status) => /^2\d\d$/.test(status) || status === '302' || status === '101')).map(({ where }) => where);
  expect(none).toEqual([]);
});

test('every error status carries a problem+json body', () => {
  const bare = operations.flatMap(({ where, op }) =>
    Object.entries(op.responses)
      .filter(([status, r]) => Number(status) >= 400 && !r.content?.['application/problem+json'])
      .map(([status]) => `${where} ${status}`),
  );
  expect(bare).toEqual([]);
});

test('Redocly lints the document with the recommended rules: no errors, no warnings', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'openapi-lint-'));
  try {
    const file = path.join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const cli = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
    // Offline and quiet: no telemetry, no update check.
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    const run = await promisify(execFile)(process.execPath, [cli, 'lint', file, '--config', path.join(root, 'redocly.yaml'), '--format', 'json'], {
      env,
      cwd: root,
      maxBuffer: 64 << 20,
    }).catch((e: { stdout: string; stderr: string }) => e);
    const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the console’s generated API types are in step with the document', async () => {
  const check = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(root, 'api/src/cli/openapi-types.ts'), '--check'], { cwd: root }).then(
    () => 'in step',
    (e: { stderr: string }) => e.stderr,
  );
  expect(check).toBe('in step');
});
