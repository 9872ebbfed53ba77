import { describe, expect, it } from 'vitest';
import { allows, likeMatches, partitionsOf } from '../../functions/shared/data-access.ts';
import { AuditRecords, DomainEvents, IdempotencyRecords } from '../../functions/shared/entities.ts';
import { FUNCTION_DATA } from '../../functions/data-access.ts';
import { DOMAIN_FUNCTIONS } from '../../functions/routes.ts';
import { Contacts, Customers } from '../../functions/customers/entities.ts';
import { DeliveryFailures } from '../../functions/events/entities.ts';
import { accessesOf } from '../../local/data-scope.ts';

const S = (value: string) => ({ S: value });

describe('a function’s declared data', () => {
  it('becomes the partitions of its entities, as IAM StringLike patterns', () => {
    const partitions = partitionsOf({ reads: [DomainEvents], writes: [Customers, Contacts, AuditRecords] });
    // Contacts share the customer's partition; an audit record lives in its entity's.
    expect(partitions.write).toEqual(['CUSTOMER#*']);
    expect(partitions.read).toEqual(['CUSTOMER#*', 'EVENT#*']);
    expect(partitions.indexes.gsi1).toEqual(expect.arrayContaining(['EVENTS#*']));
  });

  it('allows what it declares and nothing else', () => {
    const access = { reads: [DomainEvents], writes: [DeliveryFailures] };
    const call = (index: string, partition: string, write = false) =>
      allows(access, { index, partition, write });
    expect(call('table', 'DELIVERY_FAILURE#sales-events#e1', true)).toBe(true);
    expect(call('table', 'EVENT#e1')).toBe(true);
    // Read-only data is not written; undeclared data is not read.
    expect(call('table', 'EVENT#e1', true)).toBe(false);
    expect(call('table', 'CUSTOMER#c1')).toBe(false);
    expect(call('gsi1', 'DELIVERY_FAILURES#sales-events#open')).toBe(true);
    expect(call('gsi1', 'EVENTS#2026-12-06')).toBe(true);
    expect(call('gsi2', 'EVENTS#2026-12-06')).toBe(false);
    expect(call('table', '(ScanCommand)', true)).toBe(false);
  });

  it('matches like IAM: a star stands for any characters, the rest literally', () => {
    expect(likeMatches('CUSTOMER#*', 'CUSTOMER#a#b')).toBe(true);
    expect(likeMatches('CUSTOMER#*', 'CUSTOMER_NAME#a')).toBe(false);
    expect(likeMatches('A.B#*', 'AxB#1')).toBe(false);
  });
});

describe('the local stand-in for the policy', () => {
  it('sees the partition of every item of a call, and the partition a query names', () => {
    expect(
      accessesOf('TransactWriteItemsCommand', {
        TransactItems: [
          { Put: { Item: { pk: S('CUSTOMER#1'), sk: S('CUSTOMER') } } },
          { ConditionCheck: { Key: { pk: S('EMPLOYEE#2'), sk: S('PROFILE') } } },
        ],
      }),
    ).toEqual([
      { index: 'table', partition: 'CUSTOMER#1', item: 'CUSTOMER', write: true },
      { index: 'table', partition: 'EMPLOYEE#2', item: 'PROFILE', write: false },
    ]);
    expect(
      accessesOf('QueryCommand', {
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :from)',
        ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk': 'gsi1sk' },
        ExpressionAttributeValues: { ':pk': S('EVENTS#2026-12-06'), ':from': S('2026') },
      }),
    ).toEqual([{ index: 'gsi1', partition: 'EVENTS#2026-12-06', write: false }]);
    expect(accessesOf('ScanCommand', {})).toEqual([
      { index: 'table', partition: '(ScanCommand)', write: true },
    ]);
  });
});

describe('the functions’ declared data', () => {
  it('lets every function with a route that honours Idempotency-Key keep its first outcomes', () => {
    const missing = DOMAIN_FUNCTIONS.filter(
      (fn) =>
        fn.operations.some((operation) => operation.idempotent) &&
        !FUNCTION_DATA[fn.name]?.writes?.includes(IdempotencyRecords),
    ).map((fn) => fn.name);
    expect(missing).toEqual([]);
  });
});
