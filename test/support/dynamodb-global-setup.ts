import type { TestProject } from 'vitest/node';
import { startDynamoDb } from '../../local/dynamodb.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
  }
}

/** One in-memory DynamoDB Local for the integration project; each test file makes its own table. */
export default async function setup(project: TestProject) {
  const dynamoDb = await startDynamoDb();
  project.provide('dynamoDbEndpoint', dynamoDb.endpoint);
  return () => dynamoDb.stop();
}
