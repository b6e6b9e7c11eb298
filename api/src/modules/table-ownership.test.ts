import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { READ_MODELS, TABLE_OWNERS } from '../db/table-owners';

// Reads the source: every kysely table reference and every table named in `sql` text, per module.

const MODULES = __dirname;
const SCHEMA = path.join(__dirname, '../db/schema.ts');

const WRITE_CALLS = new Set(['insertInto', 'updateTable', 'deleteFrom', 'mergeInto', 'replaceInto']);
const CALL =
  /\b(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto|innerJoin|leftJoin|rightJoin|fullJoin|innerJoinLateral|leftJoinLateral)\(\s*(\[[^\]]*\]|'[^']*'|[A-Za-z_$][\w$]*)/g;
const SQL_TEXT = /\b(FROM|JOIN|UPDATE|INSERT INTO|DELETE FROM)\s+"?([a-z_][a-z0-9_]*)/g;

interface TableReference {
  table: string;
  write: boolean;
}

/** The tables a source file names, with whether it writes them. */
function tableReferences(source: string, tables: ReadonlySet<string>): TableReference[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  // `const TABLE = 'identity_documents'` then `selectFrom(TABLE)`.
  const constants = new Map([...code.matchAll(/\bconst\s+([A-Za-z_$][\w$]*)\s*=\s*'([a-z_][a-z0-9_]*)'/g)].map((m) => [m[1]!, m[2]!]));
  const refs: TableReference[] = [];
  const add = (name: string, write: boolean) => {
    if (tables.has(name)) refs.push({ table: name, write });
  };
  for (const [, call, arg] of code.matchAll(CALL)) {
    const write = WRITE_CALLS.has(call!);
    if (/^[A-Za-z_$]/.test(arg!)) add(constants.get(arg!) ?? '', write);
    else for (const [, name] of arg!.matchAll(/'([a-z_][a-z0-9_]*)/g)) add(name!, write);
  }
  for (const [, keyword, name] of code.matchAll(SQL_TEXT)) add(name!, keyword !== 'FROM' && keyword !== 'JOIN');
  return refs;
}

function schemaTables(): string[] {
  const source = readFileSync(SCHEMA, 'utf8');
  const body = source.slice(source.indexOf('export interface DB {'));
  return [...body.slice(0, body.indexOf('\n}')).matchAll(/^ {2}(\w+): \w+;$/gm)].map((m) => m[1]!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(file);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [file] : [];
  });
}

/** `group/module` of a file under modules/. */
const moduleOf = (rel: string) => rel.split('/').slice(0, 2).join('/');
const isReadModel = (rel: string) => Object.keys(READ_MODELS).some((m) => rel === m || rel.startsWith(`${m}/`));

function violations(): string[] {
  const tables = new Set(schemaTables());
  const found = new Set<string>();
  for (const file of sourceFiles(MODULES)) {
    const rel = path.relative(MODULES, file).split(path.sep).join('/');
    for (const { table, write } of tableReferences(readFileSync(file, 'utf8'), tables)) {
      if (TABLE_OWNERS[table as keyof typeof TABLE_OWNERS] === moduleOf(rel)) continue;
      if (write) found.add(`${rel} writes ${table}`);
      else if (!isReadModel(rel)) found.add(`${rel} reads ${table}`);
    }
  }
  return [...found].sort();
}

describe('table ownership', () => {
  it('gives every table in the schema one owner, a module that exists', () => {
    expect(Object.keys(TABLE_OWNERS).sort()).toEqual(schemaTables().sort());
    for (const owner of new Set(Object.values(TABLE_OWNERS))) {
      const dir = owner === 'http' ? path.join(MODULES, '../http') : path.join(MODULES, owner);
      expect({ owner, exists: statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false }).toEqual({ owner, exists: true });
    }
  });

  it('declares read models that exist', () => {
    for (const file of Object.keys(READ_MODELS))
      expect({ file, exists: statSync(path.join(MODULES, file), { throwIfNoEntry: false }) !== undefined }).toEqual({ file, exists: true });
  });

  it('finds table references in kysely calls and sql text', () => {
    const tables = new Set(['users', 'orders', 'listings', 'identity_documents', 'sessions']);
    const source = `
      const TABLE = 'identity_documents';
      db.selectFrom('users as u').innerJoin('orders', 'orders.buyer_id', 'u.id');
      trx.updateTable(TABLE).set({ note: 'FROM the listings' });
      sql\`SELECT 1 FROM listings l JOIN users u ON u.id = l.seller_id\`;
      sql\`UPDATE sessions SET revoked_at = now()\`;
      q.where(({ exists, selectFrom }) => exists(selectFrom('orders').select('id')));
      // db.deleteFrom('orders') in a comment is not a reference
    `;
    expect(tableReferences(source, tables)).toEqual([
      { table: 'users', write: false },
      { table: 'orders', write: false },
      { table: 'identity_documents', write: true },
      { table: 'orders', write: false },
      { table: 'listings', write: false },
      { table: 'users', write: false },
      { table: 'sessions', write: true },
    ]);
  });

  it('lets only the owner write a table, and only the owner or a declared read model read it', () => {
    expect(violations()).toEqual([]);
  });
});
