import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';

// Runs before each integration test file is imported, so the shared clients see these.
Object.assign(process.env, {
  AWS_REGION: 'ap-east-1',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_ENDPOINT_URL_DYNAMODB: inject('dynamoDbEndpoint'),
  TABLE_NAME: `test-${randomUUID()}`,
  LOG_LEVEL: 'SILENT',
});

// Each function's calls are held to the partitions it declares, as its IAM policy does on AWS.
const { checkDataScopes } = await import('../../local/data-scope.ts');
checkDataScopes();
