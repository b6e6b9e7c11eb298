import path from 'node:path';
import { sql } from 'kysely';
import ts from 'typescript';
import { type TestDatabase, createTestDatabase } from '../../../test/postgres';
import { createDatabase } from './database';
import { migrateToLatest } from './migrate';

// schema.ts is written by hand (literal unions, insert/update restrictions a generator cannot know);
// this test keeps it honest: it migrates an empty database and compares every table and column
// with what the TypeScript compiler makes of `DB` — the row type (Selectable) and the insert type
// (Insertable) — so a migration that schema.ts does not follow fails here, naming table.column.

const IGNORED_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

// What node-postgres hands back for each Postgres type the migrations use (no type parsers are set:
// database.ts), as the kind of TypeScript type the row must declare. jsonb holds whatever the app
// wrote, so schema.ts may declare any shape for it. A new type fails the test until mapped here.
const ANY = '*';
const PG_TO_TS: Record<string, string> = {
  uuid: 'string',
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  tsvector: 'string',
  int8: 'string',
  int2: 'number',
  int4: 'number',
  float8: 'number',
  bool: 'boolean',
  timestamptz: 'Date',
  // node-postgres parses a date as local midnight: compare it as such, or keep it out of selects.
  date: 'Date',
  bytea: 'Buffer',
  jsonb: ANY,
  _text: 'string[]',
};

interface MigratedColumn {
  table: string;
  column: string;
  udt: string;
  nullable: boolean;
  /** A default, a serial or an identity: an insert may leave it out. */
  defaulted: boolean;
  /** GENERATED ALWAYS (identity or stored expression): an insert must leave it out. */
  generatedAlways: boolean;
}

interface DeclaredColumn {
  /** The row type's kind ('string', 'Date', 'string[]', …) without null. */
  kind: string;
  nullable: boolean;
  insert: 'required' | 'optional' | 'never';
}

async function migratedSchema(url: string): Promise<MigratedColumn[]> {
  const db = createDatabase(url, 1);
  try {
    await migrateToLatest(db);
    const { rows } = await sql<{
      table_name: string;
      column_name: string;
      udt_name: string;
      is_nullable: string;
      column_default: string | null;
      is_identity: string;
      identity_generation: string | null;
      is_generated: string;
    }>`
      SELECT c.table_name, c.column_name, c.udt_name, c.is_nullable, c.column_default, c.is_identity, c.identity_generation, c.is_generated
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
       ORDER BY c.table_name, c.ordinal_position`.execute(db);
    return rows
      .filter((r) => !IGNORED_TABLES.has(r.table_name))
      .map((r) => ({
        table: r.table_name,
        column: r.column_name,
        udt: r.udt_name,
        nullable: r.is_nullable === 'YES',
        defaulted: r.column_default !== null || r.is_identity === 'YES' || r.is_generated === 'ALWAYS',
        generatedAlways: r.is_generated === 'ALWAYS' || r.identity_generation === 'ALWAYS',
      }));
  } finally {
    await db.destroy();
  }
}

/** Every table and column of `DB` as the compiler sees them, through kysely's own Selectable and Insertable. */
function declaredSchema(): Map<string, Map<string, DeclaredColumn>> {
  const probeFile = path.join(__dirname, '__schema_drift_probe__.ts');
  const probe = [
    "import type { Insertable, Selectable } from 'kysely';",
    "import type { DB } from './schema';",
    'export type Rows = { [T in keyof DB]: Selectable<DB[T]> };',
    'export type Inserts = { [T in keyof DB]: Insertable<DB[T]> };',
  ].join('\n');
  const root = path.resolve(__dirname, '../../..');
  const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, lang, ...rest) => (name === probeFile ? ts.createSourceFile(name, probe, lang) : getSourceFile.call(host, name, lang, ...rest));
  host.fileExists = (name) => name === probeFile || fileExists.call(host, name);
  host.readFile = (name) => (name === probeFile ? probe : readFile.call(host, name));
  const program = ts.createProgram([probeFile], options, host);
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(probeFile));
  if (errors.length > 0) throw new Error(ts.formatDiagnostics(errors, host));
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(probeFile)!;
  const alias = (name: string) => {
    const decl = source.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === name)!;
    return checker.getTypeAtLocation(decl.name);
  };

  const kindOf = (type: ts.Type): string => {
    if (type.flags & ts.TypeFlags.StringLike) return 'string';
    if (type.flags & ts.TypeFlags.NumberLike) return 'number';
    if (type.flags & ts.TypeFlags.BooleanLike) return 'boolean';
    if (type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return 'unknown';
    if (checker.isArrayType(type)) return `${kindOf(checker.getTypeArguments(type as ts.TypeReference)[0]!)}[]`;
    const name = type.getSymbol()?.getName();
    return name === 'Date' || name === 'Buffer' ? name : checker.typeToString(type);
  };

  const tables = new Map<string, Map<string, DeclaredColumn>>();
  const rows = alias('Rows');
  const inserts = alias('Inserts');
  for (const table of checker.getPropertiesOfType(rows)) {
    const columns = new Map<string, DeclaredColumn>();
    const insertType = checker.getTypeOfSymbol(checker.getPropertyOfType(inserts, table.name)!);
    for (const column of checker.getPropertiesOfType(checker.getTypeOfSymbol(table))) {
      const type = checker.getTypeOfSymbol(column);
      const members = type.isUnion() ? type.types : [type];
      const kinds = [...new Set(members.filter((m) => !(m.flags & ts.TypeFlags.Null)).map(kindOf))];
      const insert = checker.getPropertyOfType(insertType, column.name);
      columns.set(column.name, {
        kind: kinds.join(' | '),
        nullable: members.some((m) => m.flags & ts.TypeFlags.Null),
        insert: !insert ? 'never' : insert.flags & ts.SymbolFlags.Optional ? 'optional' : 'required',
      });
    }
    tables.set(table.name, columns);
  }
  return tables;
}

/** Every way schema.ts and the migrated schema disagree, one readable line each. */
function compare(migrated: MigratedColumn[], declared: Map<string, Map<string, DeclaredColumn>>): string[] {
  const problems: string[] = [];
  const migratedTables = new Set(migrated.map((c) => c.table));
  for (const table of declared.keys()) {
    if (!migratedTables.has(table)) problems.push(`${table}: declared in DB (schema.ts) but no migration creates it`);
  }
  for (const table of migratedTables) {
    if (!declared.has(table)) problems.push(`${table}: created by the migrations but missing from DB in schema.ts`);
  }
  for (const col of migrated) {
    const columns = declared.get(col.table);
    if (!columns) continue;
    const name = `${col.table}.${col.column}`;
    const decl = columns.get(col.column);
    if (!decl) {
      problems.push(`${name}: in the migrated schema (${col.udt}) but not declared in schema.ts`);
      continue;
    }
    const expected = PG_TO_TS[col.udt];
    if (expected === undefined) problems.push(`${name}: Postgres type ${col.udt} has no TypeScript mapping (add it to PG_TO_TS)`);
    else if (expected !== ANY && decl.kind !== expected) problems.push(`${name}: ${col.udt} comes back as ${expected}, schema.ts declares ${decl.kind}`);
    // `unknown` (json read as is) admits null already.
    if (decl.kind !== 'unknown' && col.nullable !== decl.nullable)
      problems.push(`${name}: ${col.nullable ? 'nullable' : 'NOT NULL'} in the database, schema.ts says ${decl.nullable ? 'nullable' : 'not nullable'}`);
    const expectedInsert = col.generatedAlways ? 'never' : col.defaulted || col.nullable ? 'optional' : 'required';
    // A column an insert may omit can also be declared never insertable (GeneratedAlways, or set only by an UPDATE).
    if (decl.insert !== expectedInsert && !(decl.insert === 'never' && expectedInsert === 'optional')) {
      const why = {
        never: 'GENERATED ALWAYS: declare it GeneratedAlways<>',
        optional: 'it has a default or is nullable: declare it Generated<> (or with an optional insert type)',
        required: 'NOT NULL without a default: an insert must give it',
      }[expectedInsert];
      problems.push(`${name}: schema.ts makes it ${decl.insert} on insert, but ${why}`);
    }
  }
  for (const [table, columns] of declared) {
    const present = new Set(migrated.filter((c) => c.table === table).map((c) => c.column));
    if (!migratedTables.has(table)) continue;
    for (const column of columns.keys()) if (!present.has(column)) problems.push(`${table}.${column}: declared in schema.ts but no migration creates it`);
  }
  return problems;
}

let pg: TestDatabase;
beforeAll(async () => {
  pg = await createTestDatabase();
});
afterAll(() => pg.drop());

test('schema.ts declares every migrated table and column: type, nullability, and whether an insert may omit it', async () => {
  const migrated = await migratedSchema(pg.url);
  const declared = declaredSchema();
  expect(compare(migrated, declared)).toEqual([]);
});
