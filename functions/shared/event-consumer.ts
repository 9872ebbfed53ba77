import type { EventSpec } from './events.ts';

/**
 * An event consumer, declared once in its domain (`functions/<domain>/consumer.ts`): the event
 * table lists the declarations (bus rules, local runtime, AsyncAPI document), and the consumer's
 * handler is built from the same declaration (`consumerHandler`), which refuses to load when its
 * reactions are not exactly these events. Light on purpose: the CDK stack reads it.
 */
export interface EventConsumer {
  /** Also the function's short name. */
  name: string;
  /** Handler module, relative to the repository root; it exports `handler`. */
  entry: string;
  description: string;
  events: readonly EventSpec[];
  sendsEmail: boolean;
  /** Workflows it starts (by name). */
  startsWorkflows?: string[];
  /** Answers workflows' task tokens. */
  resumesWorkflows?: boolean;
  /** Stores files in the documents bucket, under this key prefix only. */
  storesDocuments?: string;
  /** Keeps sign-in accounts in the user pool (`USER_POOL_ID`): makes, regroups and disables them. */
  managesSignIn?: boolean;
}

export const defineConsumer = (consumer: EventConsumer): EventConsumer => consumer;
