// Writes docs/openapi.json from the route table. `--check` fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../functions/platform/openapi-document.ts';
import { documentedOperations } from '../functions/routes.ts';

const target = new URL('../docs/openapi.json', import.meta.url);
const document = `${JSON.stringify(buildOpenApiDocument(documentedOperations()), null, 2)}\n`;

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== document) {
    console.error('docs/openapi.json is stale: run npm run openapi');
    process.exit(1);
  }
  console.log('docs/openapi.json is current');
} else {
  writeFileSync(target, document);
  console.log(`wrote docs/openapi.json (${Object.keys(JSON.parse(document).paths).length} paths)`);
}
