import { createHash } from 'node:crypto';
import { Client } from 'pg';

// Postgres parses, analyses and plans every unnamed statement anew (pgbench's ceiling, for one, runs
// with -M prepared). This client names each parameterised statement after its text, so a connection
// prepares it once and Postgres may reuse a generic plan (it keeps planning per call when the generic
// plan would cost more). Two consequences for the SQL we write:
// - under a generic plan a parameter is not a constant: ON CONFLICT on a partial unique index must
//   spell the index's predicate with literals (sql.lit), or Postgres cannot match the index;
// - a statement whose result columns change under it (another process's migration adding a column to
//   a table read with `*`) fails once with 0A000; the connection then prepares everything afresh.

/** Prepared statements hold memory in their backend: past this many, a connection runs the rest unnamed. */
const MAX_PER_CONNECTION = 200;
/** Statements with more parameters are mostly batches whose text varies with their size; not worth a name. */
const MAX_PARAMETERS = 64;

export class PreparingClient extends Client {
  readonly #names = new Map<string, string>();
  #generation = 0;

  override query(config: unknown, values?: unknown, callback?: unknown): any {
    const prepare = typeof config === 'string' && Array.isArray(values) && values.length > 0 && values.length <= MAX_PARAMETERS && callback === undefined;
    const name = prepare ? this.#nameOf(config as string) : undefined;
    if (!name) return (super.query as (...args: unknown[]) => unknown)(config, values, callback);
    return super.query({ name, text: config as string, values: values as unknown[] }).catch((err: { code?: string; message?: string }) => {
      if (err.code === '0A000' && err.message?.includes('cached plan must not change result type')) {
        this.#names.clear();
        this.#generation += 1;
      }
      throw err;
    });
  }

  #nameOf(text: string): string | undefined {
    let name = this.#names.get(text);
    if (name === undefined && this.#names.size < MAX_PER_CONNECTION) {
      name = `agora_${this.#generation}_${createHash('sha1').update(text).digest('base64url')}`;
      this.#names.set(text, name);
    }
    return name;
  }
}
