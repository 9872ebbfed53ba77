import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { caller } from '../support/events.ts';

process.env.TABLE_NAME = 'unit-table';
process.env.LOG_LEVEL = 'SILENT';
const { DOMAIN_FUNCTIONS } = await import('../../functions/routes.ts');
const { domainHandler, routeKeyOf } = await import('../../functions/shared/http.ts');
const { ANY_EMPLOYEE } = await import('../../functions/shared/access.ts');
const { ROLES } = await import('../../functions/shared/roles.ts');

const dynamo = mockClient(DynamoDBClient);
const ID = '01J0000000000000000000000A';

describe('roles declared on each operation', () => {
  it('refuses (403) every role an operation does not name, before reading anything or looking at the input', async () => {
    let refusals = 0;
    for (const fn of DOMAIN_FUNCTIONS) {
      const call = caller(domainHandler(fn.operations));
      for (const operation of fn.operations) {
        if (operation.auth === 'public' || operation.roles === ANY_EMPLOYEE) continue;
        const path = operation.path.replace(/\{(\w+)\}/g, ID);
        for (const role of ROLES.filter((candidate) => !operation.roles.includes(candidate))) {
          dynamo.reset();
          // A body the operation would refuse (400) if it looked at it: the role is checked first.
          const response = await call(routeKeyOf(operation), path, {
            caller: { id: 'SOMEONE', roles: [role] },
            body: { unexpected: true },
          });
          expect(response.status, `${routeKeyOf(operation)} as ${role}`).toBe(403);
          expect(dynamo.calls(), `${routeKeyOf(operation)} as ${role}`).toHaveLength(0);
          refusals++;
        }
      }
    }
    // Most operations are for a few roles: most cells of the matrix are refusals.
    expect(refusals).toBeGreaterThan(500);
  });
});
