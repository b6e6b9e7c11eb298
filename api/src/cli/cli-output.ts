// What the operating commands print: results on stdout, usage and setup errors on stderr with exit code 2.

export function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Reports `text` as `<command>: <text>` on stderr and returns the exit code for a usage or setup error. */
export function fail(command: string, text: string): number {
  process.stderr.write(`${command}: ${text}\n`);
  return 2;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
