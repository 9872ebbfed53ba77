import './function-environment.ts';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DOMAIN_FUNCTIONS } from '../functions/routes.ts';
import { ROOT, TABLE_NAME } from './config.ts';
import { ensureTable, startDynamoDb } from './dynamodb.ts';
import { createGateway, type LambdaHandler } from './gateway.ts';
import { localIssuer } from './issuer.ts';

export interface LocalBackend {
  url: string;
  dynamoDbEndpoint: string;
  seeded: boolean;
  stop(): Promise<void>;
}

export interface LocalBackendOptions {
  /** Port of the HTTP gateway; 0 picks a free one. */
  port: number;
  /** Where DynamoDB data and the issuer key are kept; in memory when absent. */
  dataDir?: string;
  seed: boolean;
  log?: (line: string) => void;
}

/**
 * Starts the whole backend on this machine: DynamoDB Local, the table from the shared schema, demo
 * data on first start, the token issuer and the HTTP gateway over the same handler modules.
 * Function code is not told it runs locally: it gets the same environment variables as on AWS, with
 * AWS_ENDPOINT_URL_* pointing at the emulators.
 */
export async function startLocalBackend(options: LocalBackendOptions): Promise<LocalBackend> {
  const dynamoDb = await startDynamoDb({
    path: options.dataDir ? join(options.dataDir, 'dynamodb') : undefined,
  });
  try {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamoDb.endpoint;

    const client = new DynamoDBClient({});
    await ensureTable(client, TABLE_NAME);
    let seeded = false;
    if (options.seed) {
      const { DEMO_EMPLOYEES, loadDemoData } = await import('./demo-data.ts');
      const marker = await client.send(
        new GetItemCommand({
          TableName: TABLE_NAME,
          Key: { pk: { S: `EMPLOYEE#${DEMO_EMPLOYEES[0]!.id}` }, sk: { S: 'PROFILE' } },
        }),
      );
      if (!marker.Item) {
        await loadDemoData();
        seeded = true;
      }
    }
    client.destroy();

    const functions = await Promise.all(
      DOMAIN_FUNCTIONS.map(async (fn) => {
        const module = (await import(pathToFileURL(join(ROOT, fn.entry)).href)) as { handler: LambdaHandler };
        return { ...fn, handler: module.handler };
      }),
    );
    const issuer = await localIssuer(options.dataDir);
    const server: Server = createGateway({ functions, issuer, log: options.log });
    await new Promise<void>((resolveListen) => server.listen(options.port, '127.0.0.1', resolveListen));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return {
      url: `http://localhost:${port}`,
      dynamoDbEndpoint: dynamoDb.endpoint,
      seeded,
      async stop() {
        server.closeAllConnections();
        await new Promise((resolveClose) => server.close(resolveClose));
        await dynamoDb.stop();
      },
    };
  } catch (error) {
    await dynamoDb.stop();
    throw error;
  }
}
