import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../openapi-document';

// `npm run openapi:types`: writes the console's API types (console/src/api-types.ts) from the OpenAPI
// document, built in-process. With --check it writes nothing and exits 1 if the file is stale (the
// drift test runs it so; openapi-typescript is ESM-only underneath, which jest cannot load).

const FILE = path.resolve(__dirname, '../../../console/src/api-types.ts');
const HEADER = "// Generated from the API's OpenAPI document by `npm run openapi:types` (openapi-typescript). Do not edit.\n\n";

async function main(): Promise<number> {
  const types = HEADER + astToString(await openapiTS(openApiDocument() as unknown as Parameters<typeof openapiTS>[0]));
  if (!process.argv.includes('--check')) {
    writeFileSync(FILE, types);
    process.stdout.write(`wrote ${FILE}\n`);
    return 0;
  }
  if (readFileSync(FILE, 'utf8') === types) return 0;
  process.stderr.write(`${FILE} is stale: run npm run openapi:types\n`);
  return 1;
}

main().then((code) => process.exit(code));
