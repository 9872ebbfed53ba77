import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { STREAM_FILTER } from '../functions/shared/events.ts';

/**
 * The local stand-in for the Lambda event source on the table's stream: polls every shard of
 * DynamoDB Local's stream, keeps the records the same filter lets through, and hands them in
 * order to the dispatcher. A batch the dispatcher reports failed is read again from its first
 * failed record (at least once, as on AWS). The position per shard is kept in a file, so events
 * written while the runtime was down are delivered when it starts again.
 */
export interface StreamReaderOptions {
  endpoint: string;
  tableName: string;
  /** Where the position in each shard is kept; in memory when absent. */
  checkpointFile?: string;
  dispatch(records: DynamoDBRecord[]): Promise<DynamoDBBatchResponse>;
  log?: (line: string) => void;
  /** Records a GetRecords call returns at most (the event source's batch size). */
  batchSize?: number;
}

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** The stream filter, as Lambda applies it to a record before invoking. */
const passesFilter = (record: StreamRecord) =>
  (STREAM_FILTER.eventName as readonly string[]).includes(record.eventName ?? '') &&
  (STREAM_FILTER.dynamodb.NewImage.entityType.S as readonly string[]).includes(
    record.dynamodb?.NewImage?.entityType?.S ?? '',
  );

export class StreamReader {
  private readonly streams: DynamoDBStreamsClient;
  private readonly dynamo: DynamoDBClient;
  private readonly options: StreamReaderOptions;
  /** Last sequence number handled, per shard. */
  private readonly positions: Record<string, string>;
  private readonly iterators = new Map<string, string | undefined>();
  private streamArn?: string;
  private polling?: Promise<number>;
  private timer?: NodeJS.Timeout;
  private failures = 0;

  constructor(options: StreamReaderOptions) {
    this.options = options;
    const client = { endpoint: options.endpoint, region: process.env.AWS_REGION ?? 'local', credentials };
    this.streams = new DynamoDBStreamsClient(client);
    this.dynamo = new DynamoDBClient(client);
    this.positions =
      options.checkpointFile && existsSync(options.checkpointFile)
        ? (JSON.parse(readFileSync(options.checkpointFile, 'utf8')) as Record<string, string>)
        : {};
  }

  /** Reads until every shard is at its end; answers how many event records it dispatched. */
  poll(): Promise<number> {
    // One poll at a time: the loop and a test's `settle()` may ask together.
    this.polling ??= this.readAll().finally(() => (this.polling = undefined));
    return this.polling;
  }

  start(intervalMs = 100): void {
    const tick = async () => {
      try {
        await this.poll();
        this.failures = 0;
      } catch (error) {
        this.failures++;
        this.options.log?.(`stream reader: ${(error as Error).message}`);
      }
      // Back off while the dispatcher keeps failing, as the event source does.
      const wait = Math.min(intervalMs * 2 ** this.failures, 5_000);
      if (this.timer !== undefined) this.timer = setTimeout(tick, wait);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.polling?.catch(() => undefined);
    this.streams.destroy();
    this.dynamo.destroy();
  }

  private shardList?: { shards: Shard[]; at: number };

  /** The stream's shards, looked up again every few seconds (or when one closes), not on every poll. */
  private async shards(): Promise<Shard[]> {
    if (this.shardList && Date.now() - this.shardList.at < 5_000) return this.shardList.shards;
    this.streamArn ??= (
      await this.dynamo.send(new DescribeTableCommand({ TableName: this.options.tableName }))
    ).Table?.LatestStreamArn;
    if (!this.streamArn) throw new Error(`Table ${this.options.tableName} has no stream`);
    const shards: Shard[] = [];
    let start: string | undefined;
    do {
      const { StreamDescription } = await this.streams.send(
        new DescribeStreamCommand({ StreamArn: this.streamArn, ExclusiveStartShardId: start }),
      );
      shards.push(...(StreamDescription?.Shards ?? []));
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
    this.shardList = { shards, at: Date.now() };
    return shards;
  }

  private async iterator(shardId: string): Promise<string | undefined> {
    if (this.iterators.has(shardId)) return this.iterators.get(shardId);
    const position = this.positions[shardId];
    const { ShardIterator } = await this.streams.send(
      new GetShardIteratorCommand({
        StreamArn: this.streamArn,
        ShardId: shardId,
        ...(position
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: position }
          : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    this.iterators.set(shardId, ShardIterator);
    return ShardIterator;
  }

  private async readAll(): Promise<number> {
    let dispatched = 0;
    // Parents before children: shards are listed oldest first.
    for (const shard of await this.shards()) {
      const shardId = shard.ShardId!;
      for (;;) {
        const iterator = await this.iterator(shardId);
        if (!iterator) break; // a closed shard read to its end
        const { Records = [], NextShardIterator } = await this.streams.send(
          new GetRecordsCommand({ ShardIterator: iterator, Limit: this.options.batchSize ?? 100 }),
        );
        if (Records.length === 0) {
          this.iterators.set(shardId, NextShardIterator);
          // A closed shard: its children appear in the next listing.
          if (!NextShardIterator) this.shardList = undefined;
          break;
        }
        const events = Records.filter(passesFilter);
        if (events.length > 0) {
          const { batchItemFailures } = await this.options.dispatch(events as DynamoDBRecord[]);
          const failed = batchItemFailures[0]?.itemIdentifier;
          if (failed) {
            // Read again from the failed record on the next poll.
            const before = Records.findIndex((record) => record.dynamodb?.SequenceNumber === failed) - 1;
            if (before >= 0) this.save(shardId, Records[before]!.dynamodb!.SequenceNumber!);
            this.iterators.delete(shardId);
            throw new Error(`the dispatcher failed at record ${failed}; retrying from there`);
          }
          dispatched += events.length;
        }
        this.save(shardId, Records.at(-1)!.dynamodb!.SequenceNumber!);
        this.iterators.set(shardId, NextShardIterator);
      }
    }
    return dispatched;
  }

  private save(shardId: string, sequenceNumber: string) {
    this.positions[shardId] = sequenceNumber;
    if (this.options.checkpointFile)
      writeFileSync(this.options.checkpointFile, JSON.stringify(this.positions));
  }
}
