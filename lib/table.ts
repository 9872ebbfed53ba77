import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { type DataAccess, partitionsOf } from '../functions/shared/data-access.ts';
import { TABLE_SCHEMA } from '../functions/shared/table-schema.ts';

/** The single table, built from the schema the local runtime also uses. */
export class SalesTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: { tableName: string }) {
    super(scope, id);
    const key = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new TableV2(this, 'Table', {
      tableName: props.tableName,
      partitionKey: key(TABLE_SCHEMA.partitionKey),
      sortKey: key(TABLE_SCHEMA.sortKey),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
      timeToLiveAttribute: TABLE_SCHEMA.timeToLiveAttribute,
      globalSecondaryIndexes: TABLE_SCHEMA.indexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
      })),
    });
  }

  /**
   * Item-level access to the partitions a function declares (`FUNCTION_DATA`), nothing else: no
   * Scan, no table management, and only the declared entities' partitions (`dynamodb:LeadingKeys`)
   * in the table and, for queries, in each index. Transactions need no action of their own; each
   * item's action is checked against its key.
   */
  grantData(grantee: IGrantable, access: DataAccess): void {
    const partitions = partitionsOf(access);
    const read = [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:ConditionCheckItem',
    ];
    const write = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];
    const only = (patterns: string[]) => ({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': patterns },
    });
    const add = (actions: string[], resources: string[], patterns: string[]) => {
      if (patterns.length)
        grantee.grantPrincipal.addToPrincipalPolicy(
          new PolicyStatement({ actions, resources, conditions: only(patterns) }),
        );
    };
    add(read, [this.table.tableArn], partitions.read);
    add(write, [this.table.tableArn], partitions.write);
    for (const { indexName } of TABLE_SCHEMA.indexes)
      add(['dynamodb:Query'], [`${this.table.tableArn}/index/${indexName}`], partitions.indexes[indexName]);
  }
}
