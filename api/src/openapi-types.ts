import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from './openapi-document';

/** The console's wire types, generated from the document (never copied by hand); checked for drift by a test. */
export const CONSOLE_API_TYPES = path.resolve(__dirname, '../../console/src/api-types.ts');

const HEADER = '// Generated from the API\'s OpenAPI document by `npm run openapi:types` (openapi-typescript). Do not edit.\n\n';

export async function consoleApiTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as unknown as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}
