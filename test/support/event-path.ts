import { inject } from 'vitest';
import { type LocalEventPath, startEventPath } from '../../local/event-path.ts';

/**
 * The local event path over this test file's table: its stream → the dispatcher → the local bus →
 * the consumers. `poll` keeps it running in the background; otherwise a test calls `settle()`.
 */
export function eventPath(options: { poll?: boolean } = {}): Promise<LocalEventPath> {
  return startEventPath({
    dynamoDbEndpoint: inject('dynamoDbEndpoint'),
    tableName: process.env.TABLE_NAME!,
    poll: options.poll,
    retryDelaysMs: [50, 100],
    log: process.env.EVENT_LOG ? (line) => console.log(line) : undefined,
  });
}
