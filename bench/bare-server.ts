// The API's floor on this machine, for `npm run bench:api`: a bare `node:http` server that checks the
// bearer token as the gateway does and makes the same DynamoDB call as the project's route, with no
// framework, validation, logging or problem handling. Started by the benchmark with DATA_DIR (the
// issuer's key), AWS_ENDPOINT_URL_DYNAMODB and TABLE_NAME; prints `listening on <url>`.
import { createServer, type ServerResponse } from 'node:http';
import { DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { localIssuer } from '../local/issuer.ts';
import { Customers } from '../functions/customers/entities.ts';
// The same item-to-resource step the routes take (keys and bookkeeping left out).
import { toResource } from '../functions/shared/listing.ts';

const issuer = await localIssuer(process.env.DATA_DIR);
const dynamo = new DynamoDBClient({});
const table = process.env.TABLE_NAME!;

function reply(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

const server = createServer((request, response) => {
  (async () => {
    const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const claims = await issuer.verify(token ?? '').catch(() => undefined);
    if (!claims?.sub) return reply(response, 401, { message: 'Unauthorized' });
    const url = new URL(request.url ?? '/', 'http://localhost');
    const id = /^\/customers\/([^/]+)$/.exec(url.pathname)?.[1];
    if (id) {
      const { Item } = await dynamo.send(
        new GetItemCommand({ TableName: table, Key: marshall(Customers.key({ id })) }),
      );
      return Item ? reply(response, 200, toResource(unmarshall(Item))) : reply(response, 404, {});
    }
    if (url.pathname === '/customers') {
      const { Items = [], LastEvaluatedKey } = await dynamo.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi1',
          KeyConditionExpression: '#p = :p',
          ExpressionAttributeNames: { '#p': 'gsi1pk' },
          ExpressionAttributeValues: marshall({
            ':p': Customers.partitionOf('gsi1', { ownerId: claims.sub }),
          }),
          Limit: Number(url.searchParams.get('limit') ?? 20),
        }),
      );
      return reply(response, 200, {
        items: Items.map((item) => toResource(unmarshall(item))),
        // The page's cursor, as a list answers it.
        nextCursor:
          LastEvaluatedKey && Buffer.from(JSON.stringify(unmarshall(LastEvaluatedKey))).toString('base64url'),
      });
    }
    reply(response, 404, {});
  })().catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) reply(response, 500, {});
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`listening on http://127.0.0.1:${address.port}`);
});
process.once('SIGINT', () => server.close(() => process.exit(0)));
