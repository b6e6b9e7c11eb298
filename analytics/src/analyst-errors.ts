export type AnalystQueryErrorCode =
  // The text is refused before it is run (see analyst-ast.ts).
  | 'invalid_text'
  | 'syntax_error'
  | 'select_only'
  | 'settings_not_allowed'
  | 'table_not_allowed'
  | 'function_not_allowed'
  // ClickHouse stopped it.
  | 'read_only'
  | 'query_timeout'
  | 'memory_limit'
  | 'query_failed'
  // Fair use (see analyst-gate.ts) and configuration.
  | 'too_many_queries'
  | 'queue_timeout'
  | 'sql_disabled';

export class AnalystQueryError extends Error {
  constructor(
    readonly code: AnalystQueryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AnalystQueryError';
  }
}
