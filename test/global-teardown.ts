export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __agoraPostgres?: { stop(): Promise<void> } }).__agoraPostgres?.stop();
}
