import { writeFileSync } from 'node:fs';
import { CONSOLE_API_TYPES, consoleApiTypes } from '../openapi-types';

// `npm run openapi:types`: regenerates console/src/api-types.ts from the OpenAPI document.
consoleApiTypes().then((types) => {
  writeFileSync(CONSOLE_API_TYPES, types);
  process.stdout.write(`wrote ${CONSOLE_API_TYPES}\n`);
});
