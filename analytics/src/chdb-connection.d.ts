// The root tsconfig resolves modules node10-style, which ignores package.json "exports", so
// chdb's `chdb/connection` subpath has no types without this alias. Node resolves it at runtime.
declare module 'chdb/connection' {
  export * from 'chdb/dist/connection';
}
