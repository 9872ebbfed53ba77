// Writes test/support/api-types.ts: the TypeScript types a client generates from docs/openapi.json
// (openapi-typescript, the named models as named types). The end-to-end tests call the API through
// them with openapi-fetch, so every run proves the document as a real client uses it. `--check`
// fails when the committed file is stale.
import openapiTS, { astToString } from 'openapi-typescript';
import { writeOrCheck } from './generated.ts';

const source = new URL('../docs/openapi.json', import.meta.url);
const types = astToString(await openapiTS(source));
await writeOrCheck(
  [
    {
      path: 'test/support/api-types.ts',
      text: `// Generated from docs/openapi.json by \`npm run api-client\` (openapi-typescript): do not edit.\n\n${types}`,
      parser: 'typescript',
    },
  ],
  'api-client',
  'types of every path and named model',
);
