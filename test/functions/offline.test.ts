import { describe, expect, it } from 'vitest';
import '../../local/function-environment.ts';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetAccountCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';

/**
 * The local runtime never reaches AWS: with its environment, a client of every service the functions
 * use, created before any emulator endpoint is known, calls a loopback address (and is refused),
 * never the region's endpoint.
 */
describe('the local runtime’s AWS clients', () => {
  it.each([
    ['DynamoDB', () => new DynamoDBClient({ maxAttempts: 1 }).send(new ListTablesCommand({}))],
    ['Step Functions', () => new SFNClient({ maxAttempts: 1 }).send(new ListStateMachinesCommand({}))],
    ['SES', () => new SESv2Client({ maxAttempts: 1 }).send(new GetAccountCommand({}))],
    ['S3', () => new S3Client({ maxAttempts: 1 }).send(new ListBucketsCommand({}))],
    [
      'EventBridge',
      () => new EventBridgeClient({ maxAttempts: 1 }).send(new PutEventsCommand({ Entries: [] })),
    ],
  ])('%s calls loopback, not AWS', async (_service, call) => {
    await expect(call()).rejects.toThrow(/ECONNREFUSED 127\.0\.0\.1:9/);
  });
});
