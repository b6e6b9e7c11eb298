// DDL and table names cannot be query parameters, so names that end up inside SQL text are
// restricted to plain identifiers that need no quoting and cannot carry SQL.
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function assertIdentifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new Error(`${what} must match ${IDENTIFIER.source}, got ${JSON.stringify(name)}`);
  }
  return name;
}
