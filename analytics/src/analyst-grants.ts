import type { AnalyticsStore, ReadOnlyLimits } from './clickhouse';

// On a ClickHouse server analysts' SQL runs as a user of its own that may only read the analytics
// database, so the engine refuses what the checks of analyst-ast.ts might miss. Created with:
//   CREATE USER agora_analyst IDENTIFIED WITH sha256_password BY '…';
//   GRANT SELECT ON agora.* TO agora_analyst;
// Nothing else: no role, no FILE, URL, S3, REMOTE, SOURCES, KILL QUERY, BACKUP, SYSTEM, no other
// database, no GRANT OPTION.

const quoted = (name: string) => `(?:${name}|\`${name}\`)`;
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The lines of SHOW GRANTS (run as `user`) that grant more than SELECT on `database`'s tables. */
export function excessGrants(grants: string[], user: string, database: string): string[] {
  const db = quoted(escape(database));
  const allowed = new RegExp(`^GRANT SELECT(?:\\([^)]*\\))? ON ${db}\\.(?:\\*|\\w+|\`[^\`]+\`) TO ${quoted(escape(user))}$`);
  return grants.filter((line) => !line.startsWith('REVOKE ') && !allowed.test(line.trim()));
}

/** Asks the server what the analyst user holds; an empty list means only SELECT on the database. */
export async function analystGrantProblems(store: AnalyticsStore, user: string, limits: ReadOnlyLimits): Promise<string[]> {
  const readOnly = await store.readOnly(limits);
  const grants = await readOnly.run(async (client) => {
    const result = await client.query({ query: 'SHOW GRANTS', format: 'JSONEachRow' });
    return (await result.json<Record<string, string>>()).map((row) => Object.values(row)[0] ?? '');
  });
  return excessGrants(grants, user, store.database);
}
