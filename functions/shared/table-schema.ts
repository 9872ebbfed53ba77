/**
 * The single table's physical schema, declared once: the CDK stack and the local runtime both
 * build the table from it. Each entity's key templates are declared in its domain's `entities.ts`.
 */
export const TABLE_SCHEMA = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Overloaded global secondary indexes; every attribute is a string. */
  indexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
  /** Epoch seconds; DynamoDB deletes the item some time after. */
  timeToLiveAttribute: 'expiresAt',
} as const;

export type IndexName = (typeof TABLE_SCHEMA.indexes)[number]['indexName'];
